import type { KeyResult } from '@okrkit/core'
import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { OkrProvider } from '../provider/okr-provider'
import { KeyResultEditor } from './key-result-editor'

const kr: KeyResult = {
  id: 'kr-1',
  title: '到第 4 季度末推出两项新功能',
  weight: 1,
  measure: { type: 'metric', start: 0, target: 0 },
}

describe('KeyResultEditor on the server', () => {
  it('renders its fields and core’s hints to a string without a DOM', () => {
    expect(typeof window).toBe('undefined')
    const html = renderToString(
      <OkrProvider locale="zh-CN" theme="dark">
        <KeyResultEditor id="kr" defaultValue={kr} people={[{ id: 'p1', name: '李娜' }]} />
      </OkrProvider>,
    )
    expect(html).toContain('class="okr okr-KeyResultEditor"')
    expect(html).toContain('data-okr-theme="dark"')
    expect(html).toContain('<legend data-part="legend">关键成果</legend>')
    expect(html).toContain('id="kr-measure-target"')
    expect(html).toContain('aria-invalid="true"')
    expect(html).toContain('目标值与起始值相同')
    expect(html).toContain('此关键成果描述的是活动')
    expect(html).toContain('此关键成果没有负责人')
    expect(html).toContain('aria-live="polite"')
    expect(html).toContain('<option value="p1">李娜</option>')
  })

  it('renders read-only text when the permissions say no', () => {
    const html = renderToString(
      <OkrProvider permissions={() => false}>
        <KeyResultEditor defaultValue={{ ...kr, title: 'Grow NPS to 50' }} />
      </OkrProvider>,
    )
    expect(html).toContain('data-readonly=""')
    expect(html).toContain('<dd>Grow NPS to 50')
    expect(html).not.toContain('<input')
  })
})

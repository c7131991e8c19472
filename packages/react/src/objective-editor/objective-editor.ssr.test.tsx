import type { Objective } from '@okrkit/core'
import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { OkrProvider } from '../provider/okr-provider'
import { ObjectiveEditor } from './objective-editor'

const objective: Objective = {
  id: 'o1',
  periodId: 'q1',
  title: '提高客户满意度',
  level: 'team',
  commitment: 'aspirational',
  keyResults: [
    {
      id: 'kr1',
      title: '净推荐值 (NPS) 达到 50 或更高',
      weight: 1,
      ownerId: 'p1',
      measure: { type: 'metric', start: 30, target: 50 },
    },
  ],
}

describe('ObjectiveEditor on the server', () => {
  it('renders the objective, its key results and core’s hints without a DOM', () => {
    expect(typeof window).toBe('undefined')
    const html = renderToString(
      <OkrProvider locale="zh-CN">
        <ObjectiveEditor id="o" defaultValue={objective} />
      </OkrProvider>,
    )
    expect(html).toContain('class="okr okr-ObjectiveEditor"')
    expect(html).toContain('value="提高客户满意度"')
    expect(html).toContain('id="o-kr-kr1-title"')
    expect(html).toContain('关键成果 1')
    expect(html).toContain('此目标有 1 项关键成果')
    expect(html).toContain('添加关键成果')
    expect(html).toContain('role="status"')
  })
})

import { exampleDocumentZhCN } from '@okrkit/core'
import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { OkrProvider } from '../provider/okr-provider'
import { OkrSetEditor } from './okr-set-editor'

describe('OkrSetEditor on the server', () => {
  it('renders the set, its summary and pickers without a DOM', () => {
    expect(typeof window).toBe('undefined')
    const html = renderToString(
      <OkrProvider locale="zh-CN" theme="dark">
        <OkrSetEditor id="set" defaultValue={exampleDocumentZhCN} defaultTeamId="team-support" />
      </OkrProvider>,
    )
    expect(html).toContain('class="okr okr-OkrSetEditor"')
    expect(html).toContain('data-okr-theme="dark"')
    expect(html).toMatch(/待检查事项\(\d+\)/)
    // The summary links are plain anchors, so they work before hydration too.
    expect(html).toContain('href="#set-objective-obj-billing-expert-kr-kr-billing-faq-title"')
    expect(html).toContain('id="set-objective-obj-billing-expert-kr-kr-billing-faq-title"')
    expect(html).toContain('目标 2')
    expect(html).toContain('<option value="team-support" selected="">客户支持团队</option>')
    expect(html).toContain('添加目标')
  })
})

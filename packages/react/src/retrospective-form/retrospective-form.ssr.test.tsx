import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { OkrProvider } from '../provider/okr-provider'
import { document } from './__fixtures__/document'
import { RetrospectiveForm } from './retrospective-form'

describe('RetrospectiveForm on the server', () => {
  it('renders the prefilled final scores and lists without a DOM', () => {
    expect(typeof window).toBe('undefined')
    const html = renderToString(
      <OkrProvider locale="zh-CN" theme="dark">
        <RetrospectiveForm
          document={document}
          periodId="2026-Q1"
          defaultValue={{ periodId: '2026-Q1', wentWell: ['每周分诊'] }}
        />
      </OkrProvider>,
    )
    expect(html).toContain('class="okr okr-RetrospectiveForm"')
    expect(html).toContain('data-okr-theme="dark"')
    expect(html).toContain('回顾:Q1 2026')
    expect(html).toContain('value="0.7"')
    expect(html).toContain('2026年3月27日 的核查记录为 0.70。')
    expect(html).toContain('value="每周分诊"')
    expect(html).not.toContain('aria-invalid')
  })

  it('renders read-only as text', () => {
    const html = renderToString(
      <OkrProvider permissions={() => false}>
        <RetrospectiveForm
          document={document}
          defaultValue={{ periodId: '2026-Q1', wentWell: ['Triage'] }}
        />
      </OkrProvider>,
    )
    expect(html).toContain('Read-only: you may not edit this retrospective.')
    expect(html).toContain('<li data-part="item">Triage</li>')
    expect(html).not.toContain('<button')
  })
})

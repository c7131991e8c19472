import type { CheckIn, KeyResult, Period } from '@okrkit/core'
import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { OkrProvider } from '../provider/okr-provider'
import { CheckInForm } from './check-in-form'

const keyResult: KeyResult = {
  id: 'kr-nps',
  title: 'Raise the Net Promoter Score from 32 to 50',
  weight: 1,
  measure: { type: 'metric', start: 32, target: 50, current: 39 },
}
const q1: Period = {
  id: '2026-Q1',
  label: 'Q1 2026',
  kind: 'quarter',
  start: '2026-01-01',
  end: '2026-03-31',
}
const january: CheckIn = {
  id: 'c-jan',
  keyResultId: 'kr-nps',
  date: '2026-01-30',
  value: 34,
  status: 'at-risk',
  confidence: 0.5,
  update: { what: '', why: '', soWhat: '' },
  headwinds: [],
  tailwinds: [],
  decisions: [],
  risks: [],
  learnings: [],
}

describe('CheckInForm on the server', () => {
  it('renders a check-in dated the provider’s today, with its history, in Chinese', () => {
    expect(typeof window).toBe('undefined')
    const html = renderToString(
      <OkrProvider locale="zh-CN" theme="dark" today="2026-02-14">
        <CheckInForm
          keyResult={keyResult}
          period={q1}
          checkIns={[january]}
          defaultValue={{ value: 41, status: 'on-track', headwinds: ['问卷回复率下降'] }}
        />
      </OkrProvider>,
    )
    expect(html).toContain('class="okr okr-CheckInForm"')
    expect(html).toContain('data-okr-theme="dark"')
    expect(html).toContain('value="2026-02-14"')
    expect(html).toContain('每月核查')
    expect(html).toContain('以往核查')
    // 41 is half-way from 32 to 50: the suggested score is 0.50, "close", and on pace.
    expect(html).toContain('0.50')
    expect(html).toContain('已完成目标的 50%,时间已过去 50%:进度正常。')
    expect(html).toContain('value="问卷回复率下降"')
    expect(html).toContain('data-status="on-track"')
    // Nothing is flagged before anyone typed or submitted.
    expect(html).not.toContain('aria-invalid')
  })

  it('leaves the date empty without a provider today, and flags nothing for it', () => {
    const html = renderToString(<CheckInForm keyResult={keyResult} />)
    expect(html).toMatch(/type="date"[^>]*value=""/)
    expect(html).not.toContain('aria-invalid')
    expect(html).not.toContain('data-part="error"')
  })
})

import { exampleDocument, exampleDocumentZhCN, type OkrDocument } from '@okrkit/core'
import { render, renderHook, screen, within } from '@testing-library/react'
import { createRef, type ReactNode } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { axeViolations } from '../../test/axe'
import { checkIn, document, metricKr, objective } from '../__fixtures__/scorecard-documents'
import { UI_MESSAGES } from '../i18n/catalog'
import { OkrProvider } from '../provider/okr-provider'
import { KeyResultScorecard } from './key-result-scorecard'
import { summarizeKeyResult } from './key-result-summary'
import { useKeyResultScorecard } from './use-key-result-scorecard'

const { en: uiEn, 'zh-CN': uiZhCN } = UI_MESSAGES

function renderCard(
  doc: OkrDocument,
  keyResultId: string,
  { today = '2026-03-31', locale = 'en' }: { today?: string; locale?: string } = {},
) {
  const result = render(
    <OkrProvider today={today} locale={locale}>
      <KeyResultScorecard document={doc} keyResultId={keyResultId} />
    </OkrProvider>,
  )
  const root = result.container.firstElementChild as HTMLElement
  const part = (name: string) => root.querySelector(`[data-part="${name}"]`) as HTMLElement
  return { ...result, root, part }
}

/** The text of the <dd> next to a <dt>. */
function fact(root: HTMLElement, term: string): string {
  const dt = within(root).getByText(term, { selector: 'dt' })
  return (dt.nextElementSibling as HTMLElement).textContent ?? ''
}

afterEach(() => {
  vi.useRealTimers()
})

describe('KeyResultScorecard', { timeout: 30_000 }, () => {
  it('shows a key result at the end of the quarter: owner, progress, score, status, forecast, update', () => {
    const { root, part } = renderCard(exampleDocument, 'kr-churn')
    expect(
      screen.getByRole('article', { name: 'Reduce monthly customer churn from 3.0% to 2.0%' }),
    ).toBe(root)
    expect(root.querySelector('h3')?.textContent).toBe(
      'Reduce monthly customer churn from 3.0% to 2.0%',
    )
    expect(fact(root, 'Owner')).toBe('Omar Haddad')
    // A decreasing metric: 2.3% is 70% of the way from 3% to 2%.
    expect(part('progress-text').textContent).toBe('2.3% now, from 3% to 2% · 70% of the way')
    const bar = screen.getByRole('progressbar', { name: 'Progress' }) as HTMLProgressElement
    expect(bar.value).toBeCloseTo(0.7)
    expect(bar.max).toBe(1)
    expect(fact(root, 'Score')).toBe('0.70 Close Scored by the team, Mar 27, 2026')
    expect(root.dataset.provenance).toBe('manual')
    expect(root.dataset.grade).toBe('close')
    expect(fact(root, 'Status')).toBe('●On track Reported by the team on Mar 27, 2026')
    expect(root.dataset.status).toBe('on-track')
    expect(root.hasAttribute('data-stale')).toBe(false)
    // Three monthly values (2.9, 2.5, 2.3) trend to about 2.22% on 31 March: a score of 0.78.
    expect(fact(root, 'Forecast')).toBe(
      '0.78 Close At the period’s end, from the trend of 3 check-ins',
    )
    expect(fact(root, 'What happened')).toBe('Churn was 2.3% in March.')
    expect(fact(root, 'Why')).toBe('The health-call playbook covers every account manager now.')
    expect(fact(root, 'So what')).toBe(
      'Keep the playbook; reaching 2.0% needs the product fixes planned for Q2.',
    )
    expect(within(root).getByText('Latest update, Mar 27, 2026')).toBeTruthy()
    expect(root.hasAttribute('data-overachieved')).toBe(false)
  })

  it('flags a key result with no check-in this month as stale, and reads history as of today', () => {
    const { root, part } = renderCard(exampleDocument, 'kr-churn', { today: '2026-02-14' })
    expect(root.hasAttribute('data-stale')).toBe(true)
    expect(fact(root, 'Status')).toBe('▲At risk· Stale Reported by the team on Jan 30, 2026')
    // February's check-in lies after today: January is the latest the card may know.
    expect(part('progress-text').textContent).toBe('2.9% now, from 3% to 2% · 10% of the way')
    expect(fact(root, 'Score')).toBe('0.10 Missed Computed from the measured value, Jan 30, 2026')
    expect(within(root).getByText('Latest update, Jan 30, 2026')).toBeTruthy()
    expect(fact(root, 'Forecast')).toBe(
      '0.10 Missed At the period’s end, if the latest value holds',
    )
  })

  it('suggests a status by pace when the team has not given one', () => {
    const doc = document({
      objectives: [objective('o1', [metricKr('k1', 0, 100, { current: 30 })])],
    })
    const { root } = renderCard(doc, 'k1', { today: '2026-02-14' })
    expect(root.dataset.status).toBe('at-risk')
    expect(fact(root, 'Status')).toBe(
      '▲At risk· Stale Suggested by pace: 30% of the way with 50% of the period gone',
    )
    expect(fact(root, 'Score')).toBe('0.30 Missed Computed from the measured value')
    expect(fact(root, 'Latest update')).toBe('No check-in yet.')
    expect(fact(root, 'Forecast')).toBe('0.30 Missed No measured value to project yet')
    expect(fact(root, 'Owner')).toBe('Pat One')
  })

  it('marks progress beyond the target as overachieved, in words and as an attribute', () => {
    // First response time: 1.8 h against a target of 2 h from 6 h, 105% of the way.
    const { root, part } = renderCard(exampleDocument, 'kr-first-response')
    expect(root.hasAttribute('data-overachieved')).toBe(true)
    expect(part('overachieved').textContent).toBe('Overachieved')
    expect(part('progress-text').textContent).toBe('1.8 h now, from 6 h to 2 h · 105% of the way')
    expect((part('progress-bar') as HTMLProgressElement).value).toBe(1)
  })

  it('shows a milestone as done or due, without a trend', () => {
    const { root, part } = renderCard(exampleDocument, 'kr-offline-mode')
    expect(root.dataset.measure).toBe('milestone')
    expect(part('progress-text').textContent).toBe('Not done yet, due Mar 20, 2026')
    expect(fact(root, 'Forecast')).toBe('0.00 Missed No measured value to project yet')
    const done = renderCard(exampleDocument, 'kr-billing-faq')
    expect(done.part('progress-text').textContent).toBe('Done')
  })

  it('says what is missing: no owner, empty update fields', () => {
    const kr = metricKr('k1', 0, 10, { current: 5 })
    delete kr.ownerId
    const doc = document({
      objectives: [objective('o1', [kr])],
      checkIns: [
        checkIn('k1', '2026-03-10', { value: 6, update: { what: 'Six.', why: '', soWhat: '' } }),
      ],
    })
    const { root } = renderCard(doc, 'k1')
    expect(fact(root, 'Owner')).toBe('No owner')
    expect(fact(root, 'What happened')).toBe('Six.')
    expect(fact(root, 'Why')).toBe('Not given')
    expect(fact(root, 'So what')).toBe('Not given')
  })

  it('names an owner the document does not know by id', () => {
    const doc = document({
      objectives: [objective('o1', [metricKr('k1', 0, 10, { ownerId: 'p-gone' })])],
    })
    expect(fact(renderCard(doc, 'k1').root, 'Owner')).toBe('p-gone')
  })

  it('speaks Chinese with Chinese dates and numbers', () => {
    const { root, part } = renderCard(exampleDocumentZhCN, 'kr-churn', { locale: 'zh-CN' })
    expect(root.querySelector('h3')?.textContent).toBe('将每月客户流失率从 3.0% 降至 2.0%')
    expect(fact(root, '负责人')).toBe('王志强')
    expect(part('progress-text').textContent).toBe('当前 2.3%,从 3% 到 2% · 已完成 70%')
    expect(fact(root, '分数')).toBe('0.70 接近 由团队评分(2026年3月27日)')
    expect(fact(root, '状态')).toBe('●正常 团队在 2026年3月27日 的核查中报告')
    expect(fact(root, '是什么')).toBe('3 月客户流失率为 2.3%。')
    expect(within(root).getByText('最新更新(2026年3月27日)')).toBeTruthy()
  })

  it('says so when the key result is not in the document', () => {
    const { root } = renderCard(exampleDocument, 'kr-missing')
    expect(root.textContent).toBe('The key result “kr-missing” is not in this document.')
  })

  it('passes props, ref, class name, heading level and theme through', () => {
    const ref = createRef<HTMLElement>()
    const { container } = render(
      <OkrProvider theme="dark" today="2026-03-31">
        <KeyResultScorecard
          ref={ref}
          document={exampleDocument}
          keyResultId="kr-nps"
          headingLevel={5}
          className="mine"
          id="card"
        />
      </OkrProvider>,
    )
    const root = container.firstElementChild as HTMLElement
    expect(ref.current).toBe(root)
    expect(root.className).toBe('okr okr-KeyResultScorecard mine')
    expect(root.id).toBe('card')
    expect(root.dataset.okrTheme).toBe('dark')
    expect(root.querySelector('h5')?.textContent).toBe(
      'Raise the Net Promoter Score (NPS) from 32 to 50',
    )
  })

  it('reads the clock after mounting when the provider injects no today', () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date(2026, 1, 14, 12))
    const { container } = render(
      <KeyResultScorecard document={exampleDocument} keyResultId="kr-churn" />,
    )
    const root = container.firstElementChild as HTMLElement
    // The effect has run: 14 February, January's check-in is the latest and it is stale.
    expect(root.hasAttribute('data-stale')).toBe(true)
    expect(root.querySelector('[data-part="progress-text"]')?.textContent).toContain('2.9%')
  })

  it('has the same placeholders in both catalogs', () => {
    const keys = Object.keys(uiEn).filter((key) => key.startsWith('ui.keyResultScorecard.'))
    expect(keys.length).toBeGreaterThan(0)
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
    for (const key of keys as (keyof typeof uiEn)[]) {
      expect(placeholders(uiZhCN[key]), key).toEqual(placeholders(uiEn[key]))
    }
  })

  it('has no axe violations', async () => {
    const { container } = renderCard(exampleDocument, 'kr-nps', { today: '2026-02-14' })
    expect(await axeViolations(container)).toEqual([])
  })
})

describe('useKeyResultScorecard', { timeout: 30_000 }, () => {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <OkrProvider today="2026-03-31">{children}</OkrProvider>
  )

  it('returns the key result, its objective, period, owner and summary as data', () => {
    const { result } = renderHook(
      () => useKeyResultScorecard({ document: exampleDocument, keyResultId: 'kr-nps' }),
      { wrapper },
    )
    const card = result.current
    expect(card?.objective.id).toBe('obj-company-customers')
    expect(card?.period?.id).toBe('2026-Q1')
    expect(card?.owner?.name).toBe('Maya Chen')
    expect(card?.summary).toMatchObject({
      status: 'off-track',
      statusSource: 'team',
      stale: false,
      value: 45,
      score: { value: 0.7, provenance: 'manual', date: '2026-03-27' },
    })
    expect(card?.forecast).toMatchObject({ method: 'linear-trend', points: [{}, {}, {}] })
    expect(card?.summary.latestCheckIn?.id).toBe('ci-nps-03')
  })

  it('returns undefined for an unknown key result', () => {
    const { result } = renderHook(
      () => useKeyResultScorecard({ document: exampleDocument, keyResultId: 'nope' }),
      { wrapper },
    )
    expect(result.current).toBeUndefined()
  })
})

describe('summarizeKeyResult', { timeout: 30_000 }, () => {
  const kr1 = metricKr('k1', 0, 10)
  const kr2 = metricKr('k2', 0, 10)
  const base = document({
    objectives: [objective('o1', [kr1, kr2])],
    checkIns: [
      checkIn('k1', '2026-01-30', { value: 2 }),
      checkIn('k2', '2026-01-30', { value: 4 }),
    ],
  })
  const period = base.periods[0]

  it('keeps the same summary while the key result, its check-ins, period and day are the same', () => {
    const first = summarizeKeyResult(base, kr1, period, '2026-02-14')
    // A new document whose other key result got a check-in: k1's summary is the same object.
    const next = {
      ...base,
      checkIns: [...base.checkIns, checkIn('k2', '2026-02-10', { value: 6 })],
    }
    expect(summarizeKeyResult(next, kr1, period, '2026-02-14')).toBe(first)
    const changed = summarizeKeyResult(next, kr2, period, '2026-02-14')
    expect(changed.value).toBe(6)
    expect(summarizeKeyResult(next, kr1, period, '2026-02-15')).not.toBe(first)
  })

  it('shows only the team status before the day is known, never a stale flag', () => {
    const summary = summarizeKeyResult(base, kr1, period, undefined)
    expect(summary).toMatchObject({ status: 'on-track', statusSource: 'team', stale: false })
    const silent = document({ objectives: [objective('o1', [metricKr('k3', 0, 10)])] })
    const none = summarizeKeyResult(
      silent,
      silent.objectives[0]?.keyResults[0] as never,
      period,
      undefined,
    )
    expect(none).toMatchObject({ status: undefined, statusSource: undefined, stale: false })
  })

  it('scores without a period, from the latest measured value', () => {
    const summary = summarizeKeyResult(base, kr2, undefined, '2026-03-31')
    expect(summary).toMatchObject({ value: 4, progress: 0.4, status: 'on-track', stale: false })
  })
})

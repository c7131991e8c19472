import { exampleDocument, exampleDocumentZhCN } from '@okrkit/core'
import { fireEvent, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { axeViolations } from '../../test/axe'
import { checkIn, document, metricKr, objective, Q1, Q2 } from '../__fixtures__/scorecard-documents'
import { UI_MESSAGES } from '../i18n/catalog'
import { OkrProvider } from '../provider/okr-provider'
import { OkrScorecard, type OkrScorecardProps } from './okr-scorecard'
import type { ScorecardView } from './use-scorecard'

const { en: uiEn, 'zh-CN': uiZhCN } = UI_MESSAGES

function Board({
  today = '2026-03-31',
  locale = 'en',
  ...props
}: Partial<OkrScorecardProps> & { today?: string; locale?: string }) {
  return (
    <OkrProvider today={today} locale={locale}>
      <OkrScorecard document={exampleDocument} {...props} />
    </OkrProvider>
  )
}

/** The board's body as lines: `team|objective|kr: title · score`. */
function lines(container: HTMLElement): string[] {
  return [...container.querySelectorAll('tbody tr')].map((row) => {
    const kind = (row as HTMLElement).dataset.part?.replace('-row', '')
    const title =
      row.querySelector('[data-part="objective-title"]')?.textContent ??
      row.querySelector('th')?.textContent
    const score = row.querySelector('[data-part="value"]')?.textContent ?? '–'
    return `${kind}: ${title} · ${score}`
  })
}

const root = (container: HTMLElement) => container.firstElementChild as HTMLElement

/** A parent that keeps the board's view in its own state. */
function Host() {
  const [view, setView] = useState<ScorecardView>({ groupByTeam: false })
  return (
    <>
      <output>{JSON.stringify(view)}</output>
      <Board view={view} onViewChange={setView} />
    </>
  )
}

describe('OkrScorecard', { timeout: 30_000 }, () => {
  it('shows the first period grouped by team, with team, objective and key result scores', () => {
    const { container } = render(<Board />)
    const table = screen.getByRole('table', { name: 'Scorecard, Q1 2026' })
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Objective / key result ↕', 'Owner', 'Progress', 'Score ↕', 'Status'])
    expect(lines(container)).toEqual([
      'team: Leadership · 0.67',
      'objective: Customers love us enough to stay and tell their friends · 0.67',
      'key-result: Raise the Net Promoter Score (NPS) from 32 to 50 · 0.70',
      'key-result: Reduce monthly customer churn from 3.0% to 2.0% · 0.70',
      'key-result: Grow net revenue retention from 104% to 110% · 0.60',
      // The team's roll-up is the mean of its objectives: (0.80 + 0.83) / 2.
      'team: Customer Support · 0.82',
      'objective: Every customer feels heard, fast · 0.80',
      'key-result: Reduce the median first response time from 6 hours to under 2 hours · 1.00',
      'key-result: Increase tickets resolved per month from 1,200 to 1,500 · 0.90',
      'key-result: Reduce the share of resolved tickets that are reopened from 8% to 4% · 0.60',
      'key-result: Raise customer satisfaction (CSAT) from 4.2 to 4.6 out of 5 · 0.70',
      "objective: Become the team's go-to expert on billing questions · 0.83",
      'key-result: Increase billing tickets resolved within one business day from 60% to 90% · 0.80',
      'key-result: Billing FAQ approved by Finance and live in both languages by 27 February · 1.00',
      'key-result: Reduce billing escalations to Finance from 40 to 15 a month · 0.70',
      'team: Product Engineering · 0.65',
      'objective: Ship a product customers can rely on · 0.65',
      'key-result: Reduce the average defect resolution time by 25%, from 12 to 9 days · 0.90',
      'key-result: Increase the share of automated tests from 55% to 80% · 0.60',
      'key-result: Reduce the share of sessions with a crash from 1.2% to 0.5% · 0.80',
      'key-result: Offline mode generally available on iOS and Android by 20 March · 0.30',
    ])
    expect(screen.getByRole('status').textContent).toBe('Key results shown: 14 of 14')
    expect(root(container).dataset.state).toBe('ready')
    expect(root(container).hasAttribute('data-grouped')).toBe(true)
    // One period only: no period picker.
    expect(screen.queryByRole('combobox', { name: 'Period' })).toBeNull()
  })

  it('marks up a real table: scoped column, row-group and row headers', () => {
    const { container } = render(<Board />)
    const table = container.querySelector('table') as HTMLTableElement
    for (const th of table.querySelectorAll('thead th'))
      expect(th.getAttribute('scope')).toBe('col')
    const teamHeaders = table.querySelectorAll('th[scope="rowgroup"]')
    expect([...teamHeaders].map((th) => th.textContent)).toEqual([
      'Leadership',
      'Customer Support',
      'Product Engineering',
    ])
    // Every objective and key result row is named by its title.
    expect(table.querySelectorAll('tbody th[scope="row"]')).toHaveLength(4 + 14)
    expect(table.tBodies).toHaveLength(3)
    const objectiveRow = table.querySelector('[data-part="objective-row"]') as HTMLElement
    expect(objectiveRow.querySelector('th')?.textContent).toBe(
      'Customers love us enough to stay and tell their friends Company · Aspirational',
    )
    expect(objectiveRow.querySelector('[data-part="progress"]')?.textContent).toBe('Key results: 3')
  })

  it('explains every score to keyboard and screen reader users through its description', () => {
    render(<Board />)
    expect(
      screen.getAllByRole('button', { description: 'Mean of the team’s objective scores (2)' }),
    ).toHaveLength(1)
    expect(
      screen
        .getAllByRole('button', { description: 'Rolled up from its key results (4)' })
        .map((button) => button.textContent),
    ).toEqual(['0.80 Close', '0.65 Close'])
    expect(
      screen.getAllByRole('button', { description: 'Scored by the team, Mar 27, 2026' }),
    ).toHaveLength(14)
  })

  it('hides a tooltip on Escape until focus leaves', async () => {
    const user = userEvent.setup()
    // A dialog around the board closes on Escape: the first Escape only dismisses the tooltip.
    const onDialogKeyDown = vi.fn()
    render(
      // biome-ignore lint/a11y/noStaticElementInteractions: stands in for a dialog's key handler
      <div onKeyDown={(event) => event.key === 'Escape' && onDialogKeyDown()}>
        <Board />
      </div>,
    )
    const trigger = screen.getAllByRole('button', {
      description: 'Scored by the team, Mar 27, 2026',
    })[0] as HTMLElement
    const wrapper = trigger.parentElement as HTMLElement
    trigger.focus()
    await user.keyboard('{Escape}')
    expect(wrapper.hasAttribute('data-dismissed')).toBe(true)
    expect(onDialogKeyDown).not.toHaveBeenCalled()
    await user.keyboard('{Escape}')
    expect(onDialogKeyDown).toHaveBeenCalledTimes(1)
    await user.tab()
    expect(wrapper.hasAttribute('data-dismissed')).toBe(false)
  })

  it('sorts by a column header button, announcing the order with aria-sort', async () => {
    const user = userEvent.setup()
    const onViewChange = vi.fn()
    const { container } = render(<Board onViewChange={onViewChange} />)
    const scoreHeader = screen.getByRole('columnheader', { name: 'Score' })
    expect(scoreHeader.hasAttribute('aria-sort')).toBe(false)
    await user.click(within(scoreHeader).getByRole('button'))
    expect(scoreHeader.getAttribute('aria-sort')).toBe('ascending')
    expect(onViewChange).toHaveBeenLastCalledWith({
      sort: { key: 'score', direction: 'ascending' },
    })
    const support = lines(container).slice(5, 15)
    expect(support).toEqual([
      'team: Customer Support · 0.82',
      'objective: Every customer feels heard, fast · 0.80',
      'key-result: Reduce the share of resolved tickets that are reopened from 8% to 4% · 0.60',
      'key-result: Raise customer satisfaction (CSAT) from 4.2 to 4.6 out of 5 · 0.70',
      'key-result: Increase tickets resolved per month from 1,200 to 1,500 · 0.90',
      'key-result: Reduce the median first response time from 6 hours to under 2 hours · 1.00',
      "objective: Become the team's go-to expert on billing questions · 0.83",
      'key-result: Reduce billing escalations to Finance from 40 to 15 a month · 0.70',
      'key-result: Increase billing tickets resolved within one business day from 60% to 90% · 0.80',
      'key-result: Billing FAQ approved by Finance and live in both languages by 27 February · 1.00',
    ])
    await user.click(within(scoreHeader).getByRole('button'))
    expect(scoreHeader.getAttribute('aria-sort')).toBe('descending')
    expect(lines(container)[6]).toBe(
      "objective: Become the team's go-to expert on billing questions · 0.83",
    )
    expect(screen.getByRole('combobox', { name: 'Sort by' })).toHaveProperty(
      'value',
      'score.descending',
    )
    // Only the sorted column carries aria-sort.
    expect(container.querySelectorAll('[aria-sort]')).toHaveLength(1)
  })

  it('sorts by title from the sort menu, in the reader’s collation', async () => {
    const user = userEvent.setup()
    const { container } = render(<Board />)
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'title.ascending')
    const headers = screen.getByRole('columnheader', { name: 'Objective / key result' })
    expect(headers.getAttribute('aria-sort')).toBe('ascending')
    const productKrs = lines(container).slice(-4)
    expect(productKrs.map((line) => line.split(' · ')[0])).toEqual([
      'key-result: Increase the share of automated tests from 55% to 80%',
      'key-result: Offline mode generally available on iOS and Android by 20 March',
      'key-result: Reduce the average defect resolution time by 25%, from 12 to 9 days',
      'key-result: Reduce the share of sessions with a crash from 1.2% to 0.5%',
    ])
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'none')
    expect(container.querySelectorAll('[aria-sort]')).toHaveLength(0)
  })

  it('lists everything in one body with a team column when not grouped, sortable by team', async () => {
    const user = userEvent.setup()
    const { container } = render(<Board />)
    await user.click(screen.getByRole('checkbox', { name: 'Group by team' }))
    expect(root(container).hasAttribute('data-grouped')).toBe(false)
    expect(container.querySelectorAll('tbody')).toHaveLength(1)
    expect(container.querySelectorAll('[data-part="team-row"]')).toHaveLength(0)
    const teamHeader = screen.getByRole('columnheader', { name: 'Team' })
    await user.click(within(teamHeader).getByRole('button'))
    expect(teamHeader.getAttribute('aria-sort')).toBe('ascending')
    const objectives = [...container.querySelectorAll('[data-part="objective-row"]')].map(
      (row) => row.querySelector('[data-part="team"]')?.textContent,
    )
    expect(objectives).toEqual([
      'Customer Support',
      'Customer Support',
      'Leadership',
      'Product Engineering',
    ])
    // Each key result row names its team too.
    expect(
      container.querySelector('[data-part="key-result-row"] [data-part="team"]')?.textContent,
    ).toBe('Customer Support')
  })

  it('filters by owner: their objectives with every key result, and their own key results', async () => {
    const user = userEvent.setup()
    const { container } = render(<Board />)
    const owner = screen.getByRole('combobox', { name: 'Owner' })
    expect(
      within(owner)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([
      'Everyone',
      'Maya Chen',
      'Omar Haddad',
      'Lena Fischer',
      'Ravi Patel',
      'Sofia Alvarez',
      'Jun Park',
      'Amara Okafor',
    ])
    await user.selectOptions(owner, 'p-support-agent')
    expect(lines(container).map((line) => line.split(' · ')[0])).toEqual([
      'team: Customer Support',
      'objective: Every customer feels heard, fast',
      'key-result: Increase tickets resolved per month from 1,200 to 1,500',
      'key-result: Raise customer satisfaction (CSAT) from 4.2 to 4.6 out of 5',
      "objective: Become the team's go-to expert on billing questions",
      'key-result: Increase billing tickets resolved within one business day from 60% to 90%',
      'key-result: Billing FAQ approved by Finance and live in both languages by 27 February',
      'key-result: Reduce billing escalations to Finance from 40 to 15 a month',
    ])
    expect(screen.getByRole('status').textContent).toBe('Key results shown: 5 of 14')
    // Roll-ups stay the whole objective's and team's, not the filtered rows'.
    expect(lines(container)[1]).toBe('objective: Every customer feels heard, fast · 0.80')
  })

  it('filters by status and by staleness, with a no-results state and a way back', async () => {
    const user = userEvent.setup()
    const onViewChange = vi.fn()
    const { container } = render(<Board onViewChange={onViewChange} />)
    await user.click(screen.getByRole('checkbox', { name: 'On track' }))
    expect(onViewChange).toHaveBeenLastCalledWith({ statuses: ['at-risk', 'off-track'] })
    const statuses = [...container.querySelectorAll('[data-part="key-result-row"]')].map(
      (row) => (row as HTMLElement).dataset.status,
    )
    expect(statuses).toEqual([
      'off-track',
      'off-track',
      'off-track',
      'at-risk',
      'off-track',
      'off-track',
    ])
    expect(screen.getByRole('status').textContent).toBe('Key results shown: 6 of 14')

    // Nothing is stale on the last day of the quarter: every key result had a check-in in March.
    await user.click(screen.getByRole('checkbox', { name: 'Only stale (no check-in this month)' }))
    expect(root(container).dataset.state).toBe('no-results')
    expect(screen.queryByRole('table')).toBeNull()
    expect(screen.getByRole('status').textContent).toBe('No key results match these filters.')

    await user.click(screen.getByRole('button', { name: 'Clear filters' }))
    expect(onViewChange).toHaveBeenLastCalledWith({})
    expect(screen.getByRole('status').textContent).toBe('Key results shown: 14 of 14')
    expect(screen.queryByRole('button', { name: 'Clear filters' })).toBeNull()
    for (const name of ['On track', 'At risk', 'Off track']) {
      expect(screen.getByRole('checkbox', { name })).toHaveProperty('checked', true)
    }
  })

  it('shows stale flags mid-month and keeps objectives without key results unless filtered', () => {
    const doc = document({
      objectives: [
        objective('o1', [metricKr('k1', 0, 10, { current: 5 })]),
        objective('o2', [], { title: 'Nothing yet', teamId: 't2' }),
      ],
      checkIns: [checkIn('k1', '2026-01-20', { value: 5 })],
    })
    const { container, rerender } = render(<Board document={doc} today="2026-02-14" />)
    const row = container.querySelector('[data-part="key-result-row"]') as HTMLElement
    expect(row.hasAttribute('data-stale')).toBe(true)
    expect(row.querySelector('[data-part="status"]')?.textContent).toBe('●On track· Stale')
    expect(lines(container)).toEqual([
      'team: Team one · 0.50',
      'objective: Objective o1 · 0.50',
      'key-result: KR k1 · 0.50',
      'team: Team two · No score yet',
      'objective: Nothing yet · No score yet',
    ])
    rerender(<Board document={doc} today="2026-02-14" defaultView={{ staleOnly: true }} />)
    // defaultView is read once: the board keeps its own view.
    expect(lines(container)).toHaveLength(5)
  })

  it('hides an objective without key results once a status filter is set', () => {
    const doc = document({
      objectives: [
        objective('o1', [metricKr('k1', 0, 10, { current: 5 })]),
        objective('o2', [], { title: 'Nothing yet', teamId: 't2' }),
      ],
      checkIns: [checkIn('k1', '2026-02-01', { value: 5 })],
    })
    const { container } = render(
      <Board document={doc} today="2026-02-14" defaultView={{ staleOnly: true }} />,
    )
    expect(root(container).dataset.state).toBe('no-results')
  })

  it('lets the reader choose the period when there are several', async () => {
    const user = userEvent.setup()
    const doc = document({
      periods: [Q1, Q2],
      objectives: [
        objective('o1', [metricKr('k1', 0, 10, { current: 5 })]),
        objective('o2', [metricKr('k2', 0, 10, { current: 8 })], {
          periodId: Q2.id,
          title: 'Next',
        }),
      ],
    })
    const { container } = render(<Board document={doc} today="2026-04-10" />)
    const period = screen.getByRole('combobox', { name: 'Period' })
    expect(
      within(period)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Q1 2026', 'Q2 2026'])
    expect(lines(container)[1]).toBe('objective: Objective o1 · 0.50')
    await user.selectOptions(period, '2026-Q2')
    expect(screen.getByRole('table').querySelector('caption')?.textContent).toBe(
      'Scorecard, Q2 2026',
    )
    expect(lines(container)[1]).toBe('objective: Next · 0.80')
  })

  it('has an empty state for a period without objectives and a document without periods', () => {
    const { container, rerender } = render(<Board document={document()} />)
    expect(root(container).dataset.state).toBe('empty')
    expect(screen.getByRole('status').textContent).toBe('No objectives for this period yet.')
    expect(screen.queryByRole('table')).toBeNull()
    expect(container.querySelector('[data-part="health"]')).toBeNull()
    rerender(<Board document={document({ periods: [] })} />)
    expect(screen.getByRole('status').textContent).toBe('This document has no period yet.')
  })

  it('reads the scores the way the play does: a low average, or everything at 1.0', () => {
    const { container } = render(<Board today="2026-02-14" />)
    const health = screen.getByRole('region', { name: 'Health check' })
    expect(
      within(health)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Note The average score is 0.23, well below 0.7: the targets may be out of reach, or the work needs help.',
    ])
    const allMet = document({
      objectives: [
        objective('o1', [
          metricKr('k1', 0, 10, { current: 10 }),
          metricKr('k2', 0, 10, { current: 12 }),
          metricKr('k3', 0, 10, { current: 10 }),
        ]),
      ],
      checkIns: ['k1', 'k2', 'k3'].map((id) => checkIn(id, '2026-03-20', { status: 'on-track' })),
    })
    const again = render(<Board document={allMet} />)
    const findings = [...again.container.querySelectorAll('[data-part="finding"]')] as HTMLElement[]
    expect(findings.map((li) => [li.dataset.code, li.dataset.severity])).toEqual([
      ['portfolio_all_met', 'warning'],
      ['portfolio_no_status_mix', 'info'],
    ])
    expect(findings[0]?.textContent).toBe(
      'Warning All 3 scores are 1.0: the goals were not ambitious enough. Set harder ones next time.',
    )
    expect(container.querySelector('[data-part="healthy"]')).toBeNull()
    const healthy = render(<Board />)
    expect(healthy.container.querySelector('[data-part="healthy"]')?.textContent).toBe(
      'Nothing to flag: ambitious targets and honest statuses.',
    )
  })

  it('follows a controlled view and only asks to change it', async () => {
    const user = userEvent.setup()
    const onViewChange = vi.fn()
    const view: ScorecardView = { ownerId: 'p-ceo' }
    const { container, rerender } = render(<Board view={view} onViewChange={onViewChange} />)
    expect(container.querySelectorAll('[data-part="key-result-row"]')).toHaveLength(3)
    await user.selectOptions(screen.getByRole('combobox', { name: 'Owner' }), '')
    expect(onViewChange).toHaveBeenLastCalledWith({})
    expect(container.querySelectorAll('[data-part="key-result-row"]')).toHaveLength(3)
    rerender(<Board view={{}} onViewChange={onViewChange} />)
    expect(container.querySelectorAll('[data-part="key-result-row"]')).toHaveLength(14)
  })

  it('works with a parent that keeps the view in its state', async () => {
    const user = userEvent.setup()
    render(<Host />)
    await user.click(screen.getByRole('checkbox', { name: 'At risk' }))
    await user.click(
      within(screen.getByRole('columnheader', { name: 'Score' })).getByRole('button'),
    )
    expect(JSON.parse(window.document.querySelector('output')?.textContent ?? '')).toEqual({
      groupByTeam: false,
      statuses: ['on-track', 'off-track'],
      sort: { key: 'score', direction: 'ascending' },
    })
  })

  it('speaks Chinese', () => {
    const { container } = render(
      <OkrProvider today="2026-03-31" locale="zh-CN">
        <OkrScorecard document={exampleDocumentZhCN} />
      </OkrProvider>,
    )
    expect(screen.getByRole('table').querySelector('caption')?.textContent).toBe(
      '2026年第1季度记分卡',
    )
    expect(lines(container)[0]).toBe('team: 管理团队 · 0.67')
    expect(screen.getByRole('status').textContent).toBe('显示 14 项关键成果中的 14 项')
    expect(screen.getByRole('checkbox', { name: '按团队分组' })).toBeTruthy()
    expect(screen.getByRole('combobox', { name: '负责人' })).toBeTruthy()
    expect(
      screen.getAllByRole('button', { description: '由团队评分(2026年3月27日)' }),
    ).toHaveLength(14)
    fireEvent.click(
      within(screen.getByRole('group', { name: '状态' })).getByRole('checkbox', { name: '正常' }),
    )
    expect(screen.getByRole('status').textContent).toBe('显示 14 项关键成果中的 6 项')
  })

  it('has the same placeholders in both catalogs', () => {
    const keys = Object.keys(uiEn).filter((key) => key.startsWith('ui.okrScorecard.'))
    expect(keys.length).toBeGreaterThan(0)
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
    for (const key of keys as (keyof typeof uiEn)[]) {
      expect(placeholders(uiZhCN[key]), key).toEqual(placeholders(uiEn[key]))
    }
  })

  it('has no axe violations: ready, filtered to nothing, and empty', async () => {
    const { container, rerender } = render(<Board today="2026-02-14" />)
    expect(await axeViolations(container)).toEqual([])
    rerender(
      <Board today="2026-02-14" key="2" defaultView={{ statuses: [], groupByTeam: false }} />,
    )
    expect(root(container).dataset.state).toBe('no-results')
    expect(await axeViolations(container)).toEqual([])
    rerender(<Board document={document()} />)
    expect(await axeViolations(container)).toEqual([])
  })
})

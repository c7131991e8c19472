import { exampleDocument, exampleDocumentZhCN, rollUp } from '@okrkit/core'
import { fireEvent, render, renderHook, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactNode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { axeViolations } from '../../test/axe'
import { takeConsoleMessages } from '../../test/setup'
import { document, objective } from '../__fixtures__/scorecard-documents'
import { UI_MESSAGES } from '../i18n/catalog'
import { OkrProvider } from '../provider/okr-provider'
import { ObjectiveScorecard, type ObjectiveScorecardProps } from './objective-scorecard'
import { useObjectiveScorecard } from './use-objective-scorecard'

const { en: uiEn, 'zh-CN': uiZhCN } = UI_MESSAGES

function Scorecard({
  today = '2026-03-31',
  locale = 'en',
  ...props
}: Partial<ObjectiveScorecardProps> & { today?: string; locale?: string }) {
  return (
    <OkrProvider today={today} locale={locale}>
      <ObjectiveScorecard
        document={exampleDocument}
        objectiveId="obj-support-response"
        {...props}
      />
    </OkrProvider>
  )
}

function rowTexts(table: HTMLElement): string[][] {
  return [...table.querySelectorAll('tbody tr')].map((row) =>
    [...row.children].map((cell) => cell.textContent ?? ''),
  )
}

describe('ObjectiveScorecard', { timeout: 30_000 }, () => {
  it('shows the objective with its rolled-up score, grade, level, commitment, team and owner', () => {
    const { container } = render(<Scorecard />)
    const root = container.firstElementChild as HTMLElement
    expect(screen.getByRole('article', { name: 'Every customer feels heard, fast' })).toBe(root)
    expect(root.querySelector('h3')?.textContent).toBe('Every customer feels heard, fast')
    // (1.0 + 0.9 + 0.6 + 0.7) / 4 = 0.8, graded "close"; the badge says both.
    expect(root.querySelector('[data-part="score"]')?.textContent).toBe(
      '0.80 Close(Rolled up from key results)',
    )
    expect(root.dataset.grade).toBe('close')
    expect(root.dataset.level).toBe('team')
    expect(root.dataset.commitment).toBe('committed')
    const meta = root.querySelector('[data-part="meta"]') as HTMLElement
    expect([...meta.querySelectorAll('div')].map((d) => d.textContent)).toEqual([
      'LevelTeam',
      'CommitmentCommitted',
      'TeamCustomer Support',
      'OwnerLena Fischer',
    ])
  })

  it('lists its key results in a table with progress, score and status', () => {
    render(<Scorecard />)
    const table = screen.getByRole('table', {
      name: 'Key results of “Every customer feels heard, fast”',
    })
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Key result', 'Owner', 'Progress', 'Score', 'Status'])
    expect(rowTexts(table)).toEqual([
      [
        'Reduce the median first response time from 6 hours to under 2 hours',
        'Lena Fischer',
        '105% (1.8 h → 2 h) Overachieved',
        '1.00 MetScored by the team, Mar 27, 2026',
        '●On track',
      ],
      [
        'Increase tickets resolved per month from 1,200 to 1,500',
        'Ravi Patel',
        '93% (1,480 tickets → 1,500 tickets)',
        '0.90 MetScored by the team, Mar 27, 2026',
        '●On track',
      ],
      [
        'Reduce the share of resolved tickets that are reopened from 8% to 4%',
        'Lena Fischer',
        '60% (5.6% → 4%)',
        '0.60 CloseScored by the team, Mar 27, 2026',
        '■Off track',
      ],
      [
        'Raise customer satisfaction (CSAT) from 4.2 to 4.6 out of 5',
        'Ravi Patel',
        '75% (4.5 → 4.6)',
        '0.70 CloseScored by the team, Mar 27, 2026',
        '●On track',
      ],
    ])
    // Each key result's title is its row's header; each score explains itself to keyboard users.
    expect(within(table).getAllByRole('rowheader')).toHaveLength(4)
    const trigger = within(table).getAllByRole('button')[0] as HTMLElement
    expect(trigger).toBe(
      screen.getByRole('button', {
        name: '1.00 Met',
        description: 'Scored by the team, Mar 27, 2026',
      }),
    )
    const first = table.querySelector('tbody tr') as HTMLElement
    expect(first.dataset.status).toBe('on-track')
    expect(first.hasAttribute('data-overachieved')).toBe(true)
  })

  it('opens its details on click: description, alignment and a card per key result', async () => {
    const user = userEvent.setup()
    const onExpandedChange = vi.fn()
    const { container } = render(
      <Scorecard objectiveId="obj-product-reliability" onExpandedChange={onExpandedChange} />,
    )
    const details = container.querySelector('details') as HTMLDetailsElement
    expect(details.open).toBe(false)
    await user.click(screen.getByText('Details'))
    expect(details.open).toBe(true)
    expect(onExpandedChange).toHaveBeenLastCalledWith(true)
    expect((container.firstElementChild as HTMLElement).hasAttribute('data-expanded')).toBe(true)
    const facts = within(details)
    expect(facts.getByText('Description').nextElementSibling?.textContent).toMatch(
      /^Detractors name slow bug fixes/,
    )
    expect(facts.getByText('Aligned to').nextElementSibling?.textContent).toBe(
      'Customers love us enough to stay and tell their friends',
    )
    const cards = within(details).getAllByRole('article')
    expect(cards).toHaveLength(4)
    expect(cards.map((card) => card.querySelector('h4')?.textContent)).toEqual(
      exampleDocument.objectives[3]?.keyResults.map((kr) => kr.title),
    )
    await user.click(screen.getByText('Details'))
    expect(details.open).toBe(false)
    expect(onExpandedChange.mock.calls).toEqual([[true], [false]])
  })

  it('follows a controlled expanded prop and only asks to change it', async () => {
    const user = userEvent.setup()
    const onExpandedChange = vi.fn()
    const { container, rerender } = render(
      <Scorecard expanded={false} onExpandedChange={onExpandedChange} />,
    )
    const details = container.querySelector('details') as HTMLDetailsElement
    await user.click(screen.getByText('Details'))
    expect(onExpandedChange).toHaveBeenCalledWith(true)
    expect(details.open).toBe(false)
    rerender(<Scorecard expanded onExpandedChange={onExpandedChange} />)
    expect(details.open).toBe(true)
  })

  it('follows the browser when it opens the details by itself (find in page)', () => {
    const onExpandedChange = vi.fn()
    const { container } = render(<Scorecard onExpandedChange={onExpandedChange} />)
    const details = container.querySelector('details') as HTMLDetailsElement
    details.open = true
    fireEvent(details, new Event('toggle'))
    expect(onExpandedChange).toHaveBeenCalledWith(true)
    expect((container.firstElementChild as HTMLElement).hasAttribute('data-expanded')).toBe(true)
  })

  it('warns when it switches from uncontrolled to controlled', () => {
    const { rerender } = render(<Scorecard />)
    rerender(<Scorecard expanded />)
    expect(takeConsoleMessages()).toEqual([
      expect.stringContaining('ObjectiveScorecard is changing from uncontrolled to controlled'),
    ])
  })

  it('speaks Chinese', () => {
    const { container } = render(<Scorecard locale="zh-CN" />)
    // The Chinese document has the same ids: only the text differs.
    const zh = render(
      <OkrProvider today="2026-03-31" locale="zh-CN">
        <ObjectiveScorecard document={exampleDocumentZhCN} objectiveId="obj-support-response" />
      </OkrProvider>,
    )
    const root = zh.container.firstElementChild as HTMLElement
    expect(root.querySelector('h3')?.textContent).toBe('让每位客户都能快速得到回应')
    expect(root.querySelector('[data-part="score"]')?.textContent).toBe('0.80 接近(由关键成果汇总)')
    const meta = root.querySelector('[data-part="meta"]') as HTMLElement
    expect([...meta.querySelectorAll('div')].map((d) => d.textContent)).toEqual([
      '层级团队',
      '目标类型承诺型',
      '团队客户支持团队',
      '负责人李娜',
    ])
    expect(within(root).getByRole('table').querySelector('caption')?.textContent).toBe(
      '“让每位客户都能快速得到回应”的关键成果',
    )
    expect(within(root).getByText('详情')).toBeTruthy()
    expect(container.querySelector('th')?.textContent).toBe('关键成果')
  })

  it('says when an objective has no key results, and has no score', () => {
    const doc = document({ objectives: [objective('o1', [], { title: 'Empty' })] })
    const { container } = render(
      <OkrProvider today="2026-03-31">
        <ObjectiveScorecard document={doc} objectiveId="o1" />
      </OkrProvider>,
    )
    const root = container.firstElementChild as HTMLElement
    expect(root.querySelector('table')).toBeNull()
    expect(within(root).getByText('No key results yet.')).toBeTruthy()
    expect(root.querySelector('[data-part="score"]')?.textContent).toBe('No score yet')
    expect(root.dataset.grade).toBeUndefined()
    // Neither a description nor a parent: the details hold no empty list.
    expect(root.querySelector('[data-part="details-facts"]')).toBeNull()
  })

  it('says so when the objective is not in the document', () => {
    const { container } = render(<Scorecard objectiveId="obj-missing" />)
    expect(container.textContent).toBe('The objective “obj-missing” is not in this document.')
  })

  it('has the same placeholders in both catalogs', () => {
    const keys = Object.keys(uiEn).filter((key) => key.startsWith('ui.objectiveScorecard.'))
    expect(keys.length).toBeGreaterThan(0)
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
    for (const key of keys as (keyof typeof uiEn)[]) {
      expect(placeholders(uiZhCN[key]), key).toEqual(placeholders(uiEn[key]))
    }
  })

  it('has no axe violations, open or closed', async () => {
    const { container, rerender } = render(<Scorecard today="2026-02-14" />)
    expect(await axeViolations(container)).toEqual([])
    rerender(<Scorecard today="2026-02-14" objectiveId="obj-product-reliability" defaultExpanded />)
    expect(await axeViolations(container)).toEqual([])
  })
})

describe('useObjectiveScorecard', { timeout: 30_000 }, () => {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <OkrProvider today="2026-02-14">{children}</OkrProvider>
  )

  it('scores the objective as core rolls it up, as of the provider’s today', () => {
    const { result } = renderHook(
      () =>
        useObjectiveScorecard({ document: exampleDocument, objectiveId: 'obj-company-customers' }),
      { wrapper },
    )
    const expected = rollUp(exampleDocument, { asOf: '2026-02-14' }).objectives.get(
      'obj-company-customers',
    )?.score?.value
    expect(result.current.data?.score).toBeCloseTo(expected as number, 10)
    expect(result.current.data?.keyResults.map((s) => s.stale)).toEqual([true, true, true])
    expect(result.current.data?.team?.name).toBe('Leadership')
    expect(result.current.data?.parent).toBeUndefined()
    expect(result.current.expanded).toBe(false)
  })
})

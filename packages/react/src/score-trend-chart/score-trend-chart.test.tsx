import {
  type CheckIn,
  exampleDocument,
  exampleDocumentZhCN,
  type KeyResult,
  type OkrDocument,
  type Period,
} from '@okrkit/core'
import { render, screen } from '@testing-library/react'
import { createRef } from 'react'
import { describe, expect, it } from 'vitest'
import { axeViolations } from '../../test/axe'
import { UI_MESSAGES } from '../i18n/catalog'
import { OkrProvider } from '../provider/okr-provider'
import { ScoreTrendChart } from './score-trend-chart'
import { scoreTrend } from './use-score-trend'

const { en: uiEn, 'zh-CN': uiZhCN } = UI_MESSAGES

function keyResultOf(doc: OkrDocument, id: string): KeyResult {
  const kr = doc.objectives.flatMap((o) => o.keyResults).find((k) => k.id === id)
  if (!kr) throw new Error(`no key result ${id}`)
  return kr
}
const Q1 = exampleDocument.periods.find((p) => p.id === '2026-Q1') as Period
const CHURN = keyResultOf(exampleDocument, 'kr-churn')
const NRR = keyResultOf(exampleDocument, 'kr-nrr')
const FAQ = keyResultOf(exampleDocument, 'kr-billing-faq')
const { checkIns } = exampleDocument

const image = () => screen.getByRole('img')
const description = () =>
  document.getElementById(image().getAttribute('aria-describedby') as string)?.textContent
const rows = (table: HTMLElement) =>
  [...table.querySelectorAll('tbody tr')].map((row) =>
    [...row.children].map((cell) => cell.textContent),
  )
const points = (container: HTMLElement) => [
  ...container.querySelectorAll<SVGPathElement>('[data-part="point"]'),
]
/** The first coordinate pair of a path: markers start at their left edge, lines at the first point. */
const startOf = (d: string | null) => (d?.match(/^M([\d.]+),([\d.]+)/) ?? []).slice(1).map(Number)

describe('ScoreTrendChart', () => {
  it('names and describes the image: latest score and forecast', () => {
    render(<ScoreTrendChart keyResult={CHURN} checkIns={checkIns} period={Q1} />)
    expect(
      screen.getByRole('img', {
        name: 'Score trend of “Reduce monthly customer churn from 3.0% to 2.0%”, Q1 2026',
      }),
    ).toBeTruthy()
    expect(description()).toBe(
      'Latest score 0.70 (Close), on Mar 27, 2026. Forecast for Mar 31, 2026: 0.78 (Close).',
    )
  })

  it('plots each check-in’s score as of its day, from core', () => {
    const { container } = render(
      <ScoreTrendChart keyResult={CHURN} checkIns={checkIns} period={Q1} />,
    )
    const marks = points(container)
    // 2.9 and 2.5 on the way from 3 to 2 are computed; the team scored March itself.
    expect(marks.map((p) => p.dataset.grade)).toEqual(['missed', 'close', 'close'])
    expect(marks.map((p) => p.dataset.status)).toEqual(['at-risk', 'on-track', 'on-track'])
    expect(marks.map((p) => p.dataset.provenance)).toEqual(['computed', 'computed', 'manual'])
    expect(marks.map((p) => p.querySelector('title')?.textContent)).toEqual([
      'Jan 30, 2026: 0.10 (Missed), At risk',
      'Feb 27, 2026: 0.50 (Close), On track',
      'Mar 27, 2026: 0.70 (Close), On track',
    ])
    // Plot area: x from 36 to 412 over the quarter's 90 days, y from 210 (0) to 12 (1).
    const line = container.querySelector('[data-part="line"]')?.getAttribute('d')
    expect(line).toBe(
      `M${r(36 + (30 / 90) * 376)},${r(210 - 0.1 * 198)} L${r(36 + (58 / 90) * 376)},${r(210 - 0.5 * 198)} L${r(36 + (86 / 90) * 376)},${r(210 - 0.7 * 198)}`,
    )
  })

  it('draws the forecast to the period’s end, dashed from the last check-in', () => {
    const { container } = render(
      <ScoreTrendChart keyResult={CHURN} checkIns={checkIns} period={Q1} />,
    )
    const forecast = container.querySelector('[data-part="forecast"]') as SVGGElement
    expect(forecast.dataset.method).toBe('linear-trend')
    const segment = forecast.querySelector('line') as SVGLineElement
    expect(Number(segment.getAttribute('x1'))).toBe(r(36 + (86 / 90) * 376))
    expect(Number(segment.getAttribute('x2'))).toBe(412)
    const expected = scoreTrend(CHURN, checkIns, Q1).forecast?.score as number
    expect(expected).toBeCloseTo(0.776, 3)
    expect(Number(segment.getAttribute('y2'))).toBeCloseTo(r(210 - expected * 198), 5)
  })

  it('draws the play’s 0.3 / 0.7 / 1.0 lines, named, and month ticks', () => {
    const { container } = render(
      <ScoreTrendChart keyResult={CHURN} checkIns={checkIns} period={Q1} />,
    )
    const references = [...container.querySelectorAll('[data-part="reference"]')]
    expect(references.map((g) => g.textContent)).toEqual(['0.30Missed', '0.70Close', '1.00Met'])
    expect(references.map((g) => Number(g.querySelector('line')?.getAttribute('y1')))).toEqual([
      210 - 0.3 * 198,
      210 - 0.7 * 198,
      12,
    ])
    expect([...container.querySelectorAll('[data-part="tick"]')].map((g) => g.textContent)).toEqual(
      ['Jan 31', 'Feb 28', 'Mar 31'],
    )
  })

  it('lists every check-in and the forecast in a visually hidden table', () => {
    const { container } = render(
      <ScoreTrendChart keyResult={CHURN} checkIns={checkIns} period={Q1} />,
    )
    const table = screen.getByRole('table', {
      name: 'Check-ins of “Reduce monthly customer churn from 3.0% to 2.0%”',
    })
    expect(rows(table)).toEqual([
      ['Jan 30, 2026', '0.10 (Missed)', 'At risk'],
      ['Feb 27, 2026', '0.50 (Close)', 'On track'],
      ['Mar 27, 2026', '0.70 (Close)', 'On track'],
      ['Forecast for Mar 31, 2026', '0.78 (Close)', 'Projected from the trend'],
    ])
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual([
      'Check-in',
      'Score',
      'Status',
    ])
    const tables = container.querySelector('[data-part="tables"]') as HTMLElement
    expect(tables.className).toBe('okr-visually-hidden')
  })

  it('shows the table when asked to', () => {
    const { container } = render(
      <ScoreTrendChart keyResult={CHURN} checkIns={checkIns} period={Q1} showTable />,
    )
    const root = container.firstElementChild as HTMLElement
    expect(root.hasAttribute('data-table-visible')).toBe(true)
    expect((container.querySelector('[data-part="tables"]') as HTMLElement).className).toBe('')
  })

  it('shows the trend as it stood on a past day', () => {
    const { container } = render(
      <ScoreTrendChart keyResult={CHURN} checkIns={checkIns} period={Q1} asOf="2026-02-28" />,
    )
    expect(points(container)).toHaveLength(2)
    expect(description()).toContain('Latest score 0.50 (Close), on Feb 27, 2026.')
    // 2.9 then 2.5 four weeks later: the trend reaches about 2.04 (0.96) by the end of March.
    expect(description()).toContain('Forecast for Mar 31, 2026: 0.96 (Met).')
  })

  it('leaves days before the first measurement unscored, and projects no milestone', () => {
    const { container } = render(
      <ScoreTrendChart keyResult={FAQ} checkIns={checkIns} period={Q1} />,
    )
    expect(points(container)).toHaveLength(2)
    expect(container.querySelector('[data-part="forecast"]')).toBeNull()
    expect(rows(screen.getByRole('table'))).toEqual([
      ['Jan 30, 2026', 'No score yet', 'On track'],
      ['Feb 27, 2026', '1.00 (Met)', 'On track'],
      ['Mar 27, 2026', '1.00 (Met)', 'On track'],
    ])
  })

  it('ignores check-ins of other key results, outside the period, and keeps a day’s last one', () => {
    const extra: CheckIn[] = [
      {
        ...(checkIns[0] as CheckIn),
        id: 'x1',
        keyResultId: CHURN.id,
        date: '2025-12-31',
        value: 2,
      },
      {
        ...(checkIns[0] as CheckIn),
        id: 'x2',
        keyResultId: CHURN.id,
        date: '2026-01-30',
        value: 2.8,
        score: undefined,
      },
    ]
    const series = scoreTrend(CHURN, [...checkIns, ...extra], Q1)
    expect(series.points.map((p) => p.date)).toEqual(['2026-01-30', '2026-02-27', '2026-03-27'])
    expect(series.points[0]?.checkInId).toBe('x2')
    expect(series.points[0]?.score).toBeCloseTo(0.2, 10)
    expect(series.points[0]?.position).toBe(30 / 90)
  })

  it('compares several key results with shapes, a legend and a table each', () => {
    const { container } = render(
      <ScoreTrendChart keyResult={[CHURN, NRR]} checkIns={checkIns} period={Q1} />,
    )
    expect(screen.getByRole('img', { name: 'Score trends of 2 key results, Q1 2026' })).toBeTruthy()
    expect(description()).toBe(
      'Reduce monthly customer churn from 3.0% to 2.0%: latest score 0.70 (Close), on Mar 27, 2026. Forecast for Mar 31, 2026: 0.78 (Close). Grow net revenue retention from 104% to 110%: latest score 0.60 (Close), on Mar 27, 2026. Forecast for Mar 31, 2026: 0.62 (Close).',
    )
    const series = [...container.querySelectorAll<SVGGElement>('[data-part="series"]')]
    expect(series.map((g) => g.dataset.series)).toEqual(['0', '1'])
    const firstMarker = (g: SVGGElement) =>
      g.querySelector('[data-part="point"]')?.getAttribute('d') ?? ''
    expect(firstMarker(series[0] as SVGGElement)).toContain('a')
    expect(firstMarker(series[1] as SVGGElement)).toContain('h')
    expect(
      [...container.querySelectorAll('[data-part="legend"] li')].map((li) => li.textContent),
    ).toEqual([CHURN.title, NRR.title])
    expect(screen.getAllByRole('table')).toHaveLength(2)
  })

  it('says so when there is nothing to plot', () => {
    const { container } = render(<ScoreTrendChart keyResult={CHURN} checkIns={[]} period={Q1} />)
    expect((container.firstElementChild as HTMLElement).hasAttribute('data-empty')).toBe(true)
    expect(container.querySelector('[data-part="empty"]')?.textContent).toBe(
      'No scored check-ins yet.',
    )
    expect(description()).toBe('No scored check-ins yet.')
    expect(rows(screen.getByRole('table'))).toEqual([['No check-ins in this period.']])
  })

  it('can leave the forecast out', () => {
    const { container } = render(
      <ScoreTrendChart keyResult={CHURN} checkIns={checkIns} period={Q1} showForecast={false} />,
    )
    expect(container.querySelector('[data-part="forecast"]')).toBeNull()
    expect(description()).not.toContain('Forecast')
    expect(rows(screen.getByRole('table'))).toHaveLength(3)
  })

  it('speaks Chinese, dates included', () => {
    const q1 = exampleDocumentZhCN.periods.find((p) => p.id === '2026-Q1') as Period
    const churn = keyResultOf(exampleDocumentZhCN, 'kr-churn')
    render(
      <OkrProvider locale="zh-CN">
        <ScoreTrendChart keyResult={churn} checkIns={exampleDocumentZhCN.checkIns} period={q1} />
      </OkrProvider>,
    )
    expect(image().getAttribute('aria-labelledby')).toBeTruthy()
    expect(
      screen.getByRole('img', { name: `“${churn.title}”的分数趋势(2026年第1季度)` }),
    ).toBeTruthy()
    expect(description()).toBe(
      '2026年3月27日 的最新分数为 0.70(接近)。2026年3月31日 的预测分数:0.78(接近)。',
    )
    expect(rows(screen.getByRole('table'))[0]).toEqual(['2026年1月30日', '0.10(未达到)', '有风险'])
  })

  it('scales its drawing with width and height, and passes props to the figure', () => {
    const ref = createRef<HTMLElement>()
    const { container } = render(
      <OkrProvider theme="dark">
        <ScoreTrendChart
          ref={ref}
          keyResult={CHURN}
          checkIns={checkIns}
          period={Q1}
          width={640}
          height={200}
          className="mine"
          id="trend"
        />
      </OkrProvider>,
    )
    const root = container.firstElementChild as HTMLElement
    expect(ref.current).toBe(root)
    expect(root.tagName).toBe('FIGURE')
    expect(root.className).toBe('okr okr-ScoreTrendChart mine')
    expect(root.id).toBe('trend')
    expect(root.dataset.okrTheme).toBe('dark')
    expect(image().getAttribute('viewBox')).toBe('0 0 640 200')
    const [x] = startOf(container.querySelector('[data-part="line"]')?.getAttribute('d') ?? null)
    expect(x).toBe(r(36 + (30 / 90) * (640 - 36 - 68)))
  })

  it('has the same placeholders in both catalogs', () => {
    const keys = Object.keys(uiEn).filter((key) => key.startsWith('ui.scoreTrendChart.'))
    expect(keys.length).toBeGreaterThan(10)
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
    for (const key of keys as (keyof typeof uiEn)[]) {
      expect(placeholders(uiZhCN[key]), key).toEqual(placeholders(uiEn[key]))
    }
  })

  it('has no axe violations, with one series or several', async () => {
    const { container } = render(
      <>
        <ScoreTrendChart keyResult={CHURN} checkIns={checkIns} period={Q1} showTable />
        <ScoreTrendChart keyResult={[CHURN, NRR, FAQ]} checkIns={checkIns} period={Q1} />
      </>,
    )
    expect(await axeViolations(container)).toEqual([])
  })
})

function r(n: number): number {
  return Math.round(n * 100) / 100
}

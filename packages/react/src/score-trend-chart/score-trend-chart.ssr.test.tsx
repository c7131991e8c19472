import { exampleDocumentZhCN, type Period } from '@okrkit/core'
import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { OkrProvider } from '../provider/okr-provider'
import { ScoreTrendChart } from './score-trend-chart'

describe('ScoreTrendChart on the server', () => {
  it('renders the chart and its table to a string without a DOM', () => {
    expect(typeof window).toBe('undefined')
    const q1 = exampleDocumentZhCN.periods.find((p) => p.id === '2026-Q1') as Period
    const kr = exampleDocumentZhCN.objectives
      .flatMap((o) => o.keyResults)
      .find((k) => k.id === 'kr-churn')
    if (!kr) throw new Error('no kr-churn')
    const html = renderToString(
      <OkrProvider locale="zh-CN">
        <ScoreTrendChart keyResult={kr} checkIns={exampleDocumentZhCN.checkIns} period={q1} />
      </OkrProvider>,
    )
    expect(html).toContain('role="img"')
    expect(html).toContain('viewBox="0 0 480 240"')
    expect(html).toContain('2026年第1季度')
    expect(html).toContain('data-method="linear-trend"')
    expect(html.match(/data-part="point"/g)).toHaveLength(3)
    expect(html).toContain('<th scope="row">2026年1月30日</th>')
  })
})

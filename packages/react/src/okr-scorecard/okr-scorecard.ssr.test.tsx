import { exampleDocument } from '@okrkit/core'
import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { OkrProvider } from '../provider/okr-provider'
import { OkrScorecard } from './okr-scorecard'

describe('OkrScorecard on the server', () => {
  it('renders the board, its health check and tooltips without a DOM', () => {
    expect(typeof window).toBe('undefined')
    const html = renderToString(
      <OkrProvider locale="zh-CN" today="2026-02-14">
        <OkrScorecard
          document={exampleDocument}
          defaultView={{ sort: { key: 'score', direction: 'descending' } }}
        />
      </OkrProvider>,
    )
    expect(html).toContain('<caption>2026年第1季度记分卡</caption>')
    expect(html).toContain('aria-sort="descending"')
    expect(html.match(/data-part="key-result-row"/g)).toHaveLength(14)
    expect(html.match(/role="tooltip"/g)).toHaveLength(14 + 4 + 3)
    expect(html.match(/data-stale=""/g)).toHaveLength(14 * 2)
    expect(html).toContain('data-code="portfolio_average_low"')
  })

  it('renders the empty state', () => {
    const html = renderToString(<OkrScorecard document={{ ...exampleDocument, objectives: [] }} />)
    expect(html).toContain('data-state="empty"')
    expect(html).toContain('No objectives for this period yet.')
  })
})

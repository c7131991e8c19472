import { exampleDocument } from '@okrkit/core'
import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { OkrProvider } from '../provider/okr-provider'
import { ObjectiveScorecard } from './objective-scorecard'

describe('ObjectiveScorecard on the server', () => {
  it('renders its table and open details without a DOM', () => {
    expect(typeof window).toBe('undefined')
    const html = renderToString(
      <OkrProvider today="2026-02-14">
        <ObjectiveScorecard
          document={exampleDocument}
          objectiveId="obj-product-reliability"
          defaultExpanded
        />
      </OkrProvider>,
    )
    expect(html).toMatch(/<details[^>]*open=""/)
    expect(html).toContain('data-expanded=""')
    expect(html).toContain(
      '<caption class="okr-visually-hidden">Key results of “Ship a product customers can rely on”</caption>',
    )
    // Four rows and four cards, every key result stale on 14 February.
    expect(html.match(/data-part="key-result-row"/g)).toHaveLength(4)
    expect(html.match(/<article/g)).toHaveLength(5)
    expect(html.match(/data-stale=""/g)?.length).toBeGreaterThanOrEqual(8)
  })
})

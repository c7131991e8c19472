import { exampleDocument, exampleDocumentZhCN } from '@okrkit/core'
import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { OkrProvider } from '../provider/okr-provider'
import { KeyResultScorecard } from './key-result-scorecard'

describe('KeyResultScorecard on the server', () => {
  it('renders as of the provider’s today without a DOM', () => {
    expect(typeof window).toBe('undefined')
    const html = renderToString(
      <OkrProvider locale="zh-CN" today="2026-02-14" theme="dark">
        <KeyResultScorecard document={exampleDocumentZhCN} keyResultId="kr-churn" />
      </OkrProvider>,
    )
    expect(html).toContain('data-stale=""')
    expect(html).toContain('data-status="at-risk"')
    expect(html).toContain('data-okr-theme="dark"')
    expect(html).toContain('最新更新(2026年1月30日)')
    const value = /<progress[^>]*value="([^"]+)"/.exec(html)?.[1]
    expect(Number(value)).toBeCloseTo(0.1)
  })

  it('leaves out what depends on the day when no today is injected', () => {
    const html = renderToString(
      <KeyResultScorecard document={exampleDocument} keyResultId="kr-churn" />,
    )
    // The team's latest status, never a stale flag or a pace verdict the client might contradict.
    expect(html).toContain('data-status="on-track"')
    expect(html).not.toContain('data-stale')
    expect(html).toContain('Reported by the team on Mar 27, 2026')
  })
})

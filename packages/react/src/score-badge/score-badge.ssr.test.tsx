import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { OkrProvider } from '../provider/okr-provider'
import { StatusBadge } from '../status-badge/status-badge'
import { ScoreBadge } from './score-badge'

describe('badges on the server', () => {
  it('render to a string without a DOM', () => {
    expect(typeof window).toBe('undefined')
    const html = renderToString(
      <OkrProvider locale="zh-CN" theme="dark">
        <ScoreBadge score={0.7} provenance="manual" />
        <StatusBadge status="at-risk" stale />
      </OkrProvider>,
    )
    expect(html).toContain('data-grade="close"')
    expect(html).toContain('接近')
    expect(html).toContain('data-stale=""')
    expect(html).toContain('data-okr-theme="dark"')
  })
})

import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { axeViolations } from '../../test/axe'
import { OkrProvider, type OkrTheme } from '../provider/okr-provider'
import { StatusBadge } from '../status-badge/status-badge'
import { ScoreBadge } from './score-badge'

function Badges({ theme }: { theme: OkrTheme }) {
  return (
    <OkrProvider theme={theme}>
      <div data-okr-theme={theme} style={{ background: 'var(--okr-color-bg)', padding: 8 }}>
        {[0, 0.3, 0.7, 1].map((score) => (
          <ScoreBadge key={score} score={score} provenance="computed" />
        ))}
        <ScoreBadge score={undefined} />
        <StatusBadge status="on-track" />
        <StatusBadge status="at-risk" stale />
        <StatusBadge status="off-track" />
      </div>
    </OkrProvider>
  )
}

describe('badges in Chromium', () => {
  it.each(['light', 'dark'] as const)(
    'meet WCAG 2.2 AA contrast in the %s theme',
    async (theme) => {
      const { container } = render(<Badges theme={theme} />)
      expect(await axeViolations(container)).toEqual([])
    },
  )

  it('draw each grade in its own colours from the stylesheet', () => {
    const { container } = render(<Badges theme="light" />)
    const colours = new Set(
      [...container.querySelectorAll('.okr-ScoreBadge[data-grade]')].map(
        (el) => getComputedStyle(el).backgroundColor,
      ),
    )
    expect(colours.size).toBe(3)
    const badge = container.querySelector('.okr-ScoreBadge') as HTMLElement
    expect(getComputedStyle(badge).display).toBe('inline-flex')
  })
})

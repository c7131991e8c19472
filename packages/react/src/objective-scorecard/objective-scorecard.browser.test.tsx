import { exampleDocument } from '@okrkit/core'
import { render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { userEvent } from 'vitest/browser'
import { axeViolations } from '../../test/axe'
import { OkrProvider, type OkrTheme } from '../provider/okr-provider'
import { ObjectiveScorecard } from './objective-scorecard'

function Card({
  theme = 'light',
  onExpandedChange,
}: {
  theme?: OkrTheme
  onExpandedChange?: (open: boolean) => void
}) {
  return (
    <OkrProvider theme={theme} today="2026-03-31">
      <main data-okr-theme={theme} style={{ background: 'var(--okr-color-bg)', padding: 8 }}>
        <ObjectiveScorecard
          document={exampleDocument}
          objectiveId="obj-support-response"
          onExpandedChange={onExpandedChange}
        />
      </main>
    </OkrProvider>
  )
}

describe('ObjectiveScorecard in Chromium', { timeout: 30_000 }, () => {
  it('is operable by keyboard: scores explain themselves on focus, Enter and Space toggle details', async () => {
    const onExpandedChange = vi.fn()
    const { container } = render(<Card onExpandedChange={onExpandedChange} />)
    await userEvent.tab()
    const first = document.activeElement as HTMLElement
    expect(first.dataset.part).toBe('score-trigger')
    const tooltip = document.getElementById(first.getAttribute('aria-describedby') as string)
    expect(tooltip?.textContent).toBe('Scored by the team, Mar 27, 2026')
    expect(getComputedStyle(tooltip as HTMLElement).display).toBe('block')
    for (let i = 0; i < 4; i++) await userEvent.tab()
    expect(document.activeElement?.textContent).toBe('Details')
    expect(getComputedStyle(tooltip as HTMLElement).display).toBe('none')
    await userEvent.keyboard('{Enter}')
    const details = container.querySelector('details') as HTMLDetailsElement
    expect(details.open).toBe(true)
    expect(screen.getAllByRole('article')).toHaveLength(5)
    await userEvent.keyboard(' ')
    expect(details.open).toBe(false)
    expect(onExpandedChange.mock.calls).toEqual([[true], [false]])
  })

  it.each(['light', 'dark'] as const)(
    'meets WCAG 2.2 AA, contrast included, open, in the %s theme',
    async (theme) => {
      const { container } = render(<Card theme={theme} />)
      await userEvent.click(screen.getByText('Details'))
      expect(await axeViolations(container)).toEqual([])
    },
  )
})

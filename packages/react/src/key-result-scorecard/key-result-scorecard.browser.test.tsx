import { exampleDocument } from '@okrkit/core'
import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { axeViolations } from '../../test/axe'
import { OkrProvider, type OkrTheme } from '../provider/okr-provider'
import { KeyResultScorecard } from './key-result-scorecard'

function Cards({ theme, today }: { theme: OkrTheme; today: string }) {
  return (
    <OkrProvider theme={theme} today={today}>
      <main data-okr-theme={theme} style={{ background: 'var(--okr-color-bg)', padding: 8 }}>
        {['kr-nps', 'kr-first-response', 'kr-billing-escalations', 'kr-offline-mode'].map((id) => (
          <KeyResultScorecard key={id} document={exampleDocument} keyResultId={id} />
        ))}
      </main>
    </OkrProvider>
  )
}

describe('KeyResultScorecard in Chromium', { timeout: 30_000 }, () => {
  it.each([
    ['light', '2026-03-31'],
    ['dark', '2026-03-31'],
    ['light', '2026-02-14'],
    ['dark', '2026-02-14'],
  ] as const)(
    'meets WCAG 2.2 AA, contrast included, in the %s theme on %s',
    async (theme, today) => {
      const { container } = render(<Cards theme={theme} today={today} />)
      expect(await axeViolations(container)).toEqual([])
    },
  )

  it('marks the status on the card’s edge by colour and, when stale, by a dashed line', () => {
    const { container, rerender } = render(<Cards theme="light" today="2026-03-31" />)
    const [nps, firstResponse, escalations] = [
      ...container.querySelectorAll('.okr-KeyResultScorecard'),
    ] as HTMLElement[]
    const edge = (el: HTMLElement) => getComputedStyle(el).borderInlineStartColor
    expect(
      new Set([
        edge(nps as HTMLElement),
        edge(firstResponse as HTMLElement),
        edge(escalations as HTMLElement),
      ]).size,
    ).toBe(3)
    expect(getComputedStyle(nps as HTMLElement).borderInlineStartStyle).toBe('solid')
    rerender(<Cards theme="light" today="2026-02-14" />)
    expect(getComputedStyle(nps as HTMLElement).borderInlineStartStyle).toBe('dashed')
  })

  it('lays facts out as label and value columns with a visible progress bar', () => {
    const { container } = render(<Cards theme="light" today="2026-03-31" />)
    const card = container.querySelector('.okr-KeyResultScorecard') as HTMLElement
    const term = card.querySelector('[data-part="owner"] dt') as HTMLElement
    const value = card.querySelector('[data-part="owner"] dd') as HTMLElement
    expect(term.getBoundingClientRect().top).toBeCloseTo(value.getBoundingClientRect().top, 0)
    expect(value.getBoundingClientRect().left).toBeGreaterThan(term.getBoundingClientRect().right)
    const bar = card.querySelector('progress') as HTMLElement
    expect(bar.getBoundingClientRect().width).toBeGreaterThan(50)
  })
})

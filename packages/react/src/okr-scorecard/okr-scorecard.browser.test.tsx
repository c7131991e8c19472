import { exampleDocument } from '@okrkit/core'
import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { userEvent } from 'vitest/browser'
import { axeViolations } from '../../test/axe'
import { OkrProvider, type OkrTheme } from '../provider/okr-provider'
import { OkrScorecard } from './okr-scorecard'

function Board({ theme = 'light', today = '2026-03-31' }: { theme?: OkrTheme; today?: string }) {
  return (
    <OkrProvider theme={theme} today={today}>
      <main data-okr-theme={theme} style={{ background: 'var(--okr-color-bg)', padding: 8 }}>
        <OkrScorecard document={exampleDocument} />
      </main>
    </OkrProvider>
  )
}

const shown = (el: Element | null) => getComputedStyle(el as Element).display !== 'none'

describe('OkrScorecard in Chromium', { timeout: 30_000 }, () => {
  it('shows a score’s provenance on hover and hides it again when the pointer leaves', async () => {
    render(<Board />)
    const trigger = screen.getAllByRole('button', {
      description: 'Scored by the team, Mar 27, 2026',
    })[0] as HTMLElement
    const tooltip = screen.getAllByRole('tooltip', { hidden: true })[2] as HTMLElement
    expect(trigger.getAttribute('aria-describedby')).toBe(tooltip.id)
    expect(shown(tooltip)).toBe(false)
    await userEvent.hover(trigger)
    expect(shown(tooltip)).toBe(true)
    // The tooltip sits beside its score, touching it, so the pointer may move onto it (WCAG 1.4.13).
    expect(tooltip.getBoundingClientRect().right).toBeCloseTo(
      trigger.getBoundingClientRect().left,
      0,
    )
    const triggerMiddle =
      (trigger.getBoundingClientRect().top + trigger.getBoundingClientRect().bottom) / 2
    expect(tooltip.getBoundingClientRect().top).toBeLessThan(triggerMiddle)
    expect(tooltip.getBoundingClientRect().bottom).toBeGreaterThan(triggerMiddle)
    await userEvent.hover(tooltip)
    expect(shown(tooltip)).toBe(true)
    await userEvent.unhover(tooltip)
    await userEvent.hover(screen.getByRole('table').querySelector('caption') as HTMLElement)
    expect(shown(tooltip)).toBe(false)
  })

  it('shows it on keyboard focus, and Escape dismisses it', async () => {
    render(<Board />)
    const trigger = screen.getAllByRole('button', {
      description: 'Scored by the team, Mar 27, 2026',
    })[0] as HTMLElement
    const tooltip = document.getElementById(trigger.getAttribute('aria-describedby') as string)
    trigger.focus()
    expect(document.activeElement).toBe(trigger)
    expect(shown(tooltip)).toBe(true)
    await userEvent.keyboard('{Escape}')
    expect(shown(tooltip)).toBe(false)
    await userEvent.tab()
    await userEvent.tab({ shift: true })
    expect(document.activeElement).toBe(trigger)
    expect(shown(tooltip)).toBe(true)
  })

  it('sorts from the keyboard through the column header buttons', async () => {
    render(<Board />)
    const header = screen.getByRole('columnheader', { name: 'Score' })
    within(header).getByRole('button').focus()
    await userEvent.keyboard('{Enter}')
    expect(header.getAttribute('aria-sort')).toBe('ascending')
    await userEvent.keyboard(' ')
    expect(header.getAttribute('aria-sort')).toBe('descending')
    expect(document.activeElement).toBe(within(header).getByRole('button'))
  })

  it('filters from the keyboard', async () => {
    render(<Board />)
    screen.getByRole('checkbox', { name: 'On track' }).focus()
    await userEvent.keyboard(' ')
    expect(screen.getByRole('status').textContent).toBe('Key results shown: 6 of 14')
  })

  it.each([
    ['light', '2026-03-31'],
    ['dark', '2026-03-31'],
    ['light', '2026-02-14'],
    ['dark', '2026-02-14'],
  ] as const)(
    'meets WCAG 2.2 AA, contrast and target size included, in the %s theme on %s',
    async (theme, today) => {
      const { container } = render(<Board theme={theme} today={today} />)
      expect(await axeViolations(container)).toEqual([])
      // A tooltip on screen keeps its contrast too.
      const trigger = screen.getAllByRole('button', {
        description: /Mean of the team/,
      })[0] as HTMLElement
      trigger.focus()
      expect(await axeViolations(container)).toEqual([])
    },
  )
})

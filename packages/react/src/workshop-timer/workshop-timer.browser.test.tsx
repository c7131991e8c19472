import { render } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { userEvent } from 'vitest/browser'
import { axeViolations } from '../../test/axe'
import { OkrProvider, type OkrTheme } from '../provider/okr-provider'
import { WorkshopTimer } from './workshop-timer'

describe('WorkshopTimer in Chromium', () => {
  it('runs from the keyboard and counts down in real time', async () => {
    const onStateChange = vi.fn()
    const { getByRole } = render(<WorkshopTimer onStateChange={onStateChange} />)
    getByRole('button', { name: 'Previous step' }).focus()
    await userEvent.tab()
    const toggle = getByRole('button', { name: 'Start' })
    expect(document.activeElement).toBe(toggle)
    expect(getComputedStyle(toggle).outlineStyle).toBe('solid')
    await userEvent.keyboard(' ')
    expect(toggle.textContent).toBe('Pause')
    expect(document.activeElement).toBe(toggle)
    await expect.poll(() => getByRole('timer').textContent, { timeout: 3000 }).toBe('9:59')
    await userEvent.keyboard('{Enter}')
    expect(toggle.textContent).toBe('Resume')
    expect(onStateChange).toHaveBeenCalledTimes(2)
    expect(onStateChange.mock.lastCall?.[0].elapsedMs).toBeGreaterThanOrEqual(1000)
  })

  it('keeps focus on a control that stops applying', async () => {
    const { getByRole } = render(
      <WorkshopTimer defaultState={{ stepIndex: 1, elapsedMs: 0, runningSince: null }} />,
    )
    const previous = getByRole('button', { name: 'Previous step' })
    previous.focus()
    await userEvent.keyboard('{Enter}')
    expect(getByRole('timer').textContent).toBe('10:00')
    expect(previous.getAttribute('aria-disabled')).toBe('true')
    expect(document.activeElement).toBe(previous)
    await userEvent.keyboard('{Enter}')
    expect(getByRole('timer').textContent).toBe('10:00')
  })

  it('fits a narrow container: the controls wrap instead of overflowing', () => {
    const { container } = render(
      <div style={{ width: 240 }}>
        <WorkshopTimer />
      </div>,
    )
    const root = container.querySelector('.okr-WorkshopTimer') as HTMLElement
    expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth)
    const controls = root.querySelector('[data-part="controls"]') as HTMLElement
    const tops = new Set(
      [...controls.children].map((b) => Math.round(b.getBoundingClientRect().top)),
    )
    expect(tops.size).toBeGreaterThan(1)
  })

  it.each(['light', 'dark'] as OkrTheme[])('meets WCAG 2.2 AA in the %s theme', async (theme) => {
    const { container } = render(
      <OkrProvider theme={theme}>
        <div data-okr-theme={theme} style={{ background: 'var(--okr-color-bg)', padding: 16 }}>
          <WorkshopTimer />
          <WorkshopTimer defaultState={{ stepIndex: 1, elapsedMs: 400_000, runningSince: null }} />
          <WorkshopTimer defaultState={{ stepIndex: 7, elapsedMs: 0, runningSince: null }} />
        </div>
      </OkrProvider>,
    )
    expect(container.querySelector('[data-overtime]')).not.toBeNull()
    expect(await axeViolations(container)).toEqual([])
  })
})

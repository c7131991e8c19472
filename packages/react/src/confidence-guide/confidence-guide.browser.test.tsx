import { render } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { userEvent } from 'vitest/browser'
import { axeViolations } from '../../test/axe'
import { OkrProvider, type OkrTheme } from '../provider/okr-provider'
import { ConfidenceGuide } from './confidence-guide'

describe('ConfidenceGuide in Chromium', () => {
  it('moves the confidence with the keyboard and updates the guidance', async () => {
    const onConfidenceChange = vi.fn()
    const { getByRole, container } = render(
      <ConfidenceGuide defaultConfidence={0.5} onConfidenceChange={onConfidenceChange} />,
    )
    const input = getByRole('slider') as HTMLInputElement
    input.focus()
    await userEvent.keyboard('{ArrowRight}')
    expect(onConfidenceChange).toHaveBeenLastCalledWith(0.51)
    await userEvent.keyboard('{PageUp}{PageUp}{PageUp}')
    expect(onConfidenceChange).toHaveBeenLastCalledWith(0.81)
    await userEvent.keyboard('{ArrowLeft}')
    expect(onConfidenceChange).toHaveBeenLastCalledWith(0.8)
    expect(input.getAttribute('aria-valuetext')).toBe('80%: expect a score of 0.70 (Safe)')
    const root = container.firstElementChild as HTMLElement
    expect(root.dataset.ambition).toBe('safe')
    await userEvent.keyboard('{Home}')
    expect(onConfidenceChange).toHaveBeenLastCalledWith(0)
    expect(root.dataset.ambition).toBe('unrealistic')
  })

  it('flags a calibration issue when the field is left, and clears it when fixed', async () => {
    const { getByRole, container } = render(<ConfidenceGuide showCalibration />)
    const start = getByRole('spinbutton', { name: /^Start/ }) as HTMLInputElement
    const fifty = getByRole('spinbutton', { name: /^50\/50/ }) as HTMLInputElement
    const eighty = getByRole('spinbutton', { name: /^80\/20/ }) as HTMLInputElement
    await userEvent.click(start)
    await userEvent.keyboard('30')
    await userEvent.tab()
    expect(document.activeElement).toBe(fifty)
    await userEvent.keyboard('50')
    await userEvent.tab()
    await userEvent.keyboard('55')
    expect(eighty.hasAttribute('aria-invalid')).toBe(false)
    await userEvent.tab()
    expect(eighty.getAttribute('aria-invalid')).toBe('true')
    const error = container.querySelector(`#${CSS.escape(`${eighty.id}-error`)}`) as HTMLElement
    expect(error.textContent).toContain('must lie between the start (30)')
    expect(getComputedStyle(error).color).not.toBe(
      getComputedStyle(container.firstElementChild as Element).color,
    )
    await userEvent.click(eighty)
    await userEvent.keyboard('{Backspace}{Backspace}44')
    expect(eighty.hasAttribute('aria-invalid')).toBe(false)
    expect(error.textContent).toBe('')
    expect(container.querySelector('[data-part="result"]')?.textContent).toContain('Put 1.0 at 50.')
  })

  it('scales the curve down to a narrow container', () => {
    const { getByRole } = render(
      <div style={{ width: 200 }}>
        <ConfidenceGuide />
      </div>,
    )
    const image = (
      getByRole('figure').querySelector('svg') as SVGSVGElement
    ).getBoundingClientRect()
    expect(Math.round(image.width)).toBe(200)
    expect(Math.round(image.height)).toBe(Math.round((200 * 176) / 280))
  })

  it.each(['light', 'dark'] as OkrTheme[])('meets WCAG 2.2 AA in the %s theme', async (theme) => {
    const { container } = render(
      <OkrProvider theme={theme}>
        <div data-okr-theme={theme} style={{ background: 'var(--okr-color-bg)', padding: 16 }}>
          <ConfidenceGuide
            defaultConfidence={0.8}
            showCalibration
            defaultCalibration={{ start: 30, fiftyFifty: 50, eightyTwenty: 60 }}
          />
          <ConfidenceGuide
            commitment="committed"
            defaultConfidence={0.95}
            showCalibration
            defaultCalibration={{ start: 30, fiftyFifty: 50, eightyTwenty: 44 }}
          />
          <ConfidenceGuide readOnly defaultConfidence={0.2} />
        </div>
      </OkrProvider>,
    )
    expect(await axeViolations(container)).toEqual([])
  })
})

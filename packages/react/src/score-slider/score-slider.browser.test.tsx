import { render } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { userEvent } from 'vitest/browser'
import { axeViolations } from '../../test/axe'
import { OkrProvider, type OkrTheme } from '../provider/okr-provider'
import { ScoreSlider } from './score-slider'

function Themed({ theme, children }: { theme: OkrTheme; children: React.ReactNode }) {
  return (
    <OkrProvider theme={theme}>
      <div data-okr-theme={theme} style={{ background: 'var(--okr-color-bg)', padding: 16 }}>
        {children}
      </div>
    </OkrProvider>
  )
}

describe('ScoreSlider in Chromium', () => {
  it('is operated with the keyboard: arrows by the step, Page Up/Down by 0.1, Home/End', async () => {
    const onValueChange = vi.fn()
    const { getByRole } = render(
      <div style={{ width: 320 }}>
        <button type="button">before</button>
        <ScoreSlider defaultValue={0.7} onValueChange={onValueChange} />
      </div>,
    )
    getByRole('button').focus()
    await userEvent.tab()
    const input = getByRole('slider') as HTMLInputElement
    expect(document.activeElement).toBe(input)
    expect(getComputedStyle(input).outlineStyle).toBe('solid')

    const steps: [string, number, string][] = [
      ['{ArrowRight}', 0.75, '0.75 — Close'],
      ['{ArrowUp}', 0.8, '0.80 — Close'],
      ['{ArrowLeft}', 0.75, '0.75 — Close'],
      ['{ArrowDown}', 0.7, '0.70 — Close'],
      ['{PageUp}', 0.8, '0.80 — Close'],
      ['{PageDown}', 0.7, '0.70 — Close'],
      ['{End}', 1, '1.00 — Met'],
      ['{Home}', 0, '0.00 — Missed'],
    ]
    for (const [key, value, text] of steps) {
      await userEvent.keyboard(key)
      expect(onValueChange, key).toHaveBeenLastCalledWith(value)
      expect(input.getAttribute('aria-valuetext'), key).toBe(text)
    }
    expect(onValueChange).toHaveBeenCalledTimes(steps.length)
  })

  it('puts each mark under the thumb’s centre at its score, and a click there selects it', async () => {
    const onValueChange = vi.fn()
    const { getByRole, container } = render(
      <div style={{ width: 400 }}>
        <ScoreSlider onValueChange={onValueChange} />
      </div>,
    )
    const input = getByRole('slider') as HTMLInputElement
    const track = input.getBoundingClientRect()
    const thumb = Number.parseFloat(getComputedStyle(input).height)
    const centreAt = (score: number) => track.left + thumb / 2 + score * (track.width - thumb)
    for (const grade of ['missed', 'close']) {
      const mark = container.querySelector(
        `[data-part="mark"][data-grade="${grade}"]`,
      ) as HTMLElement
      const box = mark.getBoundingClientRect()
      const expected = centreAt(grade === 'missed' ? 0.3 : 0.7)
      expect(Math.abs(box.left + box.width / 2 - expected), grade).toBeLessThan(1)
    }
    // The 1.0 mark ends with the track rather than overflowing it.
    const met = container.querySelector('[data-part="mark"][data-grade="met"]') as HTMLElement
    expect(met.getBoundingClientRect().right).toBeLessThanOrEqual(track.right + 0.5)
    await userEvent.click(input, {
      position: { x: centreAt(0.7) - track.left, y: track.height / 2 },
    })
    expect(onValueChange).toHaveBeenLastCalledWith(0.7)
  })

  it('does not respond when read-only, and says why', async () => {
    const onValueChange = vi.fn()
    const { getByRole } = render(
      <ScoreSlider readOnly defaultValue={0.7} onValueChange={onValueChange} />,
    )
    const input = getByRole('slider') as HTMLInputElement
    await userEvent.click(input, { force: true })
    expect(onValueChange).not.toHaveBeenCalled()
    expect(input.value).toBe('0.7')
  })

  it.each(['light', 'dark'] as const)('meets WCAG 2.2 AA in the %s theme', async (theme) => {
    const { container } = render(
      <Themed theme={theme}>
        <ScoreSlider defaultValue={0.7} />
        <ScoreSlider defaultValue={0.2} label="Reopened tickets" />
        <ScoreSlider readOnly defaultValue={1} label="Last quarter" />
      </Themed>,
    )
    expect(await axeViolations(container)).toEqual([])
  })
})

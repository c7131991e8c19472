import { OkrRangeError } from '@okrkit/core'
import { act, fireEvent, render, renderHook, screen } from '@testing-library/react'
import { createRef, useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { axeViolations } from '../../test/axe'
import { takeConsoleMessages } from '../../test/setup'
import { UI_MESSAGES } from '../i18n/catalog'
import { OkrProvider } from '../provider/okr-provider'
import { ScoreSlider } from './score-slider'
import { snapScore, useScoreSlider } from './use-score-slider'

const { en: uiEn, 'zh-CN': uiZhCN } = UI_MESSAGES

const slider = () => screen.getByRole('slider') as HTMLInputElement
const root = (container: HTMLElement) => container.firstElementChild as HTMLElement

function SliderHost() {
  const [score, setScore] = useState(0.5)
  return (
    <>
      <ScoreSlider value={score} onValueChange={setScore} />
      <p data-testid="saved">{score}</p>
    </>
  )
}

describe('ScoreSlider', () => {
  it('is a native 0–1 range, labelled "Score" by default, with a readout and value text', () => {
    const { container } = render(<ScoreSlider />)
    const input = screen.getByRole('slider', { name: 'Score' }) as HTMLInputElement
    expect(input.type).toBe('range')
    expect([input.min, input.max, input.step, input.value]).toEqual(['0', '1', '0.05', '0'])
    expect(input.getAttribute('aria-valuetext')).toBe('0.00 — Missed')
    expect(container.querySelector('output')?.textContent).toBe('0.00 Missed')
    expect(container.querySelector('output')?.htmlFor.value).toBe(input.id)
    expect(root(container).className).toBe('okr okr-ScoreSlider')
    expect(root(container).dataset.grade).toBe('missed')
  })

  it('keeps its own score when uncontrolled and reports every change', () => {
    const onValueChange = vi.fn()
    const { container } = render(<ScoreSlider defaultValue={0.7} onValueChange={onValueChange} />)
    expect(slider().value).toBe('0.7')
    fireEvent.change(slider(), { target: { value: '0.85' } })
    fireEvent.change(slider(), { target: { value: '0.4' } })
    expect(onValueChange.mock.calls).toEqual([[0.85], [0.4]])
    expect(slider().value).toBe('0.4')
    expect(slider().getAttribute('aria-valuetext')).toBe('0.40 — Missed')
    expect(root(container).dataset.grade).toBe('missed')
  })

  it('follows value when controlled and only asks the parent to change it', () => {
    const onValueChange = vi.fn()
    const { rerender } = render(<ScoreSlider value={0.3} onValueChange={onValueChange} />)
    fireEvent.change(slider(), { target: { value: '0.55' } })
    expect(onValueChange).toHaveBeenCalledWith(0.55)
    expect(slider().value).toBe('0.3')
    rerender(<ScoreSlider value={0.55} onValueChange={onValueChange} />)
    expect(slider().getAttribute('aria-valuetext')).toBe('0.55 — Close')
  })

  it('works with a parent that owns the state', () => {
    render(<SliderHost />)
    fireEvent.change(slider(), { target: { value: '0.95' } })
    expect(screen.getByTestId('saved').textContent).toBe('0.95')
    expect(slider().getAttribute('aria-valuetext')).toBe('0.95 — Met')
  })

  it('draws the play’s marks with their meaning and lists them in a datalist', () => {
    const { container } = render(<ScoreSlider defaultValue={0.7} />)
    const marks = [...container.querySelectorAll<HTMLElement>('[data-part="mark"]')]
    expect(marks.map((m) => m.textContent)).toEqual(['0.3Missed', '0.7Close', '1.0Met'])
    expect(marks.map((m) => m.title)).toEqual([
      'We missed the mark.',
      'We came very close.',
      'We met or exceeded the target. Maybe set a harder one next time.',
    ])
    expect(marks.map((m) => m.hasAttribute('data-current'))).toEqual([false, true, false])
    expect(container.querySelector('[data-part="marks"]')?.getAttribute('aria-hidden')).toBe('true')
    const list = document.getElementById(slider().getAttribute('list') as string)
    expect(list?.tagName).toBe('DATALIST')
    expect([...(list?.querySelectorAll('option') ?? [])].map((o) => [o.value, o.label])).toEqual([
      ['0.3', 'Missed'],
      ['0.7', 'Close'],
      ['1', 'Met'],
    ])
  })

  it('shows and links the sentence for the current grade', () => {
    render(<ScoreSlider defaultValue={0.3} aria-describedby="extra" />)
    expect(slider().getAttribute('aria-describedby')).toMatch(/^extra \S+$/)
    expect(screen.getByText('We missed the mark.').id).toBe(
      slider().getAttribute('aria-describedby')?.split(' ')[1],
    )
    fireEvent.change(slider(), { target: { value: '1' } })
    expect(screen.getByText(/We met or exceeded the target/).dataset.part).toBe('description')
  })

  it('leaves the description out when asked to', () => {
    const { container } = render(<ScoreSlider showDescription={false} />)
    expect(container.querySelector('[data-part="description"]')).toBeNull()
    expect(slider().hasAttribute('aria-describedby')).toBe(false)
  })

  it('is named by aria-labelledby or aria-label instead of a visible label', () => {
    const { container, unmount } = render(
      <>
        <span id="kr-title">NPS score</span>
        <ScoreSlider aria-labelledby="kr-title" />
      </>,
    )
    expect(screen.getByRole('slider', { name: 'NPS score' })).toBeTruthy()
    expect(container.querySelector('label')).toBeNull()
    unmount()
    render(<ScoreSlider aria-label="Final score" />)
    expect(screen.getByRole('slider', { name: 'Final score' })).toBeTruthy()
  })

  it('takes a custom label, input id and name, and submits with a form', () => {
    const { container } = render(
      <form>
        <ScoreSlider label="Q1 score" id="q1" name="score" defaultValue={0.65} />
      </form>,
    )
    expect(screen.getByRole('slider', { name: 'Q1 score' }).id).toBe('q1')
    const data = new FormData(container.querySelector('form') as HTMLFormElement)
    expect(data.get('score')).toBe('0.65')
  })

  it('rounds to a configurable step', () => {
    const onValueChange = vi.fn()
    render(<ScoreSlider step={0.1} onValueChange={onValueChange} />)
    expect(slider().step).toBe('0.1')
    fireEvent.change(slider(), { target: { value: '0.3' } })
    expect(onValueChange).toHaveBeenLastCalledWith(0.3)
    expect(snapScore(0.72, 0.05)).toBe(0.7)
    expect(snapScore(0.1 + 0.05, 0.05)).toBe(0.15)
    expect(snapScore(0.333, 0.01)).toBe(0.33)
    expect(snapScore(1.3, 0.05)).toBe(1)
    expect(snapScore(-0.2, 0.05)).toBe(0)
    expect(snapScore(Number.NaN, 0.05)).toBe(0)
  })

  it('shows an out-of-range score clamped, without reporting a change', () => {
    const onValueChange = vi.fn()
    const { container } = render(<ScoreSlider value={1.4} onValueChange={onValueChange} />)
    expect(slider().value).toBe('1')
    expect(root(container).dataset.grade).toBe('met')
    expect(onValueChange).not.toHaveBeenCalled()
  })

  it('grades with configured bands', () => {
    const { container } = render(<ScoreSlider defaultValue={0.7} bands={{ met: 0.7 }} />)
    expect(root(container).dataset.grade).toBe('met')
    expect(slider().getAttribute('aria-valuetext')).toBe('0.70 — Met')
  })

  it('lets the consumer’s onChange veto the change', () => {
    const onValueChange = vi.fn()
    render(
      <ScoreSlider
        defaultValue={0.5}
        onValueChange={onValueChange}
        onChange={(event) => {
          if (Number(event.currentTarget.value) > 0.9) event.preventDefault()
        }}
      />,
    )
    fireEvent.change(slider(), { target: { value: '1' } })
    expect(onValueChange).not.toHaveBeenCalled()
    expect(slider().value).toBe('0.5')
    fireEvent.change(slider(), { target: { value: '0.6' } })
    expect(onValueChange).toHaveBeenCalledWith(0.6)
  })

  it('can be disabled', () => {
    const { container } = render(<ScoreSlider disabled defaultValue={0.7} />)
    expect(slider().disabled).toBe(true)
    expect(root(container).hasAttribute('data-disabled')).toBe(true)
    expect(root(container).hasAttribute('data-readonly')).toBe(false)
  })

  it('is read-only as a disabled input that says why', () => {
    const { container } = render(<ScoreSlider readOnly defaultValue={0.7} />)
    expect(slider().disabled).toBe(true)
    expect(root(container).hasAttribute('data-readonly')).toBe(true)
    const reason = screen.getByText('Read-only')
    expect(slider().getAttribute('aria-describedby')?.split(' ')).toContain(reason.id)
    expect(slider().getAttribute('aria-valuetext')).toBe('0.70 — Close')
  })

  it('speaks Chinese with the play’s wording and honours overrides', () => {
    const { container } = render(
      <OkrProvider locale="zh-CN" messages={{ 'grade.met': '达成' }}>
        <ScoreSlider defaultValue={0.7} />
      </OkrProvider>,
    )
    expect(screen.getByRole('slider', { name: '分数' }).getAttribute('aria-valuetext')).toBe(
      '0.70(接近)',
    )
    expect(
      [...container.querySelectorAll('[data-part="mark-label"]')].map((m) => m.textContent),
    ).toEqual(['未达到', '接近', '达成'])
    expect(screen.getByText('我们非常接近目标。')).toBeTruthy()
  })

  it('passes props, class names, ref and theme to the root', () => {
    const ref = createRef<HTMLDivElement>()
    const { container } = render(
      <OkrProvider theme="dark">
        <ScoreSlider ref={ref} className="mine" data-testid="s" style={{ maxWidth: 300 }} />
      </OkrProvider>,
    )
    const element = root(container)
    expect(ref.current).toBe(element)
    expect(element.className).toBe('okr okr-ScoreSlider mine')
    expect(element.dataset.okrTheme).toBe('dark')
    expect(element.style.maxWidth).toBe('300px')
    expect(element.style.getPropertyValue('--okr-score-slider-value')).toBe('0')
  })

  it('has a headless hook that snaps what it is given to the step', () => {
    const onValueChange = vi.fn()
    const { result } = renderHook(() => useScoreSlider({ defaultValue: 0.7, onValueChange }))
    expect(result.current.valueText).toBe('0.70 — Close')
    expect(result.current.marks.map((m) => [m.value, m.grade, m.label])).toEqual([
      [0.3, 'missed', 'Missed'],
      [0.7, 'close', 'Close'],
      [1, 'met', 'Met'],
    ])
    act(() => result.current.setValue(0.87))
    expect(onValueChange).toHaveBeenLastCalledWith(0.85)
    expect(result.current.grade).toBe('met')
    act(() => result.current.setValue(7))
    expect(result.current.value).toBe(1)
  })

  it('throws a typed error for an impossible step', () => {
    expect(() => renderHook(() => useScoreSlider({ step: 0 }))).toThrow(OkrRangeError)
    takeConsoleMessages()
  })

  it('has the same placeholders in both catalogs', () => {
    const keys = Object.keys(uiEn).filter((key) => key.startsWith('ui.scoreSlider.'))
    expect(keys.length).toBeGreaterThan(0)
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
    for (const key of keys as (keyof typeof uiEn)[]) {
      expect(placeholders(uiZhCN[key]), key).toEqual(placeholders(uiEn[key]))
    }
  })

  it('has no axe violations, read-only included', async () => {
    const { container } = render(
      <>
        <ScoreSlider defaultValue={0.7} />
        <ScoreSlider readOnly defaultValue={0.3} label="Last quarter" />
      </>,
    )
    expect(await axeViolations(container)).toEqual([])
  })
})

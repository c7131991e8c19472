import { fireEvent, render, screen, within } from '@testing-library/react'
import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { axeViolations } from '../../test/axe'
import { UI_MESSAGES } from '../i18n/catalog'
import { OkrProvider } from '../provider/okr-provider'
import { ConfidenceGuide } from './confidence-guide'
import type { CalibrationDraft } from './use-confidence-guide'

const { en: uiEn, 'zh-CN': uiZhCN } = UI_MESSAGES

const range = () => screen.getByRole('slider') as HTMLInputElement
const root = (container: HTMLElement) => container.firstElementChild as HTMLElement
const part = (container: HTMLElement, name: string) =>
  container.querySelector(`[data-part="${name}"]`) as HTMLElement
const field = (name: RegExp | string) =>
  screen.getByRole('spinbutton', { name }) as HTMLInputElement

function ConfidenceHost() {
  const [confidence, setConfidence] = useState(0.3)
  return (
    <>
      <ConfidenceGuide confidence={confidence} onConfidenceChange={setConfidence} />
      <p data-testid="saved">{confidence}</p>
    </>
  )
}

function CalibrationHost() {
  const [draft, setDraft] = useState<CalibrationDraft>({ start: 0, fiftyFifty: 10 })
  return (
    <>
      <ConfidenceGuide showCalibration calibration={draft} onCalibrationChange={setDraft} />
      <p data-testid="saved">{JSON.stringify(draft)}</p>
    </>
  )
}

describe('ConfidenceGuide', () => {
  it('starts at 50/50 odds: 1.0 is the target, a stretch that suits an aspirational KR', () => {
    const { container } = render(<ConfidenceGuide />)
    const input = screen.getByRole('slider', { name: 'Confidence' }) as HTMLInputElement
    expect([input.min, input.max, input.step, input.value]).toEqual(['0', '100', '1', '50'])
    expect(input.getAttribute('aria-valuetext')).toBe('50%: expect a score of 1.00 (Stretch)')
    expect(part(container, 'output').textContent).toBe('50%')
    expect(part(container, 'expected-score').textContent).toBe('Expected score1.00')
    expect(part(container, 'verdict').textContent).toBe(
      'AmbitionStretch · right for an aspirational key result',
    )
    expect(part(container, 'advice').textContent).toContain('at 50% odds')
    expect(root(container).dataset.ambition).toBe('stretch')
    expect(root(container).dataset.commitment).toBe('aspirational')
    expect(root(container).hasAttribute('data-fits')).toBe(true)
    expect(input.getAttribute('aria-describedby')).toBe(part(container, 'hint').id)
  })

  it('expects 0.7 at 80/20 odds, which is too safe for a stretch goal; 60% is a stretch', () => {
    const onConfidenceChange = vi.fn()
    const { container } = render(
      <ConfidenceGuide defaultConfidence={0.8} onConfidenceChange={onConfidenceChange} />,
    )
    expect(range().getAttribute('aria-valuetext')).toBe('80%: expect a score of 0.70 (Safe)')
    expect(part(container, 'expected-score').textContent).toBe('Expected score0.70')
    expect(root(container).dataset.ambition).toBe('safe')
    expect(root(container).hasAttribute('data-fits')).toBe(false)
    expect(part(container, 'verdict').textContent).toContain(
      'Safe · not right for an aspirational key result',
    )
    expect(part(container, 'advice').textContent).toBe(
      'Too safe: at 80% odds this target will most likely be met. Raise it until the team gives it about 50/50 odds.',
    )
    fireEvent.change(range(), { target: { value: '60' } })
    expect(onConfidenceChange).toHaveBeenCalledWith(0.6)
    expect(part(container, 'expected-score').textContent).toBe('Expected score0.91')
    expect(root(container).dataset.ambition).toBe('stretch')
    expect(root(container).hasAttribute('data-fits')).toBe(true)
    fireEvent.change(range(), { target: { value: '20' } })
    expect(root(container).dataset.ambition).toBe('unrealistic')
    expect(range().getAttribute('aria-valuetext')).toBe('20%: expect a score of 1.30 (Unrealistic)')
  })

  it('follows confidence when controlled', () => {
    render(<ConfidenceHost />)
    fireEvent.change(range(), { target: { value: '75' } })
    expect(screen.getByTestId('saved').textContent).toBe('0.75')
    expect(range().value).toBe('75')

    const onConfidenceChange = vi.fn()
    const { container } = render(
      <ConfidenceGuide confidence={0.6} onConfidenceChange={onConfidenceChange} />,
    )
    const fixed = within(container).getByRole('slider') as HTMLInputElement
    fireEvent.change(fixed, { target: { value: '65' } })
    expect(onConfidenceChange).toHaveBeenCalledWith(0.65)
    expect(fixed.value).toBe('60')
  })

  it('clamps a confidence outside 0–1 and reads a non-number as 50/50', () => {
    const { container, rerender } = render(<ConfidenceGuide confidence={1.3} />)
    expect(part(container, 'output').textContent).toBe('100%')
    rerender(<ConfidenceGuide confidence={Number.NaN} />)
    expect(part(container, 'output').textContent).toBe('50%')
    expect(range().value).toBe('50')
  })

  it('judges committed key results by their own bands', () => {
    const { container, rerender } = render(
      <ConfidenceGuide commitment="committed" confidence={0.95} />,
    )
    expect(root(container).dataset.ambition).toBe('safe')
    expect(root(container).hasAttribute('data-fits')).toBe(true)
    expect(part(container, 'verdict').textContent).toContain('right for a committed key result')
    rerender(<ConfidenceGuide commitment="committed" confidence={0.6} />)
    expect(root(container).dataset.ambition).toBe('stretch')
    expect(root(container).hasAttribute('data-fits')).toBe(false)
    expect(part(container, 'advice').textContent).toBe(
      'Risky for a commitment: at 60% odds, lower the target or make it aspirational.',
    )
  })

  it('takes a coarser step and a custom label', () => {
    render(<ConfidenceGuide step={0.05} label="How sure are we?" defaultConfidence={0.55} />)
    const input = screen.getByRole('slider', { name: 'How sure are we?' }) as HTMLInputElement
    expect(input.step).toBe('5')
    expect(input.value).toBe('55')
  })

  it('takes custom ambition thresholds', () => {
    const { container } = render(
      <ConfidenceGuide confidence={0.9} thresholds={{ aspirational: { safeFrom: 0.95 } }} />,
    )
    expect(root(container).dataset.ambition).toBe('stretch')
  })

  it('draws the curve with its anchors in a captioned figure, with a table as its text', () => {
    const { container } = render(<ConfidenceGuide defaultConfidence={0.8} />)
    const figure = screen.getByRole('figure', {
      name: 'The score to expect for the odds: a target with 50/50 odds is 1.0; with 80/20 odds, expect 0.7.',
    })
    const drawing = figure.querySelector('svg') as SVGSVGElement
    expect(drawing.getAttribute('aria-hidden')).toBe('true')
    expect(drawing.querySelectorAll('[data-part="anchor"]')).toHaveLength(2)
    const table = screen.getByRole('table', { name: 'Expected score by confidence' })
    const rows = [...table.querySelectorAll('tbody tr')].map((row) => row.textContent)
    expect(rows).toEqual([
      '20%1.30',
      '30%1.19',
      '40%1.09',
      '50%1.00',
      '60%0.91',
      '70%0.81',
      '80%0.70',
      '90%0.54',
    ])
    expect(
      [...table.querySelectorAll('tbody tr[data-anchor]')].map((row) => row.textContent),
    ).toEqual(['50%1.00', '80%0.70'])
    const marker = () => part(container, 'current').getAttribute('cx')
    const before = marker()
    fireEvent.change(range(), { target: { value: '50' } })
    expect(marker()).not.toBe(before)
  })

  it('leaves the curve out when asked to', () => {
    const { container } = render(<ConfidenceGuide showCurve={false} />)
    expect(screen.queryByRole('figure')).toBeNull()
    expect(container.querySelector('svg')).toBeNull()
  })

  describe('calibration', () => {
    it('places 1.0 at the 50/50 forecast and checks the 80/20 one scores about 0.7', () => {
      const onCalibrationChange = vi.fn()
      const { container } = render(
        <ConfidenceGuide showCalibration onCalibrationChange={onCalibrationChange} />,
      )
      expect(screen.getByRole('group', { name: 'Calibrate the target' })).toBeTruthy()
      const result = part(container, 'result')
      expect(result.textContent).toBe('Enter all three numbers to place the target.')
      fireEvent.change(field(/^Start/), { target: { value: '30' } })
      fireEvent.change(field(/^50\/50 forecast/), { target: { value: '50' } })
      fireEvent.change(field(/^80\/20 forecast/), { target: { value: '44' } })
      expect(onCalibrationChange.mock.calls).toEqual([
        [{ start: 30 }],
        [{ start: 30, fiftyFifty: 50 }],
        [{ start: 30, fiftyFifty: 50, eightyTwenty: 44 }],
      ])
      expect(result.textContent).toBe(
        'Put 1.0 at 50. The 80/20 outcome would then score 0.70: about the 0.7 the play expects.',
      )
      expect(result.hasAttribute('data-consistent')).toBe(true)
    })

    it('says when the forecasts are too close together or too far apart', () => {
      const { container } = render(
        <ConfidenceGuide
          showCalibration
          defaultCalibration={{ start: 30, fiftyFifty: 50, eightyTwenty: 48 }}
        />,
      )
      const result = part(container, 'result')
      expect(result.textContent).toContain('score 0.90, above the 0.7 the play expects')
      expect(result.hasAttribute('data-consistent')).toBe(false)
      fireEvent.change(field(/^80\/20 forecast/), { target: { value: '36' } })
      expect(result.textContent).toContain('score 0.30, below the 0.7 the play expects')
    })

    it('works for a metric that should go down', () => {
      const { container } = render(
        <ConfidenceGuide
          showCalibration
          defaultCalibration={{ start: 6, fiftyFifty: 2, eightyTwenty: 3.2 }}
        />,
      )
      expect(part(container, 'result').textContent).toContain('Put 1.0 at 2.')
      expect(part(container, 'result').textContent).toContain('score 0.70')
    })

    it('flags an issue next to its field once visited, keeping the draft', () => {
      const onCalibrationChange = vi.fn()
      render(
        <ConfidenceGuide
          showCalibration
          defaultCalibration={{ start: 30, fiftyFifty: 50 }}
          onCalibrationChange={onCalibrationChange}
        />,
      )
      const eighty = field(/^80\/20 forecast/)
      fireEvent.change(eighty, { target: { value: '60' } })
      // Not flagged while the team is still typing in a fresh field.
      expect(eighty.hasAttribute('aria-invalid')).toBe(false)
      fireEvent.blur(eighty)
      expect(eighty.getAttribute('aria-invalid')).toBe('true')
      const [hintId, errorId] = (eighty.getAttribute('aria-describedby') ?? '').split(' ')
      expect(document.getElementById(hintId as string)?.textContent).toBe(
        'The outcome the team is 80% sure to reach',
      )
      expect(document.getElementById(errorId as string)?.textContent).toBe(
        'The 80/20 outcome (60) must lie between the start (30) and the 50/50 outcome (50).',
      )
      expect(eighty.closest('[data-part="field"]')?.hasAttribute('data-invalid')).toBe(true)
      expect(eighty.value).toBe('60')
      expect(onCalibrationChange).toHaveBeenLastCalledWith({
        start: 30,
        fiftyFifty: 50,
        eightyTwenty: 60,
      })

      fireEvent.change(eighty, { target: { value: '' } })
      expect(onCalibrationChange).toHaveBeenLastCalledWith({
        start: 30,
        fiftyFifty: 50,
        eightyTwenty: undefined,
      })
      expect(document.getElementById(errorId as string)?.textContent).toBe('Enter a number.')
    })

    it('flags an invalid draft it is handed at once', () => {
      render(
        <ConfidenceGuide
          showCalibration
          defaultCalibration={{ start: 30, fiftyFifty: 30, eightyTwenty: 40 }}
        />,
      )
      const fifty = field(/^50\/50 forecast/)
      expect(fifty.getAttribute('aria-invalid')).toBe('true')
      expect(fifty.value).toBe('30')
      expect(
        screen.getByText(
          'The 50/50 outcome equals the start (30): there is nothing to stretch for.',
        ),
      ).toBeTruthy()
    })

    it('is controlled like any other value', () => {
      render(<CalibrationHost />)
      fireEvent.change(field(/^80\/20 forecast/), { target: { value: '7' } })
      expect(screen.getByTestId('saved').textContent).toBe(
        '{"start":0,"fiftyFifty":10,"eightyTwenty":7}',
      )
      expect(field(/^80\/20 forecast/).value).toBe('7')
    })
  })

  it('speaks Chinese', () => {
    const { container } = render(
      <OkrProvider locale="zh-CN">
        <ConfidenceGuide defaultConfidence={0.6} showCalibration />
      </OkrProvider>,
    )
    expect(screen.getByRole('slider', { name: '信心' }).getAttribute('aria-valuetext')).toBe(
      '60%:预计得分 0.91(有挑战性)',
    )
    expect(part(container, 'verdict').textContent).toBe('挑战程度有挑战性 · 适合延伸目标')
    expect(part(container, 'advice').textContent).toBe(
      '有挑战性的延伸目标:有 60% 的把握,预计得分约为 0.91。得分接近 0.7 就是成功,而不是失败。',
    )
    expect(screen.getByRole('group', { name: '校准目标值' })).toBeTruthy()
    expect(field(/^50\/50 预测/)).toBeTruthy()
  })

  it('is read-only as disabled inputs that say why', () => {
    const { container } = render(
      <ConfidenceGuide readOnly showCalibration defaultConfidence={0.7} />,
    )
    expect(range().disabled).toBe(true)
    expect(field(/^Start/).matches(':disabled')).toBe(true)
    expect(root(container).hasAttribute('data-readonly')).toBe(true)
    const reason = screen.getByText('Read-only')
    expect(range().getAttribute('aria-describedby')?.split(' ')).toContain(reason.id)
  })

  it('has the same placeholders in both catalogs', () => {
    const keys = Object.keys(uiEn).filter((key) => key.startsWith('ui.confidenceGuide.'))
    expect(keys.length).toBeGreaterThan(20)
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
    for (const key of keys as (keyof typeof uiEn)[]) {
      expect(placeholders(uiZhCN[key]), key).toEqual(placeholders(uiEn[key]))
    }
  })

  it('has no axe violations, with calibration issues shown', async () => {
    const { container } = render(
      <ConfidenceGuide
        showCalibration
        defaultCalibration={{ start: 30, fiftyFifty: 50, eightyTwenty: 60 }}
      />,
    )
    expect(screen.getAllByText(/must lie between/)).toHaveLength(1)
    expect(await axeViolations(container)).toEqual([])
  })
})

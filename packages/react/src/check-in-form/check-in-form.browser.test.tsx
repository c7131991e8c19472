import type { CheckIn, KeyResult, Period } from '@okrkit/core'
import { render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { userEvent } from 'vitest/browser'
import { axeViolations } from '../../test/axe'
import { OkrProvider, type OkrTheme } from '../provider/okr-provider'
import { CheckInForm, type CheckInFormProps } from './check-in-form'

const keyResult: KeyResult = {
  id: 'kr-nps',
  title: 'Raise the Net Promoter Score from 32 to 50',
  weight: 1,
  measure: { type: 'metric', start: 32, target: 50, current: 39 },
}
const q1: Period = {
  id: '2026-Q1',
  label: 'Q1 2026',
  kind: 'quarter',
  start: '2026-01-01',
  end: '2026-03-31',
}
const january: CheckIn = {
  id: 'c-jan',
  keyResultId: 'kr-nps',
  date: '2026-01-30',
  value: 34,
  score: 0.1,
  status: 'at-risk',
  confidence: 0.5,
  update: { what: 'NPS rose from 32 to 34.', why: '', soWhat: '' },
  headwinds: [],
  tailwinds: [],
  decisions: [],
  risks: [],
  learnings: [],
}

function Page({
  theme = 'light',
  locale = 'en',
  ...props
}: Partial<CheckInFormProps> & { theme?: OkrTheme; locale?: string }) {
  return (
    <OkrProvider theme={theme} locale={locale} today="2026-02-14">
      <div data-okr-theme={theme} style={{ background: 'var(--okr-color-bg)', padding: 16 }}>
        <CheckInForm keyResult={keyResult} period={q1} checkIns={[january]} {...props} />
      </div>
    </OkrProvider>
  )
}

const textbox = (name: string) => screen.getByRole('textbox', { name })

/** Presses Tab until focus leaves `from` (a date input has a stop per segment). */
async function tabOutOf(from: Element) {
  for (let presses = 0; presses < 4 && document.activeElement === from; presses++) {
    await userEvent.keyboard('{Tab}')
  }
  expect(document.activeElement).not.toBe(from)
}

// Typing into a whole form keystroke by keystroke is slow on a busy machine.
describe('CheckInForm in Chromium', { timeout: 20_000 }, () => {
  it('is completed with the keyboard alone, focus moving in reading order', async () => {
    const onSubmit = vi.fn()
    render(<Page onSubmit={onSubmit} />)
    const date = screen.getByLabelText('Date')
    date.focus()
    expect(getComputedStyle(date).outlineStyle).toBe('solid')

    await tabOutOf(date)
    expect(document.activeElement).toBe(textbox('Measured value'))
    await userEvent.keyboard('45')

    await userEvent.keyboard('{Tab}')
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'Use the suggested score' }),
    )
    await userEvent.keyboard('{Enter}')
    expect(textbox('Your score')).toHaveProperty('value', '0.72')

    await userEvent.keyboard('{Tab}')
    expect(document.activeElement).toBe(textbox('Your score'))
    await userEvent.keyboard('{Tab}')
    const slider = screen.getByRole('slider', { name: 'Your score' })
    expect(document.activeElement).toBe(slider)
    await userEvent.keyboard('{ArrowRight}')
    expect(textbox('Your score')).toHaveProperty('value', '0.75')

    await userEvent.keyboard('{Tab}')
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'On track' }))
    await userEvent.keyboard('{ArrowDown}')
    expect(screen.getByRole('radio', { name: 'Off track' })).toHaveProperty('checked', true)
    await userEvent.keyboard('{ArrowDown}')
    const atRisk = screen.getByRole('radio', { name: 'At risk' })
    expect(document.activeElement).toBe(atRisk)
    expect(atRisk).toHaveProperty('checked', true)

    await userEvent.keyboard('{Tab}')
    expect(document.activeElement).toBe(textbox('Confidence'))
    await userEvent.keyboard('60')
    await userEvent.keyboard('{Tab}')
    expect(document.activeElement).toBe(screen.getByRole('slider', { name: 'Confidence' }))

    await userEvent.keyboard('{Tab}')
    expect(document.activeElement).toBe(textbox('What happened'))
    await userEvent.keyboard('NPS reached 45.')
    await userEvent.keyboard('{Tab}')
    expect(document.activeElement).toBe(textbox('Why it happened'))
    await userEvent.keyboard('Detractors were won back.')

    await userEvent.keyboard('{Tab}')
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add a headwind' }))
    await userEvent.keyboard('{Enter}')
    expect(document.activeElement).toBe(textbox('Headwind 1'))
    await userEvent.keyboard('Survey fatigue{Enter}')
    expect(document.activeElement).toBe(textbox('Headwind 2'))
    await userEvent.keyboard('{Backspace}')
    expect(document.activeElement).toBe(textbox('Headwind 1'))

    const order = [
      screen.getByRole('button', { name: 'Remove headwind 1' }),
      screen.getByRole('button', { name: 'Add a headwind' }),
      screen.getByRole('button', { name: 'Add a tailwind' }),
      textbox('So what'),
    ]
    for (const element of order) {
      await userEvent.keyboard('{Tab}')
      expect(document.activeElement).toBe(element)
    }
    await userEvent.keyboard('Ask support for help.')
    for (const name of ['Add a decision', 'Add a risk', 'Add a learning', 'Submit check-in']) {
      await userEvent.keyboard('{Tab}')
      expect(document.activeElement).toBe(screen.getByRole('button', { name }))
    }
    await userEvent.keyboard('{Enter}')

    expect(onSubmit).toHaveBeenCalledTimes(1)
    expect(onSubmit.mock.calls[0]?.[0]).toEqual({
      id: expect.any(String),
      keyResultId: 'kr-nps',
      date: '2026-02-14',
      value: 45,
      score: 0.75,
      status: 'at-risk',
      confidence: 0.6,
      update: {
        what: 'NPS reached 45.',
        why: 'Detractors were won back.',
        soWhat: 'Ask support for help.',
      },
      headwinds: ['Survey fatigue'],
      tailwinds: [],
      decisions: [],
      risks: [],
      learnings: [],
    })
  })

  it('moves focus to the error summary on a failed submit, and its links to the fields', async () => {
    render(<Page />)
    textbox('Measured value').focus()
    await userEvent.keyboard('4x')
    screen.getByRole('button', { name: 'Submit check-in' }).focus()
    await userEvent.keyboard('{Enter}')
    const summary = screen.getByRole('alert')
    expect(document.activeElement).toBe(summary)
    expect(getComputedStyle(summary).outlineStyle).toBe('solid')
    await userEvent.keyboard('{Tab}')
    const first = screen.getByRole('link', { name: /^Measured value/ })
    expect(document.activeElement).toBe(first)
    await userEvent.keyboard('{Enter}')
    expect(document.activeElement).toBe(textbox('Measured value'))
    // The link moves focus without touching the page's URL.
    expect(window.location.hash).toBe('')
  })

  it.each(['light', 'dark'] as const)(
    'meets WCAG 2.2 AA, contrast included, in the %s theme',
    async (theme) => {
      const { container } = render(
        <Page theme={theme} defaultValue={{ risks: ['Survey fatigue'], update: { what: 'Up' } }} />,
      )
      textbox('Measured value').focus()
      await userEvent.keyboard('1e')
      textbox('Confidence').focus()
      await userEvent.keyboard('95')
      screen.getByRole('button', { name: 'Submit check-in' }).click()
      await vi.waitFor(() => expect(screen.getByRole('alert')).toBeTruthy())
      expect(await axeViolations(container)).toEqual([])
    },
  )

  it('meets WCAG 2.2 AA read-only and in Chinese', async () => {
    const { container } = render(
      <OkrProvider locale="zh-CN" theme="dark" today="2026-02-14" permissions={() => false}>
        <div data-okr-theme="dark" style={{ background: 'var(--okr-color-bg)', padding: 16 }}>
          <CheckInForm
            keyResult={keyResult}
            period={q1}
            checkIns={[january]}
            defaultValue={january}
          />
        </div>
      </OkrProvider>,
    )
    expect(screen.getByText('只读:你无权编辑此核查。')).toBeTruthy()
    expect(await axeViolations(container)).toEqual([])
  })

  it('lays the status out as radio, badge and the play’s description under the badge', () => {
    render(<Page />)
    const radio = screen.getByRole('radio', { name: 'At risk' })
    const option = radio.closest('[data-part="option"]') as HTMLElement
    const label = option.querySelector('label') as HTMLElement
    const description = option.querySelector('[data-part="description"]') as HTMLElement
    expect(getComputedStyle(option).display).toBe('grid')
    expect(description.getBoundingClientRect().top).toBeGreaterThanOrEqual(
      label.getBoundingClientRect().bottom - 1,
    )
    expect(
      Math.abs(description.getBoundingClientRect().left - label.getBoundingClientRect().left),
    ).toBeLessThan(2)
    expect(radio.getBoundingClientRect().right).toBeLessThanOrEqual(
      label.getBoundingClientRect().left,
    )
  })
})

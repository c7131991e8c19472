import type { CheckIn, KeyResult, Period } from '@okrkit/core'
import { fireEvent, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { axeViolations } from '../../test/axe'
import { UI_MESSAGES } from '../i18n/catalog'
import {
  OkrProvider,
  type OkrProviderProps,
  type PermissionRequest,
} from '../provider/okr-provider'
import { CheckInForm, type CheckInFormProps } from './check-in-form'
import type {
  CheckInChangeDetails,
  CheckInDraft,
  NormalizedCheckInDraft,
} from './use-check-in-form'

const { en: uiEn, 'zh-CN': uiZhCN } = UI_MESSAGES

const keyResult: KeyResult = {
  id: 'kr-nps',
  title: 'Raise the Net Promoter Score from 32 to 50',
  weight: 1,
  measure: { type: 'metric', start: 32, target: 50, current: 39 },
}
const milestone: KeyResult = {
  id: 'kr-faq',
  title: 'Billing FAQ live in both languages by 27 February',
  weight: 1,
  measure: { type: 'milestone', done: false, due: '2026-02-27' },
}
const q1: Period = {
  id: '2026-Q1',
  label: 'Q1 2026',
  kind: 'quarter',
  start: '2026-01-01',
  end: '2026-03-31',
}
const story = { what: '', why: '', soWhat: '' }
const lists = { headwinds: [], tailwinds: [], decisions: [], risks: [], learnings: [] }
const january: CheckIn = {
  id: 'c-jan',
  keyResultId: 'kr-nps',
  date: '2026-01-30',
  value: 34,
  status: 'at-risk',
  confidence: 0.5,
  update: story,
  ...lists,
}
const december: CheckIn = { ...january, id: 'c-dec', date: '2025-12-30', value: 33, score: 0.1 }
const otherKr: CheckIn = { ...january, id: 'c-other', keyResultId: 'kr-churn', date: '2026-02-01' }

// Today is half-way through Q1 (45 of 90 days).
function renderForm(props: Partial<CheckInFormProps> = {}, provider: OkrProviderProps = {}) {
  const user = userEvent.setup()
  const view = render(
    <OkrProvider today="2026-02-14" {...provider}>
      <CheckInForm keyResult={keyResult} period={q1} {...props} />
    </OkrProvider>,
  )
  return { user, ...view }
}

type Change = [NormalizedCheckInDraft, CheckInChangeDetails]

/** A parent that keeps every change in its own state, as a host saving drafts would. */
function ControlledParent({
  changes,
  initial = {},
  onSubmit,
}: {
  changes: Change[]
  initial?: CheckInDraft
  onSubmit?: CheckInFormProps['onSubmit']
}) {
  const [draft, setDraft] = useState<CheckInDraft>(initial)
  return (
    <OkrProvider today="2026-02-14">
      <CheckInForm
        keyResult={keyResult}
        period={q1}
        value={draft}
        onValueChange={(next, details) => {
          changes.push([next, details])
          setDraft(next)
        }}
        onSubmit={onSubmit}
      />
      <button type="button" onClick={() => setDraft({})}>
        Reset
      </button>
    </OkrProvider>
  )
}

const textbox = (name: string) => screen.getByRole('textbox', { name })
const describedBy = (element: HTMLElement) =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent)
    .join(' | ')

// Typing into a whole form keystroke by keystroke is slow on a busy machine.
describe('CheckInForm', { timeout: 20_000 }, () => {
  it('is a named form for one key result, dated the provider’s today', () => {
    const { container } = renderForm()
    const form = screen.getByRole('form', {
      name: 'Monthly check-in Raise the Net Promoter Score from 32 to 50',
    })
    expect(form.className).toBe('okr okr-CheckInForm')
    expect(form.dataset.measure).toBe('metric')
    expect(container.querySelector('[data-part="measure"]')?.textContent).toBe(
      'Q1 2026 · From 32 to 50',
    )
    expect(screen.getByLabelText('Date')).toHaveProperty('value', '2026-02-14')
    expect(describedBy(textbox('Measured value'))).toBe(
      'Where the metric stands now: it started at 32, the target is 50.',
    )
    expect(screen.getByText('Enter the measured value to see the score it earns.')).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Use the suggested score' })).toBeNull()
  })

  it('turns the measured value into a suggested score with its grade, and takes it on request', async () => {
    const { user, container } = renderForm()
    await user.type(textbox('Measured value'), '45')
    const suggestion = container.querySelector('[data-part="suggestion"]') as HTMLElement
    // (45 − 32) / (50 − 32) = 0.72: "close".
    expect(
      within(suggestion).getByText('0.72').closest('.okr-ScoreBadge')?.getAttribute('data-grade'),
    ).toBe('close')
    await user.click(screen.getByRole('button', { name: 'Use the suggested score' }))
    expect(textbox('Your score')).toHaveProperty('value', '0.72')
    expect(screen.getByRole('slider', { name: 'Your score' })).toHaveProperty('value', '0.72')
  })

  it('reports every keystroke to a controlled parent that stores each change', async () => {
    const changes: Change[] = []
    const user = userEvent.setup()
    render(<ControlledParent changes={changes} />)
    await user.type(textbox('Measured value'), '45')
    await user.type(textbox('Your score'), '0.7')
    await user.click(screen.getByRole('radio', { name: 'At risk' }))
    await user.type(textbox('What happened'), 'Up')
    await user.click(screen.getByRole('button', { name: 'Add a headwind' }))
    await user.type(textbox('Headwind 1'), 'Q')
    await user.type(textbox('Confidence'), '60')

    // 2 + 3 keystrokes, a click, 2 keystrokes, a click, 1 + 2 keystrokes: each one a change.
    expect(changes).toHaveLength(12)
    expect(changes.map(([draft]) => draft.value)).toEqual([4, ...Array(11).fill(45)])
    expect(changes.map(([draft]) => draft.score)).toEqual([
      undefined,
      undefined,
      0,
      0,
      0.7,
      ...Array(7).fill(0.7),
    ])
    expect(changes.map(([draft]) => draft.headwinds)).toEqual([
      ...Array(8).fill([]),
      [''],
      ['Q'],
      ['Q'],
      ['Q'],
    ])
    const [last, details] = changes.at(-1) as Change
    expect(last).toEqual({
      keyResultId: 'kr-nps',
      value: 45,
      score: 0.7,
      status: 'at-risk',
      confidence: 0.6,
      update: { what: 'Up', why: '', soWhat: '' },
      headwinds: ['Q'],
      tailwinds: [],
      decisions: [],
      risks: [],
      learnings: [],
    })
    expect(details).toEqual({ valid: true, issues: [] })
    // The parent's state is what the form shows.
    expect(textbox('Headwind 1')).toHaveProperty('value', 'Q')
  })

  it('keeps an unfinished or invalid number on screen, flags it, and reports the last valid number', async () => {
    const changes: Change[] = []
    const user = userEvent.setup()
    render(<ControlledParent changes={changes} />)
    const value = textbox('Measured value')

    await user.type(value, '-')
    expect(value).toHaveProperty('value', '-')
    expect(value.getAttribute('aria-invalid')).toBe('true')
    expect(describedBy(value)).toContain('Enter the measured value as a number, such as 45 or 2.5.')
    expect(changes).toHaveLength(1)
    expect(changes[0]?.[0].value).toBeUndefined()
    expect(changes[0]?.[1].valid).toBe(false)
    expect(changes[0]?.[1].issues).toEqual([
      expect.objectContaining({ code: 'not_a_number', path: ['value'], params: { text: '-' } }),
      // Reported to the host, but not flagged on screen before a submit: nobody chose yet.
      expect.objectContaining({ code: 'required', path: ['status'] }),
    ])
    expect(screen.getByRole('radio', { name: 'On track' }).getAttribute('aria-invalid')).toBeNull()

    await user.type(value, '5')
    expect(value.getAttribute('aria-invalid')).toBeNull()
    expect(changes.at(-1)?.[0].value).toBe(-5)

    await user.clear(value)
    await user.type(value, '1e')
    expect(value).toHaveProperty('value', '1e')
    expect(value.getAttribute('aria-invalid')).toBe('true')
    expect(changes.at(-1)?.[0].value).toBe(1)

    const score = textbox('Your score')
    await user.type(score, '1.3')
    expect(score).toHaveProperty('value', '1.3')
    expect(score.getAttribute('aria-invalid')).toBe('true')
    expect(describedBy(score)).toContain('Enter a score from 0 to 1, such as 0.7.')
    // No grade for a number that is not on screen.
    expect(score.closest('[data-part="field"]')?.querySelector('.okr-ScoreBadge')).toBeNull()
    expect(changes.at(-1)?.[0].score).toBe(1)
    expect(changes.at(-1)?.[1].issues.map((issue) => issue.path[0])).toEqual([
      'value',
      'score',
      'status',
    ])

    const confidence = textbox('Confidence')
    await user.type(confidence, '120')
    expect(confidence.getAttribute('aria-invalid')).toBe('true')
    expect(changes.at(-1)?.[0].confidence).toBe(0.12)

    // Never NaN, in any field of any change.
    for (const [draft] of changes) {
      for (const field of ['value', 'score', 'confidence'] as const) {
        const number = draft[field]
        expect(number === undefined || Number.isFinite(number)).toBe(true)
      }
    }
  })

  it('shows the model again when the parent replaces the value', async () => {
    const changes: Change[] = []
    const user = userEvent.setup()
    render(<ControlledParent changes={changes} initial={{ value: 40 }} />)
    const value = textbox('Measured value')
    expect(value).toHaveProperty('value', '40')
    await user.type(value, 'x')
    expect(value).toHaveProperty('value', '40x')
    await user.click(screen.getByRole('button', { name: 'Reset' }))
    expect(value).toHaveProperty('value', '')
    expect(value.getAttribute('aria-invalid')).toBeNull()
  })

  it('works uncontrolled, and an equal-but-new defaultValue wipes no edit', async () => {
    const onValueChange = vi.fn()
    const user = userEvent.setup()
    const ui = (defaultValue: CheckInDraft) => (
      <OkrProvider today="2026-02-14">
        <CheckInForm
          keyResult={keyResult}
          defaultValue={defaultValue}
          onValueChange={onValueChange}
        />
      </OkrProvider>
    )
    const { rerender } = render(ui({ value: 40, risks: ['Survey fatigue'] }))
    expect(textbox('Risk 1')).toHaveProperty('value', 'Survey fatigue')
    await user.clear(textbox('Measured value'))
    await user.type(textbox('Measured value'), '44')
    await user.type(textbox('Your score'), '1.5')
    rerender(ui({ value: 40, risks: ['Survey fatigue'] }))
    expect(textbox('Measured value')).toHaveProperty('value', '44')
    // The pending invalid text survives the re-render too.
    expect(textbox('Your score')).toHaveProperty('value', '1.5')
    expect(onValueChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ value: 44, score: 1, risks: ['Survey fatigue'] }),
      expect.objectContaining({ valid: false }),
    )
  })

  it('lets the slider set the score and drops the typed text', async () => {
    const { user } = renderForm()
    const score = textbox('Your score')
    await user.type(score, '2')
    expect(score.getAttribute('aria-invalid')).toBe('true')
    const slider = screen.getByRole('slider', { name: 'Your score' })
    expect(slider.getAttribute('aria-valuetext')).toBe('No score yet')
    // jsdom has no range keyboard behaviour; the browser test drives it with arrow keys.
    fireEvent.change(slider, { target: { value: '0.65' } })
    expect(score).toHaveProperty('value', '0.65')
    expect(score.getAttribute('aria-invalid')).toBeNull()
    expect(slider.getAttribute('aria-valuetext')).toBe('0.65 Close')
  })

  it('offers the status pace suggests as advice, and the team’s choice wins', async () => {
    const { user, container } = renderForm({ checkIns: [january] })
    await user.type(textbox('Measured value'), '36.5')
    const advice = container.querySelector(
      '[data-part="advice"][data-name="status"]',
    ) as HTMLElement
    expect(advice.dataset.status).toBe('at-risk')
    expect(advice.textContent).toContain(
      '25% of the way to the target with 50% of the period gone: a little behind pace.',
    )
    expect(
      container.querySelector('[data-part="option"][data-suggested]')?.getAttribute('data-status'),
    ).toBe('at-risk')
    await user.click(screen.getByRole('radio', { name: 'On track' }))
    expect(screen.getByRole('radio', { name: 'On track' })).toHaveProperty('checked', true)
    expect(advice.querySelector('[data-part="differs"]')?.textContent).toBe(
      'You chose “On track”. Your call wins: say why in the update.',
    )
    expect(screen.getByRole('form').dataset.status).toBe('on-track')
    expect(describedBy(screen.getByRole('radio', { name: 'Off track' }))).toBe(
      'Behind where we expected to be by now.',
    )
  })

  it('explains what the confidence means for the score to expect and the ambition', async () => {
    const { user, container } = renderForm({ commitment: 'aspirational' })
    await user.type(textbox('Confidence'), '80')
    const advice = container.querySelector(
      '[data-part="advice"][data-name="confidence"]',
    ) as HTMLElement
    expect(advice.dataset.ambition).toBe('safe')
    expect(advice.hasAttribute('data-fits')).toBe(false)
    expect(advice.textContent).toContain('At 80% odds, expect a score of about 0.70.')
    expect(advice.textContent).toContain('Too safe: at 80% odds')
    expect(screen.getByRole('slider', { name: 'Confidence' })).toHaveProperty('value', '80')
  })

  it('edits the lists by keyboard: Enter adds below, Backspace in an empty note removes it', async () => {
    const onValueChange = vi.fn()
    const { user } = renderForm({ onValueChange })
    await user.click(screen.getByRole('button', { name: 'Add a risk' }))
    expect(document.activeElement).toBe(textbox('Risk 1'))
    await user.keyboard('Churn{Enter}')
    expect(document.activeElement).toBe(textbox('Risk 2'))
    await user.keyboard('Budget{Enter}')
    expect(document.activeElement).toBe(textbox('Risk 3'))
    await user.keyboard('{Backspace}')
    expect(document.activeElement).toBe(textbox('Risk 2'))
    expect(screen.queryByRole('textbox', { name: 'Risk 3' })).toBeNull()
    expect(onValueChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ risks: ['Churn', 'Budget'] }),
      expect.anything(),
    )
    // Enter in a note never submits the form.
    expect(screen.queryByRole('alert')).toBeNull()
    // A held key repeats: it neither piles up empty notes nor eats the notes before.
    fireEvent.keyDown(textbox('Risk 2'), { key: 'Enter', repeat: true })
    await user.clear(textbox('Risk 2'))
    fireEvent.keyDown(textbox('Risk 2'), { key: 'Backspace', repeat: true })
    expect(screen.getAllByRole('textbox', { name: /^Risk/ })).toHaveLength(2)
    await user.type(textbox('Risk 2'), 'Budget')

    await user.click(screen.getByRole('button', { name: 'Remove risk 1' }))
    expect(document.activeElement).toBe(textbox('Risk 1'))
    expect(textbox('Risk 1')).toHaveProperty('value', 'Budget')
    await user.click(screen.getByRole('button', { name: 'Remove risk 1' }))
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add a risk' }))
    expect(onValueChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ risks: [] }),
      expect.anything(),
    )
  })

  it('lists what is missing on submit, focused and announced, with links to the fields', async () => {
    const onSubmit = vi.fn()
    const { user } = renderForm({ onSubmit })
    await user.type(textbox('Your score'), '7')
    await user.click(screen.getByRole('button', { name: 'Submit check-in' }))
    expect(onSubmit).not.toHaveBeenCalled()
    const summary = screen.getByRole('alert')
    expect(document.activeElement).toBe(summary)
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Your score: Enter a score from 0 to 1, such as 0.7.',
      'Status: Choose a status: on track, off track or at risk.',
    ])
    const onTrack = screen.getByRole('radio', { name: 'On track' })
    expect(onTrack.getAttribute('aria-invalid')).toBe('true')
    expect(describedBy(onTrack)).toContain('Choose a status: on track, off track or at risk.')

    await user.click(within(summary).getByRole('link', { name: /^Status/ }))
    expect(document.activeElement).toBe(onTrack)
    await user.keyboard(' ')
    expect(within(summary).getAllByRole('link')).toHaveLength(1)
    await user.click(within(summary).getByRole('link', { name: /^Your score/ }))
    expect(document.activeElement).toBe(textbox('Your score'))
  })

  it('submits a valid check-in with a new id, and keeps the id in the draft', async () => {
    const onSubmit = vi.fn()
    const changes: Change[] = []
    const user = userEvent.setup()
    render(<ControlledParent changes={changes} onSubmit={onSubmit} />)
    await user.type(textbox('Measured value'), '41')
    await user.click(screen.getByRole('radio', { name: 'On track' }))
    await user.type(textbox('What happened'), 'NPS reached 41.')
    await user.click(screen.getByRole('button', { name: 'Submit check-in' }))

    expect(onSubmit).toHaveBeenCalledTimes(1)
    const [checkIn, details] = onSubmit.mock.calls[0] as [CheckIn, object]
    expect(checkIn).toEqual({
      id: expect.any(String),
      keyResultId: 'kr-nps',
      date: '2026-02-14',
      value: 41,
      status: 'on-track',
      update: { what: 'NPS reached 41.', why: '', soWhat: '' },
      ...lists,
    })
    expect(details).toEqual({})
    expect(changes.at(-1)?.[0].id).toBe(checkIn.id)
    expect(screen.queryByRole('alert')).toBeNull()

    await user.click(screen.getByRole('button', { name: 'Submit check-in' }))
    expect(onSubmit.mock.calls[1]?.[0].id).toBe(checkIn.id)
  })

  it('flags a cleared date and a note over the size limit', async () => {
    const { user } = renderForm({ defaultValue: { learnings: ['x'.repeat(20_001)] } })
    const date = screen.getByLabelText('Date')
    await user.clear(date)
    expect(date.getAttribute('aria-invalid')).toBe('true')
    expect(describedBy(date)).toBe('Enter the date of this check-in.')
    const learning = textbox('Learning 1')
    expect(learning.getAttribute('aria-invalid')).toBe('true')
    expect(describedBy(learning)).toContain('Must be at most 20,000 characters.')
  })

  it('checks in on a milestone with a done box, and reports done beside the check-in', async () => {
    const onSubmit = vi.fn()
    const { user, container } = renderForm({ keyResult: milestone, onSubmit })
    expect(screen.getByRole('form').dataset.measure).toBe('milestone')
    expect(container.querySelector('[data-part="measure"]')?.textContent).toBe(
      'Q1 2026 · Milestone due Feb 27, 2026',
    )
    expect(screen.queryByRole('textbox', { name: 'Measured value' })).toBeNull()
    const suggestion = container.querySelector('[data-part="suggestion"]') as HTMLElement
    expect(within(suggestion).getByText('0.00')).toBeTruthy()
    await user.click(screen.getByRole('checkbox', { name: 'The milestone is done' }))
    expect(within(suggestion).getByText('1.00')).toBeTruthy()
    expect(
      container.querySelector('[data-part="advice"][data-name="status"]')?.textContent,
    ).toContain('The milestone is done.')
    await user.click(screen.getByRole('button', { name: 'Use the suggested score' }))
    await user.click(screen.getByRole('radio', { name: 'On track' }))
    await user.click(screen.getByRole('button', { name: 'Submit check-in' }))
    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({ keyResultId: 'kr-faq', score: 1, status: 'on-track' }),
      { done: true },
    )
    expect(onSubmit.mock.calls[0]?.[0]).not.toHaveProperty('done')
  })

  it('shows this key result’s earlier check-ins, newest first, without the one being edited', () => {
    const february: CheckIn = {
      ...january,
      id: 'c-feb',
      date: '2026-02-02',
      value: 37,
      status: 'on-track',
    }
    delete (february as Partial<CheckIn>).confidence
    const { container } = renderForm({
      checkIns: [december, february, january, otherKr],
      defaultValue: { ...january, value: 35 },
    })
    const items = [...container.querySelectorAll('[data-part="history-item"]')]
    expect(items.map((item) => item.textContent)).toEqual([
      'Feb 2, 2026●On track0.28 Missed(Computed from the measured value)Value 37',
      'Dec 30, 2025▲At risk0.10 Missed(Scored by the team)Value 33Confidence 50%',
    ])
  })

  it('renders read-only where permissions say no, asking about the stored check-in', async () => {
    const permissions = vi.fn((request: PermissionRequest) => request.kind !== 'checkIn')
    const { user, container } = renderForm(
      { defaultValue: { ...january, risks: ['Survey fatigue'] }, checkIns: [january] },
      { permissions },
    )
    expect(permissions).toHaveBeenCalledWith({
      kind: 'checkIn',
      keyResult,
      checkIn: expect.objectContaining({ id: 'c-jan' }),
    })
    const form = screen.getByRole('form')
    expect(form.hasAttribute('data-readonly')).toBe(true)
    expect(describedBy(form)).toBe('Read-only: you may not edit this check-in.')
    expect(screen.queryByRole('button')).toBeNull()
    expect(textbox('Measured value')).toHaveProperty('readOnly', true)
    expect(textbox('What happened')).toHaveProperty('readOnly', true)
    expect(screen.getByLabelText('Date')).toHaveProperty('readOnly', true)
    for (const radio of screen.getAllByRole('radio')) expect(radio).toHaveProperty('disabled', true)
    expect(screen.getByRole('slider', { name: 'Your score' })).toHaveProperty('disabled', true)
    const risks = screen.getByRole('group', { name: 'Risks' })
    expect(risks.textContent).toBe('RisksSurvey fatigue')
    expect(within(screen.getByRole('group', { name: 'Decisions' })).getByText('None')).toBeTruthy()
    await user.type(textbox('Measured value'), '9')
    expect(textbox('Measured value')).toHaveProperty('value', '34')
    expect(container.querySelector('[data-part="error-summary"]')).toBeNull()
  })

  it('does not lock the form halfway through an edit that a permission rule looks at', async () => {
    // Only check-ins dated in February may be edited.
    const permissions = ({ kind, ...request }: PermissionRequest) =>
      kind !== 'checkIn' ||
      !('checkIn' in request) ||
      request.checkIn?.date.startsWith('2026-02') === true
    const { user } = renderForm(
      { defaultValue: { ...january, id: 'c-feb', date: '2026-02-10' } },
      { permissions },
    )
    const date = screen.getByLabelText('Date')
    await user.clear(date)
    await user.type(date, '2026-01-10')
    expect(date).toHaveProperty('value', '2026-01-10')
    expect(screen.getByRole('button', { name: 'Submit check-in' })).toBeTruthy()
  })

  it('speaks Chinese, with the play’s wording', async () => {
    const { user } = renderForm({}, { locale: 'zh-CN' })
    expect(screen.getByRole('form', { name: /每月核查/ })).toBeTruthy()
    expect(screen.getByRole('radio', { name: '有风险' })).toBeTruthy()
    expect(describedBy(screen.getByRole('radio', { name: '正常' }))).toBe(
      '达到或超过了本月的里程碑。',
    )
    expect(describedBy(textbox('团队评分'))).toContain('0.3 = 我们没有达到目标')
    await user.type(textbox('衡量值'), '１２x')
    expect(describedBy(textbox('衡量值'))).toContain('请以数字输入衡量值')
    await user.click(screen.getByRole('button', { name: '提交核查' }))
    expect(screen.getByRole('alert').textContent).toContain('状态:请选择状态:正常、偏离或有风险。')
  })

  it('reads full-width digits typed with a Chinese input method', async () => {
    const onValueChange = vi.fn()
    const { user } = renderForm({ onValueChange }, { locale: 'zh-CN' })
    await user.type(textbox('衡量值'), '４１．５')
    expect(onValueChange).toHaveBeenLastCalledWith(expect.objectContaining({ value: 41.5 }), {
      valid: false,
      issues: expect.any(Array),
    })
  })

  it('passes props, class names, ids and the theme through', () => {
    render(
      <OkrProvider theme="dark" today="2026-02-14">
        <CheckInForm keyResult={keyResult} id="mine" className="host" data-testid="f" />
      </OkrProvider>,
    )
    const form = screen.getByTestId('f')
    expect(form.id).toBe('mine')
    expect(form.className).toBe('okr okr-CheckInForm host')
    expect(form.dataset.okrTheme).toBe('dark')
    expect(screen.getByLabelText('Date').id).toBe('mine-date')
  })

  it('has no axe violations, with advice shown and after a failed submit', async () => {
    const { user, container } = renderForm({ checkIns: [january] })
    await user.type(textbox('Measured value'), '1e')
    await user.type(textbox('Confidence'), '70')
    await user.click(screen.getByRole('button', { name: 'Add a headwind' }))
    await user.click(screen.getByRole('button', { name: 'Submit check-in' }))
    expect(screen.getByRole('alert')).toBeTruthy()
    expect(await axeViolations(container)).toEqual([])
  })

  it('has every UI key of both forms in Chinese, with the same placeholders', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
    const mine = Object.keys(uiEn).filter((key) =>
      /^ui\.(checkInForm|retrospectiveForm|noteList|errorSummary)\./.test(key),
    ) as (keyof typeof uiEn)[]
    expect(mine.length).toBeGreaterThan(80)
    for (const key of mine) {
      expect(uiZhCN[key], key).toBeTypeOf('string')
      expect(placeholders(uiZhCN[key]), key).toEqual(placeholders(uiEn[key]))
    }
  })
})

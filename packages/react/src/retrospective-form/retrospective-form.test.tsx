import type { OkrDocument, Retrospective } from '@okrkit/core'
import { fireEvent, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { axeViolations } from '../../test/axe'
import {
  OkrProvider,
  type OkrProviderProps,
  type PermissionRequest,
} from '../provider/okr-provider'
import { document, prefilled } from './__fixtures__/document'
import { RetrospectiveForm, type RetrospectiveFormProps } from './retrospective-form'
import type {
  NormalizedRetrospectiveDraft,
  RetrospectiveChangeDetails,
  RetrospectiveDraft,
} from './use-retrospective-form'

const RESPONSE = 'Cut the median first response time from 6 hours to 2'
const CSAT = 'Raise customer satisfaction from 4.2 to 4.6'
const OFFLINE = 'Offline mode live on iOS and Android'

function renderForm(props: Partial<RetrospectiveFormProps> = {}, provider: OkrProviderProps = {}) {
  const user = userEvent.setup()
  const view = render(
    <OkrProvider {...provider}>
      <RetrospectiveForm document={document} periodId="2026-Q1" {...props} />
    </OkrProvider>,
  )
  return { user, ...view }
}

type Change = [NormalizedRetrospectiveDraft, RetrospectiveChangeDetails]

function ControlledParent({
  changes,
  initial,
}: {
  changes: Change[]
  initial: RetrospectiveDraft
}) {
  const [draft, setDraft] = useState(initial)
  return (
    <RetrospectiveForm
      document={document}
      value={draft}
      onValueChange={(next, details) => {
        changes.push([next, details])
        setDraft(next)
      }}
    />
  )
}

const textbox = (name: string) => screen.getByRole('textbox', { name })
const describedBy = (element: HTMLElement) =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => globalThis.document.getElementById(id)?.textContent)
    .join(' | ')

// Typing into a whole form keystroke by keystroke is slow on a busy machine.
describe('RetrospectiveForm', { timeout: 20_000 }, () => {
  it('prefills a final score per key result of the period from its check-ins, with grades', () => {
    const { container } = renderForm()
    const form = screen.getByRole('form', { name: 'Retrospective: Q1 2026' })
    expect(form.className).toBe('okr okr-RetrospectiveForm')
    const objectives = screen
      .getAllByRole('group')
      .filter((group) => group.dataset.part === 'objective')
    expect(objectives.map((group) => group.querySelector('legend')?.textContent)).toEqual([
      'Every customer feels heard, fast',
      'Work offline',
    ])
    expect(textbox(RESPONSE)).toHaveProperty('value', '0.5')
    expect(describedBy(textbox(RESPONSE))).toBe('The measured value says 0.50.')
    // The team's March score, not the April one after the period's end.
    expect(textbox(CSAT)).toHaveProperty('value', '0.7')
    expect(describedBy(textbox(CSAT))).toBe('The check-in of Mar 27, 2026 says 0.70.')
    expect(textbox(OFFLINE)).toHaveProperty('value', '0')
    expect(describedBy(textbox(OFFLINE))).toBe('The milestone is not done: 0.00.')
    const support = objectives[0] as HTMLElement
    expect(within(support).getByText('Objective score').nextElementSibling?.textContent).toContain(
      '0.60',
    )
    const csatField = textbox(CSAT).closest('[data-part="field"]') as HTMLElement
    expect(csatField.querySelector('.okr-ScoreBadge')?.getAttribute('data-grade')).toBe('close')
    expect(container.textContent).not.toContain('Next quarter')
  })

  it('reports every keystroke to a controlled parent, with every final score in the draft', async () => {
    const changes: Change[] = []
    const user = userEvent.setup()
    render(<ControlledParent changes={changes} initial={{ periodId: '2026-Q1' }} />)
    const offline = textbox(OFFLINE)
    await user.clear(offline)
    await user.type(offline, '0.3')
    await user.click(screen.getByRole('button', { name: 'Add what went well' }))
    await user.type(textbox('What went well, item 1'), 'Pairing')
    // A clear, three keystrokes, a click, seven keystrokes.
    expect(changes).toHaveLength(1 + 3 + 1 + 7)
    expect(changes.map(([draft]) => draft.finalScores[2]?.score)).toEqual([
      0,
      0,
      0,
      0.3,
      ...Array(8).fill(0.3),
    ])
    const [last, details] = changes.at(-1) as Change
    expect(last).toEqual({
      periodId: '2026-Q1',
      finalScores: [prefilled[0], prefilled[1], { keyResultId: 'kr-offline', score: 0.3 }],
      wentWell: ['Pairing'],
      toImprove: [],
    })
    expect(details).toEqual({ valid: true, issues: [] })
    // The cleared field was flagged as it happened, not silently dropped.
    expect(changes[0]?.[1].issues).toEqual([
      expect.objectContaining({
        code: 'empty',
        keyResultId: 'kr-offline',
        path: ['finalScores', 2, 'score'],
      }),
    ])
  })

  it('keeps an invalid score on screen, flagged, while the draft keeps the last valid one', async () => {
    const onValueChange = vi.fn()
    const { user } = renderForm({ onValueChange })
    const csat = textbox(CSAT)
    await user.type(csat, '5')
    expect(csat).toHaveProperty('value', '0.75')
    expect(onValueChange).toHaveBeenLastCalledWith(
      expect.objectContaining({
        finalScores: [prefilled[0], { keyResultId: 'kr-csat', score: 0.75 }, prefilled[2]],
      }),
      { valid: true, issues: [] },
    )
    await user.clear(csat)
    await user.type(csat, '1.3')
    expect(csat).toHaveProperty('value', '1.3')
    expect(csat.getAttribute('aria-invalid')).toBe('true')
    expect(describedBy(csat)).toContain('Enter a final score from 0 to 1, such as 0.7.')
    // No grade for a number that is not on screen.
    expect(csat.closest('[data-part="field"]')?.querySelector('.okr-ScoreBadge')).toBeNull()
    const [draft, details] = onValueChange.mock.lastCall as Change
    expect(draft.finalScores[1]).toEqual({ keyResultId: 'kr-csat', score: 1 })
    expect(details.valid).toBe(false)
    for (const [reported] of onValueChange.mock.calls as Change[]) {
      for (const { score } of reported.finalScores) expect(Number.isFinite(score)).toBe(true)
    }
    // The objective score follows the last valid number.
    const support = csat.closest('[data-part="objective"]') as HTMLElement
    expect(support.querySelector('[data-part="objective-score"]')?.textContent).toContain('0.75')
  })

  it('lets the slider set a score and drops the typed text', async () => {
    const { user } = renderForm()
    await user.type(textbox(RESPONSE), 'x')
    expect(textbox(RESPONSE).getAttribute('aria-invalid')).toBe('true')
    const slider = screen.getByRole('slider', { name: RESPONSE })
    expect(slider.getAttribute('aria-valuetext')).toBe('0.50 Close')
    fireEvent.change(slider, { target: { value: '0.9' } })
    expect(textbox(RESPONSE)).toHaveProperty('value', '0.9')
    expect(textbox(RESPONSE).getAttribute('aria-invalid')).toBeNull()
  })

  it('works uncontrolled from the document’s retrospective, and an equal-but-new default wipes nothing', async () => {
    const stored: Retrospective = {
      id: 'retro-q1',
      periodId: '2026-Q1',
      finalScores: [{ keyResultId: 'kr-csat', score: 0.9 }],
      wentWell: ['Weekly triage'],
      toImprove: [],
    }
    const withRetro: OkrDocument = { ...document, retrospectives: [stored] }
    const user = userEvent.setup()
    const ui = (doc: OkrDocument) => (
      <OkrProvider>
        <RetrospectiveForm document={doc} periodId="2026-Q1" />
      </OkrProvider>
    )
    const { rerender } = render(ui(withRetro))
    expect(textbox(CSAT)).toHaveProperty('value', '0.9')
    expect(textbox('What went well, item 1')).toHaveProperty('value', 'Weekly triage')
    await user.type(textbox('What went well, item 1'), '!')
    rerender(ui({ ...withRetro, retrospectives: [{ ...stored }] }))
    expect(textbox('What went well, item 1')).toHaveProperty('value', 'Weekly triage!')
  })

  it('shows one team’s objectives and keeps the other scores of the draft untouched', async () => {
    const onSubmit = vi.fn()
    const { user } = renderForm({
      teamId: 't-eng',
      defaultValue: { periodId: '2026-Q1', finalScores: [{ keyResultId: 'kr-csat', score: 0.4 }] },
      onSubmit,
    })
    expect(screen.queryByRole('textbox', { name: CSAT })).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Save retrospective' }))
    expect(onSubmit).toHaveBeenCalledWith({
      id: expect.any(String),
      periodId: '2026-Q1',
      finalScores: [
        { keyResultId: 'kr-csat', score: 0.4 },
        { keyResultId: 'kr-offline', score: 0 },
      ],
      wentWell: [],
      toImprove: [],
    })
  })

  it('lists what is wrong on submit, focused, linking to the key result', async () => {
    const onSubmit = vi.fn()
    const { user } = renderForm({ onSubmit })
    await user.clear(textbox(OFFLINE))
    await user.click(screen.getByRole('button', { name: 'Add what to improve' }))
    await user.click(screen.getByRole('button', { name: 'Save retrospective' }))
    expect(onSubmit).not.toHaveBeenCalled()
    const summary = screen.getByRole('alert')
    expect(globalThis.document.activeElement).toBe(summary)
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([`${OFFLINE}: Enter a final score from 0 to 1, such as 0.7.`])
    await user.click(within(summary).getByRole('link'))
    expect(globalThis.document.activeElement).toBe(textbox(OFFLINE))
    await user.type(textbox(OFFLINE), '0.2')
    await user.click(screen.getByRole('button', { name: 'Save retrospective' }))
    // An empty note is a note: kept, as typed.
    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({
        toImprove: [''],
        finalScores: [prefilled[0], prefilled[1], { keyResultId: 'kr-offline', score: 0.2 }],
      }),
    )
  })

  it('asks for a final score where the check-ins give none', async () => {
    const flat: OkrDocument = {
      ...document,
      objectives: [
        {
          ...(document.objectives[0] as OkrDocument['objectives'][number]),
          keyResults: [
            {
              id: 'kr-flat',
              title: 'Hold uptime at 99.9%',
              weight: 1,
              measure: { type: 'metric', start: 99.9, target: 99.9 },
            },
          ],
        },
      ],
    }
    const onSubmit = vi.fn()
    const { user } = renderForm({ document: flat, onSubmit })
    const field = textbox('Hold uptime at 99.9%')
    expect(field).toHaveProperty('value', '')
    expect(describedBy(field)).toBe('Nothing to score it from yet.')
    expect(field.getAttribute('aria-invalid')).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Save retrospective' }))
    expect(field.getAttribute('aria-invalid')).toBe('true')
    expect(onSubmit).not.toHaveBeenCalled()
    await user.type(field, '1')
    await user.click(screen.getByRole('button', { name: 'Save retrospective' }))
    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({ finalScores: [{ keyResultId: 'kr-flat', score: 1 }] }),
    )
  })

  it('renders read-only where permissions say no, asking about the stored retrospective', () => {
    const stored: Retrospective = {
      id: 'retro-q1',
      periodId: '2026-Q1',
      finalScores: prefilled,
      wentWell: ['Weekly triage'],
      toImprove: [],
    }
    const permissions = vi.fn((request: PermissionRequest) => request.kind !== 'retrospective')
    renderForm({ defaultValue: stored }, { permissions })
    expect(permissions).toHaveBeenCalledWith({ kind: 'retrospective', retrospective: stored })
    const form = screen.getByRole('form')
    expect(form.hasAttribute('data-readonly')).toBe(true)
    expect(describedBy(form)).toBe('Read-only: you may not edit this retrospective.')
    expect(screen.queryByRole('button')).toBeNull()
    expect(textbox(CSAT)).toHaveProperty('readOnly', true)
    expect(screen.getByRole('slider', { name: CSAT })).toHaveProperty('disabled', true)
    expect(screen.getByRole('group', { name: 'What went well' }).textContent).toBe(
      'What went wellWeekly triage',
    )
  })

  it('says so when the period is unknown or has no objectives', () => {
    const { unmount } = renderForm({ periodId: '2027-Q1' })
    expect(screen.getByText('There is no period “2027-Q1” in this document.')).toBeTruthy()
    unmount()
    renderForm({ periodId: '2026-Q2', teamId: 't-support' })
    expect(screen.getByText('No objectives in this period.')).toBeTruthy()
    expect(screen.getByRole('form', { name: 'Retrospective: Q2 2026' })).toBeTruthy()
  })

  it('speaks Chinese, with the play’s wording', async () => {
    const { user } = renderForm({}, { locale: 'zh-CN' })
    expect(screen.getByRole('form', { name: '回顾:Q1 2026' })).toBeTruthy()
    expect(screen.getByText('最终分数')).toBeTruthy()
    expect(describedBy(textbox(CSAT))).toBe('2026年3月27日 的核查记录为 0.70。')
    await user.clear(textbox(CSAT))
    await user.type(textbox(CSAT), '２')
    expect(describedBy(textbox(CSAT))).toContain('请输入 0 到 1 之间的最终分数')
    expect(screen.getByRole('button', { name: '添加进展顺利的方面' })).toBeTruthy()
  })

  it('passes props, class names, ids and the theme through', () => {
    render(
      <OkrProvider theme="dark">
        <RetrospectiveForm document={document} id="retro" className="host" data-testid="r" />
      </OkrProvider>,
    )
    const form = screen.getByTestId('r')
    expect(form.id).toBe('retro')
    expect(form.className).toBe('okr okr-RetrospectiveForm host')
    expect(form.dataset.okrTheme).toBe('dark')
    expect(textbox(CSAT).id).toBe('retro-score-kr-csat')
  })

  it('has no axe violations, also after a failed submit', async () => {
    const { user, container } = renderForm()
    await user.type(textbox(CSAT), 'x')
    await user.click(screen.getByRole('button', { name: 'Add what went well' }))
    await user.click(screen.getByRole('button', { name: 'Save retrospective' }))
    expect(screen.getByRole('alert')).toBeTruthy()
    expect(await axeViolations(container)).toEqual([])
  })
})

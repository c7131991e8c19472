import type { CheckIn, KeyResult, Period } from '@okrkit/core'
import { act, renderHook } from '@testing-library/react'
import type { ReactNode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { OkrProvider, type OkrProviderProps } from '../provider/okr-provider'
import {
  normalizeCheckInDraft,
  scoreOfCheckIn,
  type UseCheckInParams,
  useCheckIn,
} from './use-check-in-form'

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
  status: 'at-risk',
  update: { what: '', why: '', soWhat: '' },
  headwinds: [],
  tailwinds: [],
  decisions: [],
  risks: [],
  learnings: [],
}

function setup(params: Partial<UseCheckInParams> = {}, provider: OkrProviderProps = {}) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <OkrProvider today="2026-02-14" {...provider}>
      {children}
    </OkrProvider>
  )
  return renderHook((props: Partial<UseCheckInParams>) => useCheckIn({ keyResult, ...props }), {
    wrapper,
    initialProps: params,
  })
}

describe('normalizeCheckInDraft', () => {
  it('fills the key result, the update and every list, and keeps the rest untouched', () => {
    expect(
      normalizeCheckInDraft(
        { status: 'at-risk', update: { why: 'Churn' }, meta: { jira: 'OKR-7' } },
        keyResult,
      ),
    ).toEqual({
      status: 'at-risk',
      keyResultId: 'kr-nps',
      update: { what: '', why: 'Churn', soWhat: '' },
      headwinds: [],
      tailwinds: [],
      decisions: [],
      risks: [],
      learnings: [],
      meta: { jira: 'OKR-7' },
    })
  })
})

describe('scoreOfCheckIn', () => {
  it('takes the team’s score, else the measured value’s, else nothing', () => {
    expect(scoreOfCheckIn(keyResult, { ...january, score: 0.4 })).toMatchObject({
      value: 0.4,
      provenance: 'manual',
    })
    expect(scoreOfCheckIn(keyResult, { ...january, value: 41 })).toMatchObject({
      value: 0.5,
      provenance: 'computed',
    })
    const { value: _value, ...statusOnly } = january
    expect(scoreOfCheckIn(keyResult, statusOnly)).toBeUndefined()
  })
})

describe('useCheckIn', () => {
  it('starts a new check-in dated today with nothing flagged', () => {
    const { result } = setup()
    expect(result.current.date).toBe('2026-02-14')
    expect(result.current.draft.date).toBeUndefined()
    expect(result.current.canEdit).toBe(true)
    expect(result.current.errors).toEqual({})
    // Still not submittable: no status yet.
    expect(result.current.issues.map((issue) => issue.code)).toEqual(['required'])
  })

  it('keeps confidence as 0–1 while it is typed in percent', () => {
    const onValueChange = vi.fn()
    const { result } = setup({ onValueChange, defaultValue: { confidence: 0.07 } })
    expect(result.current.fields.confidence).toEqual({ text: '7', error: undefined })
    act(() => result.current.setNumberText('confidence', '85'))
    expect(result.current.draft.confidence).toBe(0.85)
    expect(onValueChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ confidence: 0.85 }),
      expect.anything(),
    )
    act(() => result.current.setNumberText('confidence', ''))
    expect(result.current.draft).not.toHaveProperty('confidence')
    expect(result.current.fields.confidence).toEqual({ text: '', error: undefined })
  })

  it('reports validity with every change, issues in form order', () => {
    const onValueChange = vi.fn()
    const { result } = setup({ onValueChange })
    act(() => result.current.setStory('soWhat', 'x'.repeat(20_001)))
    act(() => result.current.setNumberText('score', '2'))
    const [, details] = onValueChange.mock.lastCall ?? []
    expect(details.valid).toBe(false)
    expect(details.issues.map((issue: { path: unknown[] }) => issue.path.join('.'))).toEqual([
      'score',
      'status',
      'update.soWhat',
    ])
    act(() => result.current.setNumberText('score', '0.4'))
    act(() => result.current.setStory('soWhat', 'Hire'))
    act(() => result.current.setStatus('on-track'))
    expect(onValueChange.mock.lastCall?.[1]).toEqual({ valid: true, issues: [] })
  })

  it('builds successive edits of one event on each other', () => {
    const onValueChange = vi.fn()
    const { result } = setup({ onValueChange })
    act(() => {
      result.current.setNumberText('value', '41')
      result.current.setStatus('on-track')
      result.current.setNotes('risks', ['Survey fatigue'])
    })
    expect(result.current.draft).toMatchObject({
      value: 41,
      status: 'on-track',
      risks: ['Survey fatigue'],
    })
    expect(onValueChange).toHaveBeenCalledTimes(3)
  })

  it('flags a missing status only once a submit failed, and submits once it is given', () => {
    const onSubmit = vi.fn()
    const { result } = setup({ onSubmit })
    let submitted: CheckIn | undefined
    act(() => {
      submitted = result.current.submit()
    })
    expect(submitted).toBeUndefined()
    expect(result.current.failedSubmits).toBe(1)
    expect(result.current.errors).toEqual({
      status: 'Choose a status: on track, off track or at risk.',
    })
    act(() => result.current.setStatus('off-track'))
    act(() => {
      submitted = result.current.submit()
    })
    expect(submitted).toMatchObject({ status: 'off-track', date: '2026-02-14' })
    expect(onSubmit).toHaveBeenCalledWith(submitted, {})
    expect(result.current.failedSubmits).toBe(0)
    expect(result.current.draft.id).toBe(submitted?.id)
  })

  it('suggests a status by pace from the draft’s value, not the earlier team status', () => {
    const { result } = setup({ period: q1, checkIns: [january] })
    // Without a value, pace uses January’s 34: 11% of the way at 50% of the period.
    expect(result.current.statusAdvice?.status).toBe('off-track')
    act(() => result.current.setNumberText('value', '41'))
    expect(result.current.statusAdvice).toEqual({
      status: 'on-track',
      explanation: '50% of the way to the target with 50% of the period gone: on pace.',
    })
    act(() => result.current.setNumberText('value', '41x'))
    // An invalid text is not a measurement: pace falls back to what was measured before.
    expect(result.current.statusAdvice?.status).toBe('off-track')
  })

  it('gives no status advice without a period or with an invalid date', () => {
    const { result, rerender } = setup()
    expect(result.current.statusAdvice).toBeUndefined()
    rerender({ period: q1 })
    expect(result.current.statusAdvice).toBeDefined()
    act(() => result.current.setDate('2026-02-30'))
    expect(result.current.statusAdvice).toBeUndefined()
    expect(result.current.errors).toEqual({ date: 'Enter the date of this check-in.' })
  })

  it('suggests no score for a key result that cannot be scored, without throwing', () => {
    const flat: KeyResult = { ...keyResult, measure: { type: 'metric', start: 5, target: 5 } }
    const { result } = setup({ keyResult: flat, period: q1 })
    act(() => result.current.setNumberText('value', '7'))
    expect(result.current.suggestedScore).toBeUndefined()
    expect(result.current.statusAdvice).toBeUndefined()
  })

  it('explains confidence with core’s curve and the objective’s commitment', () => {
    const { result, rerender } = setup({ defaultValue: { confidence: 0.5 } })
    expect(result.current.confidenceAdvice).toMatchObject({
      expectedScore: 1,
      ambition: 'stretch',
      fits: true,
    })
    rerender({ commitment: 'committed' })
    expect(result.current.confidenceAdvice).toMatchObject({ ambition: 'stretch', fits: false })
    expect(result.current.confidenceAdvice?.advice).toBe(
      'Risky for a commitment: at 50% odds, lower the target or make it aspirational.',
    )
  })

  it('submits nothing when permissions say no, and asks about a new check-in without one', () => {
    const permissions = vi.fn(() => false)
    const onSubmit = vi.fn()
    const { result } = setup({ onSubmit, defaultValue: { status: 'on-track' } }, { permissions })
    expect(permissions).toHaveBeenCalledWith({ kind: 'checkIn', keyResult, checkIn: undefined })
    expect(result.current.canEdit).toBe(false)
    act(() => {
      result.current.submit()
    })
    expect(onSubmit).not.toHaveBeenCalled()
    expect(result.current.failedSubmits).toBe(0)
  })
})

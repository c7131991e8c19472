import type { CatalogKey } from '@okrkit/core'
import {
  type Ambition,
  assessAmbition,
  type CheckIn,
  type CheckInStatus,
  type CheckInUpdate,
  type Commitment,
  checkInSchema,
  explainStatus,
  type IsoDate,
  isValidIsoDate,
  type KeyResult,
  type KeyResultValue,
  type OkrIssue,
  type Period,
  resolveKeyResultScore,
  type Score,
  scoreKeyResult,
  suggestStatus,
} from '@okrkit/core'
import { useCallback, useMemo, useRef, useState } from 'react'
import { CHECK_IN_FORM_MESSAGES } from '../i18n/catalog'
import { createId } from '../internal/create-id'
import { formatNumberText } from '../internal/number-text'
import { fieldKey, fromSchemaIssues } from '../internal/schema-issues'
import { useControllableState } from '../internal/use-controllable-state'
import {
  type NumberFieldOptions,
  type NumberFieldState,
  usePendingTexts,
} from '../internal/use-pending-texts'
import { useToday } from '../internal/use-today'
import { type OkrI18n, useCanEdit, useOkrI18n } from '../provider/use-okr-context'

/** The check-in's lists of notes, in the order the form shows them. */
export const CHECK_IN_NOTE_LISTS = [
  'headwinds',
  'tailwinds',
  'decisions',
  'risks',
  'learnings',
] as const
export type CheckInNoteList = (typeof CHECK_IN_NOTE_LISTS)[number]

/** The parts of the update's story: what happened, why, and so what. */
export type CheckInStoryField = keyof CheckInUpdate

/** The check-in's number fields. `confidence` is typed in percent and kept as 0–1. */
export type CheckInNumberField = 'value' | 'score' | 'confidence'

/**
 * A check-in being written: any part of a `CheckIn` may still be missing. Leave `date` out for
 * "today" (the provider's), `id` out for a new check-in (one is made on the first submit).
 */
export type CheckInDraft = Partial<Omit<CheckIn, 'update'>> & {
  update?: Partial<CheckInUpdate> | undefined
  /**
   * Milestone key results: whether the milestone is done as of this check-in. `CheckIn` has no
   * field for it, so it is reported beside the check-in on submit (`CheckInSubmitDetails`).
   */
  done?: boolean | undefined
}

/** A draft as the form reports it: the key result's id, the update and every list filled in. */
export type NormalizedCheckInDraft = CheckInDraft &
  Pick<CheckIn, 'keyResultId' | 'update' | CheckInNoteList>

/** What comes with each `onValueChange`. */
export interface CheckInChangeDetails {
  /** Whether the draft, with what is typed in its number fields, would submit. */
  valid: boolean
  /** What keeps it from submitting, in form order (also what the form does not show yet). */
  issues: OkrIssue[]
}

/** What comes with the check-in on submit. */
export interface CheckInSubmitDetails {
  /**
   * Milestone key results: whether the team marked the milestone done. Update the key result's
   * `measure.done` with it if the check-in should move the milestone too.
   */
  done?: boolean
}

/** A status suggested by pace, with core's explanation. Advice only: the team's status wins. */
export interface CheckInStatusAdvice {
  status: CheckInStatus
  explanation: string
}

/** What the team's confidence means for the score to expect and for the target's ambition. */
export interface CheckInConfidenceAdvice {
  /** The score to expect at these odds (`expectedScore`). */
  expectedScore: number
  ambition: Ambition
  /** Whether the ambition suits the objective's commitment. */
  fits: boolean
  /** Core's localised advice (`assessAmbition`). */
  advice: string
}

export interface UseCheckInParams {
  /** The key result checked in on. */
  keyResult: KeyResult
  /** The key result's period: with it, the form suggests a status by pace. */
  period?: Period | undefined
  /** Earlier check-ins for context (any key result's; only this one's are used). */
  checkIns?: readonly CheckIn[] | undefined
  /** The commitment of the key result's objective, for the confidence advice. Default `aspirational`. */
  commitment?: Commitment | undefined
  /** The controlled draft. */
  value?: CheckInDraft | undefined
  /** The initial draft when uncontrolled; read once. Default: a new check-in dated today. */
  defaultValue?: CheckInDraft | undefined
  /** Called with the whole draft after every edit, with whether it would submit. */
  onValueChange?:
    | ((draft: NormalizedCheckInDraft, details: CheckInChangeDetails) => void)
    | undefined
  /** Called with the validated check-in when a submit succeeds. */
  onSubmit?: ((checkIn: CheckIn, details: CheckInSubmitDetails) => void) | undefined
}

export interface UseCheckInResult {
  /** The draft, normalised. */
  draft: NormalizedCheckInDraft
  /** The check-in's date: the draft's, else today; `undefined` only before mounting without a provider `today`. */
  date: IsoDate | undefined
  /** Whether the provider's permissions let the user edit this check-in. */
  canEdit: boolean
  /** What each number field shows, and the error of its text (`confidence` in percent). */
  fields: Record<CheckInNumberField, NumberFieldState>
  /** Milestone key results: whether the milestone is done (the draft's, else the key result's). */
  done: boolean
  /** The score the measured value (or `done`) earns: core's `scoreKeyResult`. */
  suggestedScore: number | undefined
  /** The status pace suggests, when a period is given and the date is valid. */
  statusAdvice: CheckInStatusAdvice | undefined
  /** Advice on the confidence, when one is given. */
  confidenceAdvice: CheckInConfidenceAdvice | undefined
  /** This key result's earlier check-ins (not the draft itself), newest first. */
  history: CheckIn[]
  /** Everything that keeps the draft from submitting, in form order. */
  issues: OkrIssue[]
  /**
   * The messages to show, by field key (`'score'`, `'update.what'`, `'risks.2'`): every issue
   * with the value typed, and missing answers too once a submit failed.
   */
  errors: Readonly<Record<string, string>>
  /** How many submits failed since the last successful one. */
  failedSubmits: number
  setDate: (date: IsoDate) => void
  /** Takes what was typed; an invalid text is kept and flagged, the model keeps its last number. */
  setNumberText: (field: CheckInNumberField, text: string) => void
  /** Sets a model value directly (a slider; `confidence` as 0–1), dropping any typed text. */
  setNumber: (field: CheckInNumberField, value: number | undefined) => void
  setDone: (done: boolean) => void
  /** Takes the suggested score, rounded to two decimals, as the team's own. */
  applySuggestedScore: () => void
  setStatus: (status: CheckInStatus) => void
  setStory: (field: CheckInStoryField, text: string) => void
  setNotes: (list: CheckInNoteList, notes: string[]) => void
  /** Validates and submits; returns the check-in, or `undefined` (and counts a failed submit). */
  submit: () => CheckIn | undefined
}

const NUMBER_FIELDS: Record<CheckInNumberField, NumberFieldOptions> = {
  value: { required: false, format: formatNumberText },
  score: { required: false, min: 0, max: 1, format: formatNumberText },
  confidence: {
    required: false,
    min: 0,
    max: 100,
    toModel: (percent) => percent / 100,
    // 0.07 × 100 is 7.000000000000001 in floating point; the field shows 7.
    format: (fraction) => formatNumberText(Number((fraction * 100).toFixed(8))),
  },
}

/** Where each field sits in the form, so issues come in the order a reader meets them. */
const FIELD_ORDER = [
  'date',
  'value',
  'score',
  'status',
  'confidence',
  'update.what',
  'update.why',
  'headwinds',
  'tailwinds',
  'update.soWhat',
  'decisions',
  'risks',
  'learnings',
]

const FIELD_MESSAGES = {
  date: 'ui.checkInForm.date.invalid',
  value: 'ui.checkInForm.value.invalid',
  score: 'ui.checkInForm.score.invalid',
  confidence: 'ui.checkInForm.confidence.invalid',
  status: 'ui.checkInForm.status.required',
} as const

const EMPTY_DRAFT: CheckInDraft = {}

/**
 * A draft with the key result's id, the update and every list filled in; everything else (the
 * host's `meta` too) is kept as it is.
 *
 * @example
 * normalizeCheckInDraft({ status: 'at-risk' }, kr) // { status: 'at-risk', keyResultId: kr.id, update: { what: '', … }, headwinds: [], … }
 */
export function normalizeCheckInDraft(
  draft: CheckInDraft,
  keyResult: KeyResult,
): NormalizedCheckInDraft {
  return {
    ...draft,
    keyResultId: keyResult.id,
    update: { what: '', why: '', soWhat: '', ...draft.update },
    headwinds: draft.headwinds ?? [],
    tailwinds: draft.tailwinds ?? [],
    decisions: draft.decisions ?? [],
    risks: draft.risks ?? [],
    learnings: draft.learnings ?? [],
  }
}

function withNumber<D extends CheckInDraft>(
  draft: D,
  field: CheckInNumberField,
  value: number | undefined,
): D {
  const next = { ...draft }
  if (value === undefined) delete next[field]
  else next[field] = value
  return next
}

function orderOf(issue: OkrIssue): number {
  const key = fieldKey(issue.path)
  const index = FIELD_ORDER.findIndex((field) => key === field || key.startsWith(`${field}.`))
  return index === -1 ? FIELD_ORDER.length : index
}

/** Scores a value, or gives `undefined` for a key result that cannot be scored (target = start). */
function scoreOrUndefined(keyResult: KeyResult, value: KeyResultValue): number | undefined {
  try {
    return scoreKeyResult(keyResult, value)
  } catch {
    return undefined
  }
}

/**
 * The score an earlier check-in gave or measured, with its provenance (core's
 * `resolveKeyResultScore` on that check-in alone); `undefined` when it did neither.
 */
export function scoreOfCheckIn(keyResult: KeyResult, checkIn: CheckIn): Score | undefined {
  try {
    const score = resolveKeyResultScore(keyResult, [checkIn])
    return score.checkInId === undefined ? undefined : score
  } catch {
    return undefined
  }
}

interface Validation {
  issues: OkrIssue[]
  checkIn: CheckIn | undefined
}

/** Validates a draft with core's `checkInSchema`, plus what is typed in its number fields. */
function validateDraft(
  draft: NormalizedCheckInDraft,
  date: IsoDate | undefined,
  fields: Record<CheckInNumberField, NumberFieldState>,
  t: OkrI18n<CatalogKey<typeof CHECK_IN_FORM_MESSAGES>>['t'],
): Validation {
  const { done: _done, ...checkIn } = draft
  const result = checkInSchema.safeParse({ ...checkIn, id: draft.id ?? 'new', date })
  const issues: OkrIssue[] = []
  for (const field of ['value', 'score', 'confidence'] as const) {
    const error = fields[field].error
    if (error === undefined) continue
    issues.push({
      code: error,
      severity: 'error',
      path: [field],
      params: { text: fields[field].text },
      message: t(FIELD_MESSAGES[field]),
    })
  }
  if (!result.success) {
    for (const issue of fromSchemaIssues(result.error.issues, t)) {
      const field = issue.path.length === 1 ? issue.path[0] : undefined
      // What is typed in a number field says more than the last valid number behind it.
      if (issues.some((typed) => typed.path[0] === field)) continue
      const message =
        typeof field === 'string' && field in FIELD_MESSAGES
          ? t(FIELD_MESSAGES[field as keyof typeof FIELD_MESSAGES])
          : issue.message
      issues.push({ ...issue, message })
    }
  }
  issues.sort((a, b) => orderOf(a) - orderOf(b))
  return { issues, checkIn: issues.length === 0 && result.success ? result.data : undefined }
}

/**
 * The state of a monthly check-in on one key result, for hosts that draw their own form:
 * the draft (controlled or not), what each number field shows, the suggested score, the status
 * pace suggests, confidence advice, validation with core's `checkInSchema` and submit.
 * `CheckInForm` is built on it.
 *
 * Invalid input is kept, flagged and never turned into NaN: what is typed into a number field
 * stays on screen, and while it is not a number in range the draft keeps the field's last valid
 * number; every keystroke still reaches `onValueChange`, with `details.valid === false`.
 *
 * @example
 * const checkIn = useCheckIn({ keyResult: kr, period: q1, checkIns: doc.checkIns, onSubmit: save })
 * checkIn.setNumberText('value', '45')
 * checkIn.suggestedScore // 0.72
 */
export function useCheckIn({
  keyResult,
  period,
  checkIns,
  commitment = 'aspirational',
  value,
  defaultValue,
  onValueChange,
  onSubmit,
}: UseCheckInParams): UseCheckInResult {
  const i18n = useOkrI18n(CHECK_IN_FORM_MESSAGES)
  const { t, coreOptions } = i18n
  const today = useToday()
  const texts = usePendingTexts<CheckInNumberField>()
  const milestone = keyResult.measure.type === 'milestone'

  const readFields = (
    draft: CheckInDraft,
    read: typeof texts.read,
  ): Record<CheckInNumberField, NumberFieldState> => ({
    value: read('value', draft.value, NUMBER_FIELDS.value),
    score: read('score', draft.score, NUMBER_FIELDS.score),
    confidence: read('confidence', draft.confidence, NUMBER_FIELDS.confidence),
  })

  const [rawDraft, setRawDraft] = useControllableState<CheckInDraft>({
    value,
    defaultValue: defaultValue ?? EMPTY_DRAFT,
    name: 'CheckInForm',
    onChange: (next) => {
      if (!onValueChange) return
      const normalized = next as NormalizedCheckInDraft
      const { issues } = validateDraft(
        normalized,
        normalized.date ?? today,
        readFields(normalized, texts.readLatest),
        t,
      )
      onValueChange(normalized, { valid: issues.length === 0, issues })
    },
  })
  const draft = useMemo(() => normalizeCheckInDraft(rawDraft, keyResult), [rawDraft, keyResult])

  // Successive edits within one event build on each other before the next render.
  const latest = useRef(draft)
  latest.current = draft
  const update = useCallback(
    (change: (draft: NormalizedCheckInDraft) => CheckInDraft) => {
      const next = normalizeCheckInDraft(change(latest.current), keyResult)
      latest.current = next
      setRawDraft(next)
    },
    [keyResult, setRawDraft],
  )

  // Permission is asked about the check-in as it is stored, not as it is being edited: a rule
  // such as "only this month's check-ins" must not lock the form halfway through an edit.
  const stored =
    draft.id !== undefined && draft.status !== undefined ? (draft as CheckIn) : undefined
  const [permissionSubject, setPermissionSubject] = useState(stored)
  if (permissionSubject?.id !== stored?.id) setPermissionSubject(stored)
  const canEdit = useCanEdit({ kind: 'checkIn', keyResult, checkIn: permissionSubject })

  const date = draft.date ?? today
  const fields = readFields(draft, texts.read)
  const done =
    draft.done ?? (keyResult.measure.type === 'milestone' ? keyResult.measure.done : false)

  const suggestedScore = milestone
    ? scoreOrUndefined(keyResult, done)
    : draft.value !== undefined && fields.value.error === undefined
      ? scoreOrUndefined(keyResult, draft.value)
      : undefined

  const history = useMemo(
    () =>
      (checkIns ?? [])
        .filter((checkIn) => checkIn.keyResultId === keyResult.id && checkIn.id !== draft.id)
        // Oldest first (a stable sort keeps same-day check-ins in order), then reversed.
        .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
        .reverse(),
    [checkIns, keyResult.id, draft.id],
  )

  const measured = !milestone && fields.value.error === undefined ? draft.value : undefined
  const statusAdvice = useMemo((): CheckInStatusAdvice | undefined => {
    if (!period || date === undefined || !isValidIsoDate(date)) return undefined
    // Pace with this draft as the newest measurement: the draft's value, or for a milestone
    // whether it is done. The earlier statuses are shown as history; the team's choice wins.
    const probe: KeyResult =
      keyResult.measure.type === 'milestone'
        ? { ...keyResult, measure: { ...keyResult.measure, done } }
        : keyResult
    const withDraft: CheckIn[] =
      measured === undefined
        ? history
        : [
            ...history,
            {
              ...normalizeCheckInDraft({}, keyResult),
              id: draft.id ?? 'draft',
              date,
              value: measured,
              status: 'on-track',
            },
          ]
    try {
      const suggestion = suggestStatus(probe, withDraft, period, date)
      const pace = {
        ...suggestion,
        source: 'pace' as const,
        status: suggestion.paceStatus,
        stale: false,
      }
      return { status: pace.status, explanation: explainStatus(pace, coreOptions) }
    } catch {
      return undefined
    }
  }, [period, date, keyResult, done, measured, history, draft.id, coreOptions])

  const confidence = fields.confidence.error === undefined ? draft.confidence : undefined
  const confidenceAdvice = useMemo((): CheckInConfidenceAdvice | undefined => {
    if (confidence === undefined || !(confidence >= 0 && confidence <= 1)) return undefined
    const assessment = assessAmbition({ confidence, commitment }, coreOptions)
    return {
      expectedScore: assessment.expectedScore,
      ambition: assessment.ambition,
      fits: assessment.fits,
      advice: assessment.advice,
    }
  }, [confidence, commitment, coreOptions])

  const validation = validateDraft(draft, date, fields, t)
  const [failedSubmits, setFailedSubmits] = useState(0)
  const errors: Record<string, string> = {}
  for (const issue of validation.issues) {
    // A missing answer is flagged once a submit failed; a wrong one as soon as it is there.
    if (issue.code === 'required' && failedSubmits === 0) continue
    const key = fieldKey(issue.path)
    errors[key] ??= issue.message
  }

  const setNumberText = useCallback(
    (field: CheckInNumberField, text: string) => {
      const model = texts.type(field, text, latest.current[field], NUMBER_FIELDS[field])
      // Also when the model keeps its number: the keystroke is an edit and is reported.
      update((current) => withNumber(current, field, model))
    },
    [texts, update],
  )
  const setNumber = useCallback(
    (field: CheckInNumberField, next: number | undefined) => {
      texts.clear(field)
      update((current) => withNumber(current, field, next))
    },
    [texts, update],
  )

  const submit = (): CheckIn | undefined => {
    if (!canEdit) return undefined
    const current = latest.current
    const result = validateDraft(
      current,
      current.date ?? today,
      readFields(current, texts.readLatest),
      t,
    )
    if (!result.checkIn) {
      setFailedSubmits((count) => count + 1)
      return undefined
    }
    const id = current.id ?? createId()
    // Keep the new id in the draft, so submitting again updates the same check-in.
    if (current.id === undefined) update((draft) => ({ ...draft, id }))
    setFailedSubmits(0)
    const checkIn = { ...result.checkIn, id }
    const measure = keyResult.measure
    onSubmit?.(checkIn, measure.type === 'milestone' ? { done: current.done ?? measure.done } : {})
    return checkIn
  }

  return {
    draft,
    date,
    canEdit,
    fields,
    done,
    suggestedScore,
    statusAdvice,
    confidenceAdvice,
    history,
    issues: validation.issues,
    errors,
    failedSubmits,
    setDate: (next) => update((current) => ({ ...current, date: next })),
    setNumberText,
    setNumber,
    setDone: (next) => update((current) => ({ ...current, done: next })),
    applySuggestedScore: () => {
      // Two decimals, as the play writes scores (0.72, not 0.7222…).
      if (suggestedScore !== undefined) setNumber('score', Math.round(suggestedScore * 100) / 100)
    },
    setStatus: (status) => update((current) => ({ ...current, status })),
    setStory: (field, text) =>
      update((current) => ({ ...current, update: { ...current.update, [field]: text } })),
    setNotes: (list, notes) => update((current) => ({ ...current, [list]: notes })),
    submit,
  }
}

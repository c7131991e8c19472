import type { CatalogKey } from '@okrkit/core'
import {
  type KeyResult,
  type Objective,
  type OkrDocument,
  type OkrIssue,
  type Period,
  type Retrospective,
  resolveKeyResultScore,
  retrospectiveSchema,
  type Score,
  scoreObjective,
} from '@okrkit/core'
import { useCallback, useMemo, useRef, useState } from 'react'
import { RETROSPECTIVE_FORM_MESSAGES } from '../i18n/catalog'
import { createId } from '../internal/create-id'
import { formatNumberText } from '../internal/number-text'
import { fieldKey, fromSchemaIssues } from '../internal/schema-issues'
import { stableKeys } from '../internal/stable-keys'
import { useControllableState } from '../internal/use-controllable-state'
import {
  type NumberFieldOptions,
  type NumberFieldState,
  usePendingTexts,
} from '../internal/use-pending-texts'
import { type OkrI18n, useCanEdit, useOkrI18n } from '../provider/use-okr-context'

/** The retrospective's lists of notes, in the order the form shows them. */
export const RETROSPECTIVE_NOTE_LISTS = ['wentWell', 'toImprove'] as const
export type RetrospectiveNoteList = (typeof RETROSPECTIVE_NOTE_LISTS)[number]

/** A retrospective being written: any part may still be missing (`id` is made on the first submit). */
export type RetrospectiveDraft = Partial<Retrospective>

/**
 * A draft as the form reports it: the period's id, the lists, and a final score for every key
 * result shown (prefilled from the check-ins where the draft had none).
 */
export type NormalizedRetrospectiveDraft = RetrospectiveDraft &
  Pick<Retrospective, 'periodId' | 'finalScores' | RetrospectiveNoteList>

/** A problem with the draft; final-score problems name their key result. */
export type RetrospectiveIssue = OkrIssue & { keyResultId?: string }

/** What comes with each `onValueChange`. */
export interface RetrospectiveChangeDetails {
  /** Whether the draft, with what is typed in its score fields, would submit. */
  valid: boolean
  issues: RetrospectiveIssue[]
}

/** One key result of the period, with its final score. */
export interface RetrospectiveKeyResultRow {
  keyResult: KeyResult
  /** A React key and DOM id part, unique even when a broken document repeats an id. */
  key: string
  /** Core's `resolveKeyResultScore` as of the period's end: what the check-ins say. */
  resolved: Score | undefined
  /** The final score in the draft. */
  score: number | undefined
  /** What the score field shows, and the error of its text. */
  field: NumberFieldState
}

/** One objective of the period, with its key results and the score they add up to. */
export interface RetrospectiveObjectiveRow {
  objective: Objective
  /** The weighted mean of the final scores (`scoreObjective`). */
  score: number | undefined
  keyResults: RetrospectiveKeyResultRow[]
}

export interface UseRetrospectiveParams {
  /** The document whose period closes: its objectives, key results and check-ins. */
  document: OkrDocument
  /** The period to close. Default: the draft's period, else the document's first. */
  periodId?: string | undefined
  /** Only this team's objectives (a team's retrospective). Default: every objective of the period. */
  teamId?: string | undefined
  /** The controlled draft. */
  value?: RetrospectiveDraft | undefined
  /**
   * The initial draft when uncontrolled; read once. Default: the document's retrospective of the
   * period, else a new one; either way every key result's final score is prefilled from its
   * check-ins (`resolveKeyResultScore` as of the period's end) where it has none.
   */
  defaultValue?: RetrospectiveDraft | undefined
  /** Called with the whole draft after every edit, with whether it would submit. */
  onValueChange?:
    | ((draft: NormalizedRetrospectiveDraft, details: RetrospectiveChangeDetails) => void)
    | undefined
  /** Called with the validated retrospective when a submit succeeds. */
  onSubmit?: ((retrospective: Retrospective) => void) | undefined
}

export interface UseRetrospectiveResult {
  draft: NormalizedRetrospectiveDraft
  /** The period closed; `undefined` when the document has no such period. */
  period: Period | undefined
  canEdit: boolean
  objectives: RetrospectiveObjectiveRow[]
  /** Everything that keeps the draft from submitting, in form order. */
  issues: RetrospectiveIssue[]
  /**
   * The messages to show, by field key: `finalScores.<key>` (the row's `key`), `wentWell`,
   * `toImprove.2` … Every issue with a value typed; missing answers once a submit failed.
   */
  errors: Readonly<Record<string, string>>
  /** How many submits failed since the last successful one. */
  failedSubmits: number
  /** Takes what was typed; an invalid text is kept and flagged, the draft keeps its last score. */
  setScoreText: (keyResultId: string, text: string) => void
  /** Sets a final score directly (a slider), dropping any typed text. */
  setScore: (keyResultId: string, score: number) => void
  setNotes: (list: RetrospectiveNoteList, notes: string[]) => void
  /** Validates and submits; returns the retrospective, or `undefined` (and counts a failed submit). */
  submit: () => Retrospective | undefined
}

const SCORE_FIELD: NumberFieldOptions = { required: true, min: 0, max: 1, format: formatNumberText }

function resolveOrUndefined(
  keyResult: KeyResult,
  document: OkrDocument,
  period: Period | undefined,
): Score | undefined {
  try {
    return resolveKeyResultScore(keyResult, document.checkIns, period ? { asOf: period.end } : {})
  } catch {
    return undefined
  }
}

function objectiveScoreOrUndefined(
  objective: Objective,
  scores: Record<string, number>,
): number | undefined {
  try {
    return scoreObjective(objective, scores)
  } catch {
    return undefined
  }
}

/**
 * A draft with the period's id, both lists, and a final score for each key result shown that
 * has none yet (from `prefill`); existing scores and everything else are kept in place.
 *
 * @example
 * normalizeRetrospectiveDraft({}, '2026-Q1', new Map([['kr-nps', 0.7]]))
 * // { periodId: '2026-Q1', finalScores: [{ keyResultId: 'kr-nps', score: 0.7 }], wentWell: [], toImprove: [] }
 */
export function normalizeRetrospectiveDraft(
  draft: RetrospectiveDraft,
  periodId: string,
  prefill: ReadonlyMap<string, number>,
): NormalizedRetrospectiveDraft {
  const finalScores = [...(draft.finalScores ?? [])]
  const scored = new Set(finalScores.map((entry) => entry.keyResultId))
  for (const [keyResultId, score] of prefill) {
    if (!scored.has(keyResultId)) finalScores.push({ keyResultId, score })
  }
  return {
    ...draft,
    periodId,
    finalScores,
    wentWell: draft.wentWell ?? [],
    toImprove: draft.toImprove ?? [],
  }
}

function setFinalScore(
  draft: NormalizedRetrospectiveDraft,
  keyResultId: string,
  score: number | undefined,
): NormalizedRetrospectiveDraft {
  if (score === undefined) return { ...draft }
  const index = draft.finalScores.findIndex((entry) => entry.keyResultId === keyResultId)
  const finalScores =
    index === -1
      ? [...draft.finalScores, { keyResultId, score }]
      : draft.finalScores.map((entry, i) => (i === index ? { ...entry, score } : entry))
  return { ...draft, finalScores }
}

interface Shown {
  keyResult: KeyResult
  key: string
  objective: Objective
  resolved: Score | undefined
}

function validateDraft(
  draft: NormalizedRetrospectiveDraft,
  shown: readonly Shown[],
  fieldOf: (keyResultId: string, score: number | undefined) => NumberFieldState,
  t: OkrI18n<CatalogKey<typeof RETROSPECTIVE_FORM_MESSAGES>>['t'],
): { issues: RetrospectiveIssue[]; retrospective: Retrospective | undefined } {
  const result = retrospectiveSchema.safeParse({ ...draft, id: draft.id ?? 'new' })
  const scoreMessage = t('ui.retrospectiveForm.finalScore.invalid')
  const byKeyResult = new Map<string, RetrospectiveIssue>()
  for (const { keyResult } of shown) {
    const index = draft.finalScores.findIndex((entry) => entry.keyResultId === keyResult.id)
    const score = draft.finalScores[index]?.score
    const { text, error } = fieldOf(keyResult.id, score)
    if (error !== undefined) {
      byKeyResult.set(keyResult.id, {
        code: error,
        severity: 'error',
        path: index === -1 ? ['finalScores'] : ['finalScores', index, 'score'],
        params: { text },
        message: scoreMessage,
        keyResultId: keyResult.id,
      })
    } else if (index === -1) {
      // Nothing to prefill from (a metric whose target equals its start) and nothing typed.
      byKeyResult.set(keyResult.id, {
        code: 'required',
        severity: 'error',
        path: ['finalScores'],
        params: { keyResultId: keyResult.id },
        message: scoreMessage,
        keyResultId: keyResult.id,
      })
    }
  }
  const other: RetrospectiveIssue[] = []
  if (!result.success) {
    for (const issue of fromSchemaIssues(result.error.issues, t)) {
      const [head, index] = issue.path
      if (head === 'finalScores' && typeof index === 'number') {
        const keyResultId = draft.finalScores[index]?.keyResultId
        if (keyResultId !== undefined && shown.some((row) => row.keyResult.id === keyResultId)) {
          if (!byKeyResult.has(keyResultId)) {
            byKeyResult.set(keyResultId, { ...issue, message: scoreMessage, keyResultId })
          }
          continue
        }
      }
      other.push(issue)
    }
  }
  const order = (issue: RetrospectiveIssue) =>
    RETROSPECTIVE_NOTE_LISTS.indexOf(issue.path[0] as RetrospectiveNoteList)
  const issues = [
    ...shown.flatMap(({ keyResult }) => byKeyResult.get(keyResult.id) ?? []),
    ...other.sort((a, b) => order(a) - order(b)),
  ]
  return {
    issues,
    retrospective: issues.length === 0 && result.success ? result.data : undefined,
  }
}

/**
 * The state of a period's retrospective, for hosts that draw their own form: a final score per
 * key result of the period's objectives (prefilled from core's `resolveKeyResultScore` as of
 * the period's end, editable, with the objective scores they add up to), what went well, what
 * to improve, validation with core's `retrospectiveSchema` and submit. `RetrospectiveForm` is
 * built on it.
 *
 * A score typed that is not a number from 0 to 1 stays on screen and is flagged; the draft keeps
 * the key result's last valid score, never NaN, and the keystroke still reaches `onValueChange`.
 *
 * @example
 * const retro = useRetrospective({ document: doc, periodId: '2026-Q1', onSubmit: save })
 * retro.objectives[0].keyResults[0].score // 0.7, from the last check-in
 */
export function useRetrospective({
  document,
  periodId,
  teamId,
  value,
  defaultValue,
  onValueChange,
  onSubmit,
}: UseRetrospectiveParams): UseRetrospectiveResult {
  const { t } = useOkrI18n(RETROSPECTIVE_FORM_MESSAGES)
  const texts = usePendingTexts<string>()

  const resolvedPeriodId =
    periodId ?? value?.periodId ?? defaultValue?.periodId ?? document.periods[0]?.id ?? ''
  const period = document.periods.find((candidate) => candidate.id === resolvedPeriodId)

  const shown = useMemo((): Shown[] => {
    const objectives = document.objectives.filter(
      (objective) =>
        objective.periodId === resolvedPeriodId &&
        (teamId === undefined || objective.teamId === teamId),
    )
    const keyResults = objectives.flatMap((objective) =>
      objective.keyResults.map((keyResult) => ({ keyResult, objective })),
    )
    const keys = stableKeys(keyResults.map(({ keyResult }) => keyResult))
    return keyResults.map(({ keyResult, objective }, index) => ({
      keyResult,
      objective,
      key: keys[index] as string,
      resolved: resolveOrUndefined(keyResult, document, period),
    }))
  }, [document, resolvedPeriodId, teamId, period])

  const prefill = useMemo(() => {
    const scores = new Map<string, number>()
    for (const { keyResult, resolved } of shown) {
      if (resolved !== undefined && !scores.has(keyResult.id))
        scores.set(keyResult.id, resolved.value)
    }
    return scores
  }, [shown])

  const [initialDraft] = useState<RetrospectiveDraft>(
    () =>
      defaultValue ??
      document.retrospectives.find((retro) => retro.periodId === resolvedPeriodId) ?? {
        periodId: resolvedPeriodId,
      },
  )

  const readField =
    (
      read: typeof texts.read,
    ): ((keyResultId: string, score: number | undefined) => NumberFieldState) =>
    (keyResultId, score) =>
      read(keyResultId, score, SCORE_FIELD)

  const [rawDraft, setRawDraft] = useControllableState<RetrospectiveDraft>({
    value,
    defaultValue: initialDraft,
    name: 'RetrospectiveForm',
    onChange: (next) => {
      if (!onValueChange) return
      const normalized = next as NormalizedRetrospectiveDraft
      const { issues } = validateDraft(normalized, shown, readField(texts.readLatest), t)
      onValueChange(normalized, { valid: issues.length === 0, issues })
    },
  })
  const draft = useMemo(
    () => normalizeRetrospectiveDraft(rawDraft, resolvedPeriodId, prefill),
    [rawDraft, resolvedPeriodId, prefill],
  )

  // Successive edits within one event build on each other before the next render.
  const latest = useRef(draft)
  latest.current = draft
  const update = useCallback(
    (change: (draft: NormalizedRetrospectiveDraft) => RetrospectiveDraft) => {
      const next = normalizeRetrospectiveDraft(change(latest.current), resolvedPeriodId, prefill)
      latest.current = next
      setRawDraft(next)
    },
    [resolvedPeriodId, prefill, setRawDraft],
  )

  // Permission is asked about the retrospective as it is stored, not as it is being edited.
  const stored = draft.id !== undefined ? (draft as Retrospective) : undefined
  const [permissionSubject, setPermissionSubject] = useState(stored)
  if (permissionSubject?.id !== stored?.id) setPermissionSubject(stored)
  const canEdit = useCanEdit({ kind: 'retrospective', retrospective: permissionSubject })

  const scoreOf = (keyResultId: string) =>
    draft.finalScores.find((entry) => entry.keyResultId === keyResultId)?.score
  const objectives: RetrospectiveObjectiveRow[] = []
  for (const row of shown) {
    let group = objectives.at(-1)
    if (group?.objective !== row.objective) {
      group = { objective: row.objective, score: undefined, keyResults: [] }
      objectives.push(group)
    }
    const score = scoreOf(row.keyResult.id)
    group.keyResults.push({
      keyResult: row.keyResult,
      key: row.key,
      resolved: row.resolved,
      score,
      field: texts.read(row.keyResult.id, score, SCORE_FIELD),
    })
  }
  for (const group of objectives) {
    const scores: Record<string, number> = {}
    for (const row of group.keyResults)
      if (row.score !== undefined) scores[row.keyResult.id] = row.score
    group.score = objectiveScoreOrUndefined(group.objective, scores)
  }

  const validation = validateDraft(draft, shown, readField(texts.read), t)
  const [failedSubmits, setFailedSubmits] = useState(0)
  const keyOf = new Map(shown.map((row) => [row.keyResult.id, row.key]))
  const errors: Record<string, string> = {}
  for (const issue of validation.issues) {
    if (issue.code === 'required' && failedSubmits === 0) continue
    const key =
      issue.keyResultId === undefined
        ? fieldKey(issue.path)
        : `finalScores.${keyOf.get(issue.keyResultId) ?? issue.keyResultId}`
    errors[key] ??= issue.message
  }

  const submit = (): Retrospective | undefined => {
    if (!canEdit) return undefined
    const current = latest.current
    const result = validateDraft(current, shown, readField(texts.readLatest), t)
    if (!result.retrospective) {
      setFailedSubmits((count) => count + 1)
      return undefined
    }
    const id = current.id ?? createId()
    // Keep the new id in the draft, so saving again updates the same retrospective.
    if (current.id === undefined) update((draft) => ({ ...draft, id }))
    setFailedSubmits(0)
    const retrospective = { ...result.retrospective, id }
    onSubmit?.(retrospective)
    return retrospective
  }

  return {
    draft,
    period,
    canEdit,
    objectives,
    issues: validation.issues,
    errors,
    failedSubmits,
    setScoreText: (keyResultId, text) => {
      const current = latest.current.finalScores.find(
        (entry) => entry.keyResultId === keyResultId,
      )?.score
      const score = texts.type(keyResultId, text, current, SCORE_FIELD)
      // Also when the score stays: the keystroke is an edit and is reported.
      update((draft) => setFinalScore(draft, keyResultId, score))
    },
    setScore: (keyResultId, score) => {
      texts.clear(keyResultId)
      update((draft) => setFinalScore(draft, keyResultId, score))
    },
    setNotes: (list, notes) => update((draft) => ({ ...draft, [list]: notes })),
    submit,
  }
}

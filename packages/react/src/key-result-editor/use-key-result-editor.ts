import type {
  KeyResult,
  LintOptions,
  Measure,
  MetricMeasure,
  MilestoneMeasure,
  Objective,
  OkrIssue,
  Person,
} from '@okrkit/core'
import { useCallback, useMemo, useRef, useState } from 'react'
import {
  collectObjectiveIssues,
  groupIssuesByField,
  issuesUnder,
  type ROOT_FIELD,
} from '../internal/editor-issues'
import {
  formatNumberText,
  type NumberTextError,
  type NumberTextRules,
  parseNumberText,
} from '../internal/number-text'
import { standaloneDocument } from '../internal/standalone-document'
import type { SetStateAction } from '../internal/use-controllable-state'
import { useEditorValue } from '../internal/use-editor-value'
import { withOptional, withOptionalText } from '../internal/with-optional'
import { useCanEdit, useOkrI18n } from '../provider/use-okr-context'

/**
 * The fields of a key result editor, named by their path in the key result (`measure.target` is
 * `['measure', 'target']`): issues are shown at the field their path starts with.
 */
export const KEY_RESULT_FIELDS = [
  'title',
  'measure',
  'measure.start',
  'measure.target',
  'measure.unit',
  'measure.current',
  'measure.done',
  'measure.due',
  'ownerId',
  'weight',
] as const

/** A field of the key result editor; see {@link KEY_RESULT_FIELDS}. */
export type KeyResultField = (typeof KEY_RESULT_FIELDS)[number]

/** The fields typed as text and read as numbers. */
export type KeyResultNumberField = 'measure.start' | 'measure.target' | 'measure.current' | 'weight'

/** The measure a key result starts with when switched to a type it never had. */
export const DEFAULT_MEASURES: { metric: MetricMeasure; milestone: MilestoneMeasure } = {
  metric: { type: 'metric', start: 0, target: 100 },
  milestone: { type: 'milestone', done: false },
}

const METRIC_FIELDS: readonly KeyResultField[] = KEY_RESULT_FIELDS.filter(
  (field) => field !== 'measure.done' && field !== 'measure.due',
)
const MILESTONE_FIELDS: readonly KeyResultField[] = KEY_RESULT_FIELDS.filter(
  (field) =>
    !['measure.start', 'measure.target', 'measure.unit', 'measure.current'].includes(field),
)
const NUMBER_FIELDS: readonly KeyResultNumberField[] = [
  'measure.start',
  'measure.target',
  'measure.current',
  'weight',
]
const NO_ISSUES: readonly OkrIssue[] = []
const NUMBER_RULES: Record<KeyResultNumberField, NumberTextRules> = {
  'measure.start': { required: true },
  'measure.target': { required: true },
  'measure.current': { required: false },
  weight: { required: true },
}

export interface UseKeyResultEditorParams {
  /** The key result, when controlled. */
  value?: KeyResult | undefined
  /** The key result to start from, when uncontrolled; read once. */
  defaultValue?: KeyResult | undefined
  /** Called with the key result after every edit that changes it. */
  onValueChange?: ((value: KeyResult) => void) | undefined
  /**
   * The objective the key result belongs to: permissions are asked about it, and the linter
   * sees the key result among its siblings. Without it, a stand-in objective holding only this
   * key result is used.
   */
  objective?: Objective | undefined
  /** The document's people: owners are picked from them and checked against them. */
  people?: readonly Person[] | undefined
  /**
   * Issues about this key result with paths relative to it, from a parent editor that lints the
   * whole set. When given, the hook does not lint by itself.
   */
  issues?: readonly OkrIssue[] | undefined
  /** Lint rule settings (`{ kr_is_activity: 'off' }`), passed to `lintOkrSet`. */
  rules?: LintOptions['rules']
  /** Render read-only whatever the permissions say. */
  readOnly?: boolean | undefined
}

/** One number field: what it shows, and whether that reached the model. */
export interface KeyResultNumberFieldState {
  field: KeyResultNumberField
  /** The text as typed (or the model's value, formatted, before any typing). */
  text: string
  /** Why `text` is not in the model; `undefined` when it is. */
  error: NumberTextError | undefined
  /** The value the model holds: the last valid one while `text` is invalid. */
  saved: number | undefined
  /** Takes what the user typed: a number reaches the model, anything else stays a draft. */
  setText(text: string): void
}

export interface KeyResultEditorState {
  /** The key result as the model has it. */
  value: KeyResult
  /** Replaces the key result (or updates it from the latest one). */
  setValue(next: SetStateAction<KeyResult>): void
  setTitle(title: string): void
  /** `undefined` (or '') removes the owner. */
  setOwnerId(ownerId: string | undefined): void
  /** Switches between metric and milestone; the other type's values are kept for switching back. */
  setMeasureType(type: Measure['type']): void
  /** '' removes the unit. */
  setUnit(unit: string): void
  setDone(done: boolean): void
  /** A `YYYY-MM-DD` date; '' removes it. */
  setDue(due: string): void
  /** The state of a number field. */
  numberField(field: KeyResultNumberField): KeyResultNumberFieldState
  /** Number fields whose text is not in the model, in screen order. */
  invalidDrafts: readonly KeyResultNumberFieldState[]
  /** Every issue about the key result, paths relative to it, in screen order. */
  issues: readonly OkrIssue[]
  /** The issues of each field shown for the current measure type, and `root` for the rest. */
  issuesByField: ReadonlyMap<KeyResultField | typeof ROOT_FIELD, readonly OkrIssue[]>
  /** The fields shown for the current measure type. */
  fields: readonly KeyResultField[]
  /** True when the permissions (or the `readOnly` param) say the user may not edit it. */
  readOnly: boolean
}

interface NumberDraft {
  text: string
  /** The model value the text was typed against: when the model moves away, the draft is stale. */
  base: number | undefined
}

/** The model value behind a number field; `undefined` when the field does not apply. */
function modelNumber(kr: KeyResult, field: KeyResultNumberField): number | undefined {
  if (field === 'weight') return kr.weight
  if (kr.measure.type !== 'metric') return undefined
  return kr.measure[
    field === 'measure.start' ? 'start' : field === 'measure.target' ? 'target' : 'current'
  ]
}

function applies(kr: KeyResult, field: KeyResultNumberField): boolean {
  return field === 'weight' || kr.measure.type === 'metric'
}

function withNumber(
  kr: KeyResult,
  field: KeyResultNumberField,
  value: number | undefined,
): KeyResult {
  if (modelNumber(kr, field) === value) return kr
  if (field === 'weight') return value === undefined ? kr : { ...kr, weight: value }
  if (kr.measure.type !== 'metric') return kr
  const key =
    field === 'measure.start' ? 'start' : field === 'measure.target' ? 'target' : 'current'
  const { [key]: _old, ...rest } = kr.measure
  const measure = (value === undefined ? rest : { ...kr.measure, [key]: value }) as MetricMeasure
  return { ...kr, measure }
}

/** An objective for a key result edited on its own: lint and permission checks need one. */
function standInObjective(kr: KeyResult): Objective {
  return {
    id: '',
    periodId: '',
    title: '',
    level: 'team',
    commitment: 'aspirational',
    keyResults: [kr],
  }
}

/**
 * Core's issues about one key result, linted inside its objective (or a stand-in), with paths
 * relative to the key result.
 */
function lintKeyResult(
  kr: KeyResult,
  objective: Objective | undefined,
  people: readonly Person[] | undefined,
  options: LintOptions,
): OkrIssue[] {
  const host = objective ?? standInObjective(kr)
  const found = host.keyResults.findIndex((k) => k.id === kr.id)
  const keyResults =
    found === -1 ? [...host.keyResults, kr] : host.keyResults.map((k, i) => (i === found ? kr : k))
  const index = found === -1 ? keyResults.length - 1 : found
  const doc = standaloneDocument([{ ...host, keyResults }], people)
  const rules: LintOptions['rules'] = {
    ...options.rules,
    // Without the document's people, every owner would look unknown.
    ...(people === undefined && { kr_unknown_owner: 'off' }),
  }
  const issues = collectObjectiveIssues(doc, [0], { ...options, rules })
  return issuesUnder(issues, ['objectives', 0, 'keyResults', index])
}

/**
 * The state of a key result editor, without markup: the key result (controlled or not), setters
 * for each field, number fields that keep unfinished text as a draft, and core's live issues
 * grouped by field.
 *
 * Number fields: what the user types is kept as typed. Text that reads as a number reaches the
 * model (and `onValueChange`) at once; unfinished text ("-", "1e", "12,", an emptied required
 * field) stays on screen as a draft with an `error`, and the model keeps the last valid number,
 * so neither NaN nor a lost keystroke ever happens. A draft lasts until the user fixes it or the
 * model's value is changed from outside.
 *
 * @example
 * const editor = useKeyResultEditor({ defaultValue: kr, onValueChange: save })
 * const target = editor.numberField('measure.target')
 * <input value={target.text} onChange={(e) => target.setText(e.target.value)} aria-invalid={!!target.error} />
 */
export function useKeyResultEditor(params: UseKeyResultEditorParams): KeyResultEditorState {
  const { objective, people, issues: givenIssues, rules, readOnly: forceReadOnly = false } = params
  const [value, setValue] = useEditorValue(params, 'KeyResultEditor', 'a key result')
  const { coreOptions } = useOkrI18n()
  const canEdit = useCanEdit({
    kind: 'keyResult',
    keyResult: value,
    objective: objective ?? standInObjective(value),
  })

  // The other measure type's values, so switching back restores them.
  const stash = useRef<{ metric?: MetricMeasure; milestone?: MilestoneMeasure }>({})
  const [drafts, setDrafts] = useState<Partial<Record<KeyResultNumberField, NumberDraft>>>({})

  // Drafts typed against a value the model no longer has were overtaken by an outside change.
  const stale = NUMBER_FIELDS.filter((field) => {
    const draft = drafts[field]
    return draft !== undefined && applies(value, field) && draft.base !== modelNumber(value, field)
  })
  if (stale.length > 0) {
    // Adjusting state while rendering, as React documents for state derived from props.
    setDrafts((previous) => {
      const next = { ...previous }
      for (const field of stale) delete next[field]
      return next
    })
  }

  const setTitle = useCallback(
    (title: string) => setValue((kr) => (kr.title === title ? kr : { ...kr, title })),
    [setValue],
  )
  const setOwnerId = useCallback(
    (ownerId: string | undefined) => setValue((kr) => withOptionalText(kr, 'ownerId', ownerId)),
    [setValue],
  )
  const setMeasureType = useCallback(
    (type: Measure['type']) =>
      setValue((kr) => {
        if (kr.measure.type === type) return kr
        if (kr.measure.type === 'metric') stash.current.metric = kr.measure
        else stash.current.milestone = kr.measure
        const measure: Measure = stash.current[type] ?? { ...DEFAULT_MEASURES[type] }
        return { ...kr, measure }
      }),
    [setValue],
  )
  const setUnit = useCallback(
    (unit: string) =>
      setValue((kr) =>
        kr.measure.type === 'metric'
          ? withMeasure(kr, withOptionalText(kr.measure, 'unit', unit))
          : kr,
      ),
    [setValue],
  )
  const setDone = useCallback(
    (done: boolean) =>
      setValue((kr) =>
        kr.measure.type === 'milestone'
          ? withMeasure(kr, withOptional(kr.measure, 'done', done))
          : kr,
      ),
    [setValue],
  )
  const setDue = useCallback(
    (due: string) =>
      setValue((kr) =>
        kr.measure.type === 'milestone'
          ? withMeasure(kr, withOptionalText(kr.measure, 'due', due))
          : kr,
      ),
    [setValue],
  )

  const numberField = (field: KeyResultNumberField): KeyResultNumberFieldState => {
    const saved = modelNumber(value, field)
    const draft = drafts[field]
    const live = draft !== undefined && draft.base === saved ? draft : undefined
    const text = live ? live.text : formatNumberText(saved)
    const parsed = parseNumberText(text, NUMBER_RULES[field])
    return {
      field,
      text,
      error: parsed.ok ? undefined : parsed.error,
      saved,
      setText: (typed: string) => {
        const read = parseNumberText(typed, NUMBER_RULES[field])
        setDrafts((previous) => ({
          ...previous,
          [field]: { text: typed, base: read.ok ? read.value : saved },
        }))
        if (read.ok) setValue((kr) => withNumber(kr, field, read.value))
      },
    }
  }

  const fields = value.measure.type === 'metric' ? METRIC_FIELDS : MILESTONE_FIELDS
  const invalidDrafts = NUMBER_FIELDS.filter((field) => applies(value, field))
    .map(numberField)
    .filter((state) => state.error !== undefined)

  const selfIssues = useMemo(
    () =>
      givenIssues === undefined
        ? lintKeyResult(value, objective, people, { ...coreOptions, rules })
        : undefined,
    [givenIssues, value, objective, people, coreOptions, rules],
  )
  const issues = givenIssues ?? selfIssues ?? NO_ISSUES
  const issuesByField = useMemo(() => groupIssuesByField(issues, fields), [issues, fields])

  return {
    value,
    setValue,
    setTitle,
    setOwnerId,
    setMeasureType,
    setUnit,
    setDone,
    setDue,
    numberField,
    invalidDrafts,
    issues,
    issuesByField,
    fields,
    readOnly: forceReadOnly || !canEdit,
  }
}

function withMeasure(kr: KeyResult, measure: Measure): KeyResult {
  return measure === kr.measure ? kr : { ...kr, measure }
}

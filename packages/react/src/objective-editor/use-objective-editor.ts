import type {
  Commitment,
  KeyResult,
  LintOptions,
  Objective,
  ObjectiveLevel,
  OkrIssue,
  Person,
} from '@okrkit/core'
import { useCallback, useMemo, useState } from 'react'
import { createId as defaultCreateId } from '../internal/create-id'
import {
  collectObjectiveIssues,
  groupIssuesByField,
  issuesUnder,
  type ROOT_FIELD,
} from '../internal/editor-issues'
import { stableKeys } from '../internal/stable-keys'
import { standaloneDocument } from '../internal/standalone-document'
import type { SetStateAction } from '../internal/use-controllable-state'
import { useEditorValue } from '../internal/use-editor-value'
import { withOptionalText } from '../internal/with-optional'
import { DEFAULT_MEASURES } from '../key-result-editor/use-key-result-editor'
import { useCanEdit, useOkrI18n } from '../provider/use-okr-context'

/** The fields of an objective editor, named by their path in the objective. */
export const OBJECTIVE_FIELDS = [
  'title',
  'description',
  'level',
  'commitment',
  'parentId',
  'ownerId',
  'keyResults',
] as const

/** A field of the objective editor; see {@link OBJECTIVE_FIELDS}. */
export type ObjectiveField = (typeof OBJECTIVE_FIELDS)[number]

/** A key result taken out of the objective, with where it was, so it can be put back. */
export interface RemovedKeyResult {
  keyResult: KeyResult
  index: number
}

export interface UseObjectiveEditorParams {
  /** The objective, when controlled. */
  value?: Objective | undefined
  /** The objective to start from, when uncontrolled; read once. */
  defaultValue?: Objective | undefined
  /** Called with the objective after every edit that changes it, its key results' included. */
  onValueChange?: ((value: Objective) => void) | undefined
  /** The document's people: owners are picked from them and checked against them. */
  people?: readonly Person[] | undefined
  /** The objectives this one may align to (itself is left out). */
  objectives?: readonly Objective[] | undefined
  /**
   * Issues about this objective with paths relative to it, from a parent editor that lints the
   * whole set. When given, the hook does not lint by itself.
   */
  issues?: readonly OkrIssue[] | undefined
  /** Lint rule settings, passed to `lintOkrSet`. */
  rules?: LintOptions['rules']
  /** Render read-only whatever the permissions say. */
  readOnly?: boolean | undefined
  /** Makes the ids of new key results. Default: `crypto.randomUUID()` where available. */
  createId?: (() => string) | undefined
}

export interface ObjectiveEditorState {
  /** The objective as the model has it. */
  value: Objective
  setValue(next: SetStateAction<Objective>): void
  setTitle(title: string): void
  /** '' removes the description. */
  setDescription(description: string): void
  setLevel(level: ObjectiveLevel): void
  setCommitment(commitment: Commitment): void
  /** '' or `undefined` removes the alignment. */
  setParentId(parentId: string | undefined): void
  /** '' or `undefined` removes the owner. */
  setOwnerId(ownerId: string | undefined): void
  /** A stable key per key result (its id; repeated ids get a suffix), in order. */
  keyResultKeys: readonly string[]
  /** Replaces (or updates from the latest) the key result with this key. */
  updateKeyResult(key: string, next: SetStateAction<KeyResult>): void
  /** Appends a blank key result and returns it. */
  addKeyResult(): KeyResult
  /** Removes a key result, remembering it for {@link ObjectiveEditorState.undoRemoveKeyResult}. */
  removeKeyResult(key: string): RemovedKeyResult | undefined
  /** Moves a key result by `offset` places; returns its new index, or `undefined` if it cannot. */
  moveKeyResult(key: string, offset: number): number | undefined
  /** Puts the last removed key result back where it was and returns it. */
  undoRemoveKeyResult(): KeyResult | undefined
  /** Removed key results, the latest last. */
  removedKeyResults: readonly RemovedKeyResult[]
  /** Every issue about the objective and its key results, paths relative to the objective. */
  issues: readonly OkrIssue[]
  /** The objective's own issues by field (key results' issues are under `keyResultIssues`). */
  issuesByField: ReadonlyMap<ObjectiveField | typeof ROOT_FIELD, readonly OkrIssue[]>
  /** The issues of the key result at an index, paths relative to it. */
  keyResultIssues(index: number): OkrIssue[]
  /** True when the permissions (or the `readOnly` param) say the user may not edit it. */
  readOnly: boolean
}

const NO_ISSUES: readonly OkrIssue[] = []

function lintObjective(
  objective: Objective,
  people: readonly Person[] | undefined,
  objectives: readonly Objective[] | undefined,
  options: LintOptions,
): OkrIssue[] {
  const doc = standaloneDocument(
    [objective, ...(objectives ?? []).filter((o) => o.id !== objective.id)],
    people,
  )
  const rules: LintOptions['rules'] = {
    ...options.rules,
    // An objective edited on its own is not a set, and its period and team are not in view.
    objective_count: 'off',
    objective_unknown_period: 'off',
    objective_unknown_team: 'off',
    ...(people === undefined && { objective_unknown_owner: 'off', kr_unknown_owner: 'off' }),
    ...(objectives === undefined && { objective_unknown_parent: 'off' }),
  }
  return issuesUnder(collectObjectiveIssues(doc, [0], { ...options, rules }), ['objectives', 0])
}

/** Where the item with a key is, in a list keyed by {@link stableKeys}. */
function indexOfKey(items: readonly KeyResult[], key: string): number {
  return stableKeys(items).indexOf(key)
}

/**
 * The state of an objective editor, without markup: the objective (controlled or not), setters
 * for its fields, its key results (update, add, remove with undo, move), and core's live issues
 * for it and each key result.
 *
 * @example
 * const editor = useObjectiveEditor({ defaultValue: objective, onValueChange: save })
 * editor.addKeyResult()
 * editor.moveKeyResult(editor.keyResultKeys[2], -1)
 */
export function useObjectiveEditor(params: UseObjectiveEditorParams): ObjectiveEditorState {
  const { people, objectives, issues: givenIssues, rules, readOnly: forceReadOnly = false } = params
  const [value, setValue] = useEditorValue(params, 'ObjectiveEditor', 'an objective')
  const { coreOptions } = useOkrI18n()
  const canEdit = useCanEdit({ kind: 'objective', objective: value })
  const [removedKeyResults, setRemoved] = useState<readonly RemovedKeyResult[]>([])
  const createId = params.createId ?? defaultCreateId

  const setTitle = useCallback(
    (title: string) => setValue((o) => (o.title === title ? o : { ...o, title })),
    [setValue],
  )
  const setDescription = useCallback(
    (description: string) => setValue((o) => withOptionalText(o, 'description', description)),
    [setValue],
  )
  const setLevel = useCallback(
    (level: ObjectiveLevel) => setValue((o) => (o.level === level ? o : { ...o, level })),
    [setValue],
  )
  const setCommitment = useCallback(
    (commitment: Commitment) =>
      setValue((o) => (o.commitment === commitment ? o : { ...o, commitment })),
    [setValue],
  )
  const setParentId = useCallback(
    (parentId: string | undefined) => setValue((o) => withOptionalText(o, 'parentId', parentId)),
    [setValue],
  )
  const setOwnerId = useCallback(
    (ownerId: string | undefined) => setValue((o) => withOptionalText(o, 'ownerId', ownerId)),
    [setValue],
  )

  const updateKeyResult = useCallback(
    (key: string, next: SetStateAction<KeyResult>) =>
      setValue((o) => {
        const index = indexOfKey(o.keyResults, key)
        const current = o.keyResults[index]
        if (current === undefined) return o
        const updated =
          typeof next === 'function' ? (next as (previous: KeyResult) => KeyResult)(current) : next
        if (updated === current) return o
        return { ...o, keyResults: o.keyResults.map((kr, i) => (i === index ? updated : kr)) }
      }),
    [setValue],
  )

  const addKeyResult = (): KeyResult => {
    const keyResult: KeyResult = {
      id: createId(),
      title: '',
      weight: 1,
      measure: { ...DEFAULT_MEASURES.metric },
    }
    setValue((o) => ({ ...o, keyResults: [...o.keyResults, keyResult] }))
    return keyResult
  }

  const removeKeyResult = (key: string): RemovedKeyResult | undefined => {
    const index = indexOfKey(value.keyResults, key)
    const keyResult = value.keyResults[index]
    if (keyResult === undefined) return undefined
    const removed = { keyResult, index }
    setValue((o) => {
      const at = indexOfKey(o.keyResults, key)
      return at === -1 ? o : { ...o, keyResults: o.keyResults.filter((_, i) => i !== at) }
    })
    setRemoved((stack) => [...stack, removed])
    return removed
  }

  const moveKeyResult = (key: string, offset: number): number | undefined => {
    const from = indexOfKey(value.keyResults, key)
    const to = from + offset
    if (from === -1 || offset === 0 || to < 0 || to >= value.keyResults.length) return undefined
    setValue((o) => {
      const at = indexOfKey(o.keyResults, key)
      const target = at + offset
      if (at === -1 || target < 0 || target >= o.keyResults.length) return o
      const keyResults = [...o.keyResults]
      const [moved] = keyResults.splice(at, 1)
      keyResults.splice(target, 0, moved as KeyResult)
      return { ...o, keyResults }
    })
    return to
  }

  const undoRemoveKeyResult = (): KeyResult | undefined => {
    const last = removedKeyResults[removedKeyResults.length - 1]
    if (last === undefined) return undefined
    setRemoved((stack) => stack.slice(0, -1))
    setValue((o) => {
      const keyResults = [...o.keyResults]
      keyResults.splice(Math.min(last.index, keyResults.length), 0, last.keyResult)
      return { ...o, keyResults }
    })
    return last.keyResult
  }

  const selfIssues = useMemo(
    () =>
      givenIssues === undefined
        ? lintObjective(value, people, objectives, { ...coreOptions, rules })
        : undefined,
    [givenIssues, value, people, objectives, coreOptions, rules],
  )
  const issues = givenIssues ?? selfIssues ?? NO_ISSUES
  const issuesByField = useMemo(
    () =>
      groupIssuesByField(
        // A key result's issues go to its own editor; the list keeps those about the list.
        issues.filter(({ path }) => !(path[0] === 'keyResults' && typeof path[1] === 'number')),
        OBJECTIVE_FIELDS,
      ),
    [issues],
  )
  const keyResultIssues = useCallback(
    (index: number) => issuesUnder(issues, ['keyResults', index]),
    [issues],
  )

  return {
    value,
    setValue,
    setTitle,
    setDescription,
    setLevel,
    setCommitment,
    setParentId,
    setOwnerId,
    keyResultKeys: stableKeys(value.keyResults),
    updateKeyResult,
    addKeyResult,
    removeKeyResult,
    moveKeyResult,
    undoRemoveKeyResult,
    removedKeyResults,
    issues,
    issuesByField,
    keyResultIssues,
    readOnly: forceReadOnly || !canEdit,
  }
}

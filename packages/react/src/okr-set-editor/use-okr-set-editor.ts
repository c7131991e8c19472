import {
  type LintOptions,
  type Objective,
  type ObjectiveTemplate,
  type OkrDocument,
  type OkrIssue,
  objectiveFromTemplate,
  type Period,
  startNextPeriod,
  type Team,
} from '@okrkit/core'
import { useCallback, useMemo, useState } from 'react'
import { createId as defaultCreateId } from '../internal/create-id'
import { collectObjectiveIssues, issuesUnder } from '../internal/editor-issues'
import { stableKeys } from '../internal/stable-keys'
import { type SetStateAction, useControllableState } from '../internal/use-controllable-state'
import { useEditorValue } from '../internal/use-editor-value'
import { useCanEdit, useOkrI18n } from '../provider/use-okr-context'

export interface UseOkrSetEditorParams {
  /** The document, when controlled. */
  value?: OkrDocument | undefined
  /** The document to start from, when uncontrolled; read once. */
  defaultValue?: OkrDocument | undefined
  /** Called with the whole document after every edit that changes it. */
  onValueChange?: ((value: OkrDocument) => void) | undefined
  /** The team whose set is edited, when controlled. */
  teamId?: string | undefined
  /** The team to start with, when uncontrolled. Default: the document's first team. */
  defaultTeamId?: string | undefined
  /** Called when the user picks another team. */
  onTeamIdChange?: ((teamId: string | undefined) => void) | undefined
  /** The period whose set is edited, when controlled. */
  periodId?: string | undefined
  /** The period to start with, when uncontrolled. Default: the document's first period. */
  defaultPeriodId?: string | undefined
  /** Called when the user picks another period. */
  onPeriodIdChange?: ((periodId: string | undefined) => void) | undefined
  /** Lint rule settings, passed to `lintOkrSet`. */
  rules?: LintOptions['rules']
  /** Makes the ids of new objectives and key results. Default: `crypto.randomUUID()` where available. */
  createId?: (() => string) | undefined
}

/** An objective of the set, with its index in the document and a stable key. */
export interface SetObjective {
  objective: Objective
  /** Its index in `document.objectives` (issue paths use it). */
  index: number
  /** Its id; a repeated id gets a suffix. */
  key: string
}

/** An objective taken out of the document, with where it was, so it can be put back. */
export interface RemovedObjective {
  objective: Objective
  index: number
}

export interface OkrSetEditorState {
  /** The whole document as the model has it. */
  value: OkrDocument
  setValue(next: SetStateAction<OkrDocument>): void
  teamId: string | undefined
  setTeamId(teamId: string | undefined): void
  /** The team of the set, when the document has it. */
  team: Team | undefined
  periodId: string | undefined
  setPeriodId(periodId: string | undefined): void
  /** The period of the set, when the document has it. */
  period: Period | undefined
  /** The objectives of the set (the team's, in the period), in document order. */
  objectives: readonly SetObjective[]
  /** Core's issues about the set (schema and lint), with document paths, in screen order. */
  issues: readonly OkrIssue[]
  /** Issues about the set as a whole (such as having no objective), at `['objectives']`. */
  setIssues: readonly OkrIssue[]
  /** The issues of the objective at a document index, paths relative to it. */
  objectiveIssues(index: number): OkrIssue[]
  /** Replaces (or updates from the latest) the objective of the set with this key. */
  updateObjective(key: string, next: SetStateAction<Objective>): void
  /**
   * Adds a blank objective, or one from a core template in the current locale, to the set;
   * returns it (`undefined` without a period to add it to).
   */
  addObjective(template?: ObjectiveTemplate): Objective | undefined
  /** Whether the permissions let the user add objectives to this set. */
  canAddObjective: boolean
  /** Removes an objective of the set, remembering it for `undoRemoveObjective`. */
  removeObjective(key: string): RemovedObjective | undefined
  /** Puts the last removed objective back where it was and returns it. */
  undoRemoveObjective(): Objective | undefined
  /** Removed objectives, the latest last. */
  removedObjectives: readonly RemovedObjective[]
  /** The period that ended last before this one starts. */
  previousPeriod: Period | undefined
  /** How many of the team's unfinished objectives of the previous period `carryOver` would add. */
  carryOverCount: number
  /** Carries the team's unfinished objectives of the previous period into this one (core's `startNextPeriod`). */
  carryOver(): Objective[]
}

const NO_ISSUES: readonly OkrIssue[] = []

/** The objective an objective was carried over from (`meta.okrkit.carriedFrom`), if any. */
function carriedFromId(objective: Objective): string | undefined {
  const okrkit = objective.meta?.okrkit
  if (typeof okrkit !== 'object' || okrkit === null || Array.isArray(okrkit)) return undefined
  const from = (okrkit as Record<string, unknown>).carriedFrom
  if (typeof from !== 'object' || from === null) return undefined
  const id = (from as Record<string, unknown>).objectiveId
  return typeof id === 'string' ? id : undefined
}

/**
 * The document `startNextPeriod` should carry from: only this team's objectives of the previous
 * period, less those already carried into this one, so the action can be repeated safely.
 */
function carrySource(
  doc: OkrDocument,
  from: Period,
  to: Period,
  teamId: string | undefined,
): OkrDocument {
  const alreadyCarried = new Set(
    doc.objectives.filter((o) => o.periodId === to.id).map(carriedFromId),
  )
  return {
    ...doc,
    objectives: doc.objectives.filter(
      (o) => o.periodId === from.id && o.teamId === teamId && !alreadyCarried.has(o.id),
    ),
  }
}

function carry(
  doc: OkrDocument,
  from: Period,
  to: Period,
  teamId: string | undefined,
  createId: () => string,
): Objective[] {
  const source = carrySource(doc, from, to, teamId)
  if (source.objectives.length === 0) return []
  try {
    const next = startNextPeriod(source, from.id, to, { createId })
    return next.objectives.slice(source.objectives.length)
  } catch {
    // A period with invalid dates cannot be continued; parsing the document reports it.
    return []
  }
}

/**
 * The state of an OKR set editor, without markup: the whole document (controlled or not), the
 * team and period whose set is edited, the set's objectives with core's issues, and the actions:
 * update, add (blank or from a template), remove with undo, and carry over from the previous
 * period.
 *
 * @example
 * const editor = useOkrSetEditor({ defaultValue: doc, teamId: 'team-support', onValueChange: save })
 * editor.addObjective(templates.okrSets[0])
 */
export function useOkrSetEditor(params: UseOkrSetEditorParams): OkrSetEditorState {
  const [value, setValue] = useEditorValue(params, 'OkrSetEditor', 'a document')
  const [teamId, setTeamId] = useControllableState<string | undefined>({
    value: params.teamId,
    defaultValue: params.defaultTeamId ?? value.teams[0]?.id,
    onChange: params.onTeamIdChange,
    name: 'OkrSetEditor teamId',
  })
  const [periodId, setPeriodId] = useControllableState<string | undefined>({
    value: params.periodId,
    defaultValue: params.defaultPeriodId ?? value.periods[0]?.id,
    onChange: params.onPeriodIdChange,
    name: 'OkrSetEditor periodId',
  })
  const { locale, coreOptions } = useOkrI18n()
  const [removedObjectives, setRemoved] = useState<readonly RemovedObjective[]>([])
  const createId = params.createId ?? defaultCreateId
  const { rules } = params

  const team = value.teams.find((t) => t.id === teamId)
  const period = value.periods.find((p) => p.id === periodId)

  const objectives = useMemo(() => {
    const inSet: { objective: Objective; index: number }[] = []
    value.objectives.forEach((objective, index) => {
      if (
        periodId !== undefined &&
        objective.periodId === periodId &&
        objective.teamId === teamId
      ) {
        inSet.push({ objective, index })
      }
    })
    const keys = stableKeys(inSet.map(({ objective }) => objective))
    return inSet.map((item, i): SetObjective => ({ ...item, key: keys[i] as string }))
  }, [value.objectives, periodId, teamId])

  const issues = useMemo(() => {
    if (periodId === undefined) return NO_ISSUES
    const found = collectObjectiveIssues(
      value,
      objectives.map(({ index }) => index),
      {
        ...coreOptions,
        rules,
        periodId,
        ...(teamId !== undefined && { teamId }),
      },
    )
    // Without a team the lint covers the whole period: keep the check-ins of this set only.
    const keyResultIds = new Set(
      objectives.flatMap(({ objective }) => objective.keyResults.map((kr) => kr.id)),
    )
    return found.filter(({ path }) => {
      if (path[0] !== 'checkIns') return true
      const checkIn = value.checkIns[path[1] as number]
      return checkIn !== undefined && keyResultIds.has(checkIn.keyResultId)
    })
  }, [value, objectives, periodId, teamId, coreOptions, rules])

  const setIssues = useMemo(() => issues.filter(({ path }) => path.length === 1), [issues])
  const objectiveIssues = useCallback(
    (index: number) => issuesUnder(issues, ['objectives', index]),
    [issues],
  )

  const inSet = useCallback(
    (objective: Objective) =>
      periodId !== undefined && objective.periodId === periodId && objective.teamId === teamId,
    [periodId, teamId],
  )
  /** The document index of the set's objective with a key, in a document. */
  const indexOfKey = useCallback(
    (doc: OkrDocument, key: string) => {
      const indexes: number[] = []
      doc.objectives.forEach((objective, index) => {
        if (inSet(objective)) indexes.push(index)
      })
      const keys = stableKeys(indexes.map((index) => doc.objectives[index] as Objective))
      return indexes[keys.indexOf(key)]
    },
    [inSet],
  )

  const updateObjective = useCallback(
    (key: string, next: SetStateAction<Objective>) =>
      setValue((doc) => {
        const index = indexOfKey(doc, key)
        const current = index === undefined ? undefined : doc.objectives[index]
        if (current === undefined) return doc
        const updated =
          typeof next === 'function' ? (next as (previous: Objective) => Objective)(current) : next
        if (updated === current) return doc
        return { ...doc, objectives: doc.objectives.map((o, i) => (i === index ? updated : o)) }
      }),
    [setValue, indexOfKey],
  )

  const blank: Objective | undefined =
    periodId === undefined
      ? undefined
      : {
          id: '',
          periodId,
          ...(teamId !== undefined && { teamId }),
          title: '',
          level: 'team',
          commitment: 'aspirational',
          keyResults: [],
        }
  // Asked about the objective that would be added: its team and period are what a host checks.
  const canAddObjective =
    useCanEdit({
      kind: 'objective',
      objective: blank ?? {
        id: '',
        periodId: '',
        title: '',
        level: 'team',
        commitment: 'aspirational',
        keyResults: [],
      },
    }) && blank !== undefined

  const addObjective = (template?: ObjectiveTemplate): Objective | undefined => {
    if (blank === undefined || periodId === undefined) return undefined
    const objective: Objective = template
      ? objectiveFromTemplate(template, {
          locale,
          periodId,
          ...(teamId !== undefined && { teamId }),
          createId,
        })
      : { ...blank, id: createId() }
    setValue((doc) => ({ ...doc, objectives: [...doc.objectives, objective] }))
    return objective
  }

  const removeObjective = (key: string): RemovedObjective | undefined => {
    const index = indexOfKey(value, key)
    const objective = index === undefined ? undefined : value.objectives[index]
    if (index === undefined || objective === undefined) return undefined
    const removed = { objective, index }
    setValue((doc) => {
      const at = indexOfKey(doc, key)
      return at === undefined
        ? doc
        : { ...doc, objectives: doc.objectives.filter((_, i) => i !== at) }
    })
    setRemoved((stack) => [...stack, removed])
    return removed
  }

  const undoRemoveObjective = (): Objective | undefined => {
    const last = removedObjectives[removedObjectives.length - 1]
    if (last === undefined) return undefined
    setRemoved((stack) => stack.slice(0, -1))
    setValue((doc) => {
      const objectives = [...doc.objectives]
      objectives.splice(Math.min(last.index, objectives.length), 0, last.objective)
      return { ...doc, objectives }
    })
    return last.objective
  }

  const previousPeriod = useMemo(() => {
    if (period === undefined) return undefined
    let previous: Period | undefined
    for (const candidate of value.periods) {
      // ISO dates compare as strings.
      if (candidate.id === period.id || candidate.end >= period.start) continue
      if (previous === undefined || candidate.end > previous.end) previous = candidate
    }
    return previous
  }, [value.periods, period])

  const carryOverCount = useMemo(
    () =>
      previousPeriod && period
        ? carry(value, previousPeriod, period, teamId, () => 'preview').length
        : 0,
    [value, previousPeriod, period, teamId],
  )

  const carryOver = (): Objective[] => {
    if (!previousPeriod || !period) return []
    const carried = carry(value, previousPeriod, period, teamId, createId)
    if (carried.length > 0) {
      setValue((doc) => ({ ...doc, objectives: [...doc.objectives, ...carried] }))
    }
    return carried
  }

  return {
    value,
    setValue,
    teamId,
    setTeamId,
    team,
    periodId,
    setPeriodId,
    period,
    objectives,
    issues,
    setIssues,
    objectiveIssues,
    updateObjective,
    addObjective,
    canAddObjective,
    removeObjective,
    undoRemoveObjective,
    removedObjectives,
    previousPeriod,
    carryOverCount,
    carryOver,
  }
}

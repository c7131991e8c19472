import {
  type CheckInStatus,
  indexDocument,
  type Objective,
  type OkrDocument,
  type Period,
  type Person,
  type PortfolioHealth,
  portfolioHealth,
  scoreObjective,
} from '@okrkit/core'
import { useCallback, useMemo } from 'react'
import { type SetStateAction, useControllableState } from '../internal/use-controllable-state'
import { useToday } from '../internal/use-today'
import {
  type KeyResultSummary,
  summarizeKeyResult,
} from '../key-result-scorecard/key-result-summary'
import { useOkrI18n } from '../provider/use-okr-context'

/** What a board can be sorted by. */
export type ScorecardSortKey = 'title' | 'team' | 'score'

/** A sort order, named as `aria-sort` names them. */
export interface ScorecardSort {
  key: ScorecardSortKey
  direction: 'ascending' | 'descending'
}

/** The board's filters, grouping and sort: one value, controlled or not. */
export interface ScorecardView {
  /** The period shown; `undefined` (or an unknown id) shows the document's first period. */
  periodId?: string
  /** Show only this person's objectives (with all their key results) and key results. */
  ownerId?: string
  /** Show only key results with these statuses; `undefined` shows all. */
  statuses?: readonly CheckInStatus[]
  /** Show only key results with no check-in this month. */
  staleOnly?: boolean
  /** Group objectives under their teams. Default `true`. */
  groupByTeam?: boolean
  /** `undefined`: document order. */
  sort?: ScorecardSort
}

/** One objective on the board. */
export interface ScorecardObjective {
  objective: Objective
  /** Weighted mean of its key results (`scoreObjective`): all of them, not just those shown. */
  score: number | undefined
  ownerName: string | undefined
  teamName: string | undefined
  /** Every key result of the objective, in document order. */
  keyResults: KeyResultSummary[]
  /** The key results the view shows, in the view's order. */
  visibleKeyResults: KeyResultSummary[]
}

/** A team's objectives on the board (or all objectives, when not grouped by team). */
export interface ScorecardGroup {
  /** The team's id; `undefined` for objectives without a team, and for an ungrouped board. */
  teamId: string | undefined
  teamName: string | undefined
  /** Mean score of the team's objectives in the period (all of them, not just those shown). */
  score: number | undefined
  /** How many of the team's objectives have a score. */
  scoredObjectives: number
  /** The objectives the view shows, in the view's order. */
  objectives: ScorecardObjective[]
}

export interface UseScorecardOptions {
  /** The whole document; treated as immutable: pass a new object after a change. */
  document: OkrDocument
  /** The view (controlled). */
  view?: ScorecardView
  /** The initial view (uncontrolled). Default `{}`: first period, grouped by team, no filter. */
  defaultView?: ScorecardView
  /** Called with every change of the view. */
  onViewChange?: (view: ScorecardView) => void
}

export interface ScorecardState {
  view: ScorecardView
  setView: (next: SetStateAction<ScorecardView>) => void
  /** The document's periods and the one shown. */
  periods: readonly Period[]
  period: Period | undefined
  /** People who own an objective or key result in the period, in the document's order. */
  owners: { id: string; name: string }[]
  groupByTeam: boolean
  groups: ScorecardGroup[]
  /** Objectives in the period, shown or not. */
  totalObjectives: number
  /** Key results in the period, and how many the filters let through. */
  totalKeyResults: number
  shownKeyResults: number
  /** The play's reading of the period's scores and statuses (`portfolioHealth`). */
  health: PortfolioHealth
  /** A person's name by id (the id itself for people the document does not know). */
  personName: (id: string | undefined) => string | undefined
  /** Whether a filter (owner, status, stale) is set. */
  filtered: boolean
  /** Sort by a column; sorting by the current one again reverses the order. */
  toggleSort: (key: ScorecardSortKey) => void
  /** Drop the owner, status and stale filters; keep period, grouping and sort. */
  clearFilters: () => void
}

interface PeriodModel {
  personName: (id: string | undefined) => string | undefined
  objectives: ScorecardObjective[]
  teamOrder: (string | undefined)[]
  teamScores: Map<string | undefined, { score: number | undefined; scored: number }>
  owners: { id: string; name: string }[]
  totalKeyResults: number
}

// One lookup per people list, not per document: after a check-in the document is new but its
// people are not, so rows that take the lookup as a prop stay memoised.
const personNames = new WeakMap<readonly Person[], PeriodModel['personName']>()

function personNameIn(people: readonly Person[]): PeriodModel['personName'] {
  let personName = personNames.get(people)
  if (!personName) {
    const names = new Map<string, string>()
    // The first wins, as in core's index: duplicate ids are a parse error.
    for (const person of people) if (!names.has(person.id)) names.set(person.id, person.name)
    personName = (id) => (id === undefined ? undefined : (names.get(id) ?? id))
    personNames.set(people, personName)
  }
  return personName
}

function buildPeriodModel(
  document: OkrDocument,
  period: Period | undefined,
  asOf: string | undefined,
): PeriodModel {
  const index = indexDocument(document)
  const personName = personNameIn(document.people)
  const teamName = (id: string | undefined) =>
    id === undefined ? undefined : (index.teams.get(id)?.value.name ?? id)

  const objectives: ScorecardObjective[] = []
  const ownerIds = new Set<string>()
  const teamTotals = new Map<string | undefined, { sum: number; scored: number }>()
  let totalKeyResults = 0
  if (period) {
    for (const objective of document.objectives) {
      if (objective.periodId !== period.id) continue
      const keyResults = objective.keyResults.map((kr) =>
        summarizeKeyResult(document, kr, period, asOf),
      )
      const score = scoreObjective(
        objective,
        new Map(keyResults.map((summary) => [summary.keyResult.id, summary.score])),
      )
      objectives.push({
        objective,
        score,
        ownerName: personName(objective.ownerId),
        teamName: teamName(objective.teamId),
        keyResults,
        visibleKeyResults: keyResults,
      })
      totalKeyResults += keyResults.length
      if (objective.ownerId !== undefined) ownerIds.add(objective.ownerId)
      for (const kr of objective.keyResults) if (kr.ownerId !== undefined) ownerIds.add(kr.ownerId)
      const totals = teamTotals.get(objective.teamId) ?? { sum: 0, scored: 0 }
      if (score !== undefined) {
        totals.sum += score
        totals.scored += 1
      }
      teamTotals.set(objective.teamId, totals)
    }
  }

  // Teams in the document's order, then teams it does not list, then objectives without a team.
  const listed = document.teams.map((team) => team.id).filter((id) => teamTotals.has(id))
  const unlisted = [...teamTotals.keys()].filter(
    (id): id is string => id !== undefined && !index.teams.has(id),
  )
  const teamOrder: (string | undefined)[] = [...listed, ...unlisted]
  if (teamTotals.has(undefined)) teamOrder.push(undefined)
  const teamScores = new Map(
    [...teamTotals].map(([id, { sum, scored }]) => [
      id,
      { score: scored > 0 ? sum / scored : undefined, scored },
    ]),
  )

  const known = document.people.map((person) => person.id).filter((id) => ownerIds.has(id))
  const unknown = [...ownerIds].filter((id) => !index.people.has(id))
  const owners = [...known, ...unknown].map((id) => ({ id, name: personName(id) as string }))

  return { personName, objectives, teamOrder, teamScores, owners, totalKeyResults }
}

function compareScores(a: number | undefined, b: number | undefined, sign: number): number {
  // Unscored items go last in either direction.
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1
  return (a - b) * sign
}

/**
 * The period board as data: the document's objectives and key results for one period, scored
 * and with status as of the provider's today, filtered by owner and status, sorted, grouped by
 * team with each team's roll-up, and the play's health check of the scores. Key result summaries
 * keep their identity while their key result and check-ins do, so memoised rows skip rendering.
 *
 * @example
 * const board = useScorecard({ document: doc, defaultView: { groupByTeam: false } })
 * board.groups[0]?.objectives[0]?.score // 0.67
 */
export function useScorecard({
  document,
  view: viewProp,
  defaultView = {},
  onViewChange,
}: UseScorecardOptions): ScorecardState {
  const asOf = useToday()
  const { locale, coreOptions } = useOkrI18n()
  const [view, setView] = useControllableState({
    value: viewProp,
    defaultValue: defaultView,
    onChange: onViewChange,
    name: 'OkrScorecard',
  })

  const periods = document.periods
  const period = periods.find((p) => p.id === view.periodId) ?? periods[0]
  const model = useMemo(() => buildPeriodModel(document, period, asOf), [document, period, asOf])

  const health = useMemo(() => {
    const entries = model.objectives.flatMap((entry) =>
      entry.keyResults.map((summary) => ({
        score: summary.score.value,
        // Only the team's own status counts: a mix derived from pace says nothing about honesty.
        ...(summary.statusSource === 'team' && { status: summary.status }),
      })),
    )
    return portfolioHealth(entries, coreOptions)
  }, [model, coreOptions])

  const groupByTeam = view.groupByTeam ?? true
  const { ownerId, statuses, staleOnly = false, sort } = view
  const filtered = ownerId !== undefined || statuses !== undefined || staleOnly

  const { groups, shownKeyResults } = useMemo(() => {
    const collator = new Intl.Collator(locale)
    const sign = sort?.direction === 'descending' ? -1 : 1
    const keepKeyResult = (summary: KeyResultSummary, ownedObjective: boolean) =>
      (ownerId === undefined || ownedObjective || summary.keyResult.ownerId === ownerId) &&
      (statuses === undefined ||
        (summary.status !== undefined && statuses.includes(summary.status))) &&
      (!staleOnly || summary.stale)

    let shown = 0
    const visible: ScorecardObjective[] = []
    for (const entry of model.objectives) {
      const ownedObjective = ownerId !== undefined && entry.objective.ownerId === ownerId
      const keyResults = entry.keyResults.filter((summary) =>
        keepKeyResult(summary, ownedObjective),
      )
      // An objective without key results shows while only the owner filter could hide it.
      const showEmpty =
        entry.keyResults.length === 0 &&
        statuses === undefined &&
        !staleOnly &&
        (ownerId === undefined || ownedObjective)
      if (keyResults.length === 0 && !showEmpty) continue
      if (sort?.key === 'title') {
        keyResults.sort((a, b) => collator.compare(a.keyResult.title, b.keyResult.title) * sign)
      } else if (sort?.key === 'score') {
        keyResults.sort((a, b) => compareScores(a.score.value, b.score.value, sign))
      }
      shown += keyResults.length
      visible.push(
        keyResults.length === entry.keyResults.length &&
          keyResults.every((summary, i) => summary === entry.keyResults[i])
          ? entry
          : { ...entry, visibleKeyResults: keyResults },
      )
    }

    const compareTeams = (a: string | undefined, b: string | undefined) => {
      if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1
      return collator.compare(a, b) * sign
    }
    if (sort?.key === 'title') {
      visible.sort((a, b) => collator.compare(a.objective.title, b.objective.title) * sign)
    } else if (sort?.key === 'score') {
      visible.sort((a, b) => compareScores(a.score, b.score, sign))
    } else if (sort?.key === 'team' && !groupByTeam) {
      visible.sort((a, b) => compareTeams(a.teamName, b.teamName))
    }

    if (!groupByTeam) {
      const all: ScorecardGroup = {
        teamId: undefined,
        teamName: undefined,
        score: undefined,
        scoredObjectives: 0,
        objectives: visible,
      }
      return { groups: visible.length > 0 ? [all] : [], shownKeyResults: shown }
    }
    const byTeam = new Map<string | undefined, ScorecardObjective[]>()
    for (const entry of visible) {
      const list = byTeam.get(entry.objective.teamId)
      if (list) list.push(entry)
      else byTeam.set(entry.objective.teamId, [entry])
    }
    const groups: ScorecardGroup[] = []
    for (const teamId of model.teamOrder) {
      const objectives = byTeam.get(teamId)
      if (!objectives) continue
      const totals = model.teamScores.get(teamId)
      groups.push({
        teamId,
        teamName: objectives[0]?.teamName,
        score: totals?.score,
        scoredObjectives: totals?.scored ?? 0,
        objectives,
      })
    }
    if (sort?.key === 'team') groups.sort((a, b) => compareTeams(a.teamName, b.teamName))
    return { groups, shownKeyResults: shown }
  }, [model, locale, ownerId, statuses, staleOnly, sort, groupByTeam])

  const toggleSort = useCallback(
    (key: ScorecardSortKey) =>
      setView((current) => ({
        ...current,
        sort: {
          key,
          direction:
            current.sort?.key === key && current.sort.direction === 'ascending'
              ? 'descending'
              : 'ascending',
        },
      })),
    [setView],
  )
  const clearFilters = useCallback(
    () => setView(({ ownerId: _owner, statuses: _statuses, staleOnly: _stale, ...rest }) => rest),
    [setView],
  )

  return {
    view,
    setView,
    periods,
    period,
    owners: model.owners,
    groupByTeam,
    groups,
    totalObjectives: model.objectives.length,
    totalKeyResults: model.totalKeyResults,
    shownKeyResults,
    health,
    personName: model.personName,
    filtered,
    toggleSort,
    clearFilters,
  }
}

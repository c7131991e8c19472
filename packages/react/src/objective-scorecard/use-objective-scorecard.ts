import {
  indexDocument,
  type Objective,
  type OkrDocument,
  type Period,
  type Person,
  scoreObjective,
  type Team,
} from '@okrkit/core'
import { useMemo } from 'react'
import { type SetStateAction, useControllableState } from '../internal/use-controllable-state'
import { useToday } from '../internal/use-today'
import {
  type KeyResultSummary,
  summarizeKeyResult,
} from '../key-result-scorecard/key-result-summary'

export interface UseObjectiveScorecardOptions {
  /** The whole document; treated as immutable. */
  document: OkrDocument
  /** The objective to show. */
  objectiveId: string
  /** Whether the details are open (controlled). */
  expanded?: boolean
  /** Whether the details start open (uncontrolled). Default `false`. */
  defaultExpanded?: boolean
  /** Called when the reader opens or closes the details. */
  onExpandedChange?: (expanded: boolean) => void
}

export interface ObjectiveScorecardData {
  objective: Objective
  /** The objective's period, when the document has it. */
  period: Period | undefined
  owner: Person | undefined
  team: Team | undefined
  /** The objective it aligns to, when that is in the document. */
  parent: Objective | undefined
  /** Its key results, in document order, as of the provider's today. */
  keyResults: KeyResultSummary[]
  /** Weighted mean of its key results' scores (`scoreObjective`); `undefined` if none counts. */
  score: number | undefined
  /** A person's name by id, falling back to the id for people the document does not know. */
  personName: (id: string | undefined) => string | undefined
}

export interface ObjectiveScorecardState {
  /** `undefined` when the objective is not in the document. */
  data: ObjectiveScorecardData | undefined
  expanded: boolean
  setExpanded: (next: SetStateAction<boolean>) => void
}

/**
 * An objective's scorecard as data: its key results' summaries, its rolled-up score, owner, team
 * and parent, and the open state of its details (controlled or not), for hosts with their own
 * markup.
 *
 * @example
 * const { data, expanded } = useObjectiveScorecard({ document: doc, objectiveId: 'obj-support-response' })
 * data?.score // 0.8
 */
export function useObjectiveScorecard({
  document,
  objectiveId,
  expanded: expandedProp,
  defaultExpanded = false,
  onExpandedChange,
}: UseObjectiveScorecardOptions): ObjectiveScorecardState {
  const asOf = useToday()
  const [expanded, setExpanded] = useControllableState({
    value: expandedProp,
    defaultValue: defaultExpanded,
    onChange: onExpandedChange,
    name: 'ObjectiveScorecard',
  })
  const data = useMemo((): ObjectiveScorecardData | undefined => {
    const index = indexDocument(document)
    const objective = index.objectives.get(objectiveId)?.value
    if (!objective) return undefined
    const period = index.periods.get(objective.periodId)?.value
    const keyResults = objective.keyResults.map((kr) =>
      summarizeKeyResult(document, kr, period, asOf),
    )
    const scores = new Map(keyResults.map((summary) => [summary.keyResult.id, summary.score]))
    const personName = (id: string | undefined) =>
      id === undefined ? undefined : (index.people.get(id)?.value.name ?? id)
    return {
      objective,
      period,
      owner:
        objective.ownerId === undefined ? undefined : index.people.get(objective.ownerId)?.value,
      team: objective.teamId === undefined ? undefined : index.teams.get(objective.teamId)?.value,
      parent:
        objective.parentId === undefined
          ? undefined
          : index.objectives.get(objective.parentId)?.value,
      keyResults,
      score: scoreObjective(objective, scores),
      personName,
    }
  }, [document, objectiveId, asOf])
  return { data, expanded, setExpanded }
}

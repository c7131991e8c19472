import {
  forecastScore,
  indexDocument,
  type KeyResult,
  type Objective,
  type OkrDocument,
  type Period,
  type Person,
  type ScoreForecast,
} from '@okrkit/core'
import { useMemo } from 'react'
import { useToday } from '../internal/use-today'
import { type KeyResultSummary, summarizeKeyResult } from './key-result-summary'

export interface UseKeyResultScorecardOptions {
  /** The whole document; treated as immutable. */
  document: OkrDocument
  /** The key result to show. */
  keyResultId: string
}

export interface KeyResultScorecardState {
  keyResult: KeyResult
  /** The objective the key result belongs to. */
  objective: Objective
  /** The objective's period; `undefined` if the document lacks it (then no status or forecast). */
  period: Period | undefined
  /** The key result's owner, when the document knows them. */
  owner: Person | undefined
  /** Score, status, progress and latest check-in as of the provider's today. */
  summary: KeyResultSummary
  /** The projected score at the period's end (`forecastScore`); absent without a period. */
  forecast: ScoreForecast | undefined
}

/**
 * Everything a key result scorecard shows, as data, for hosts with their own markup. Reads
 * "today" from the provider; `undefined` when the key result is not in the document.
 *
 * @example
 * const card = useKeyResultScorecard({ document: doc, keyResultId: 'kr-nps' })
 * card?.summary.status // 'off-track'
 */
export function useKeyResultScorecard({
  document,
  keyResultId,
}: UseKeyResultScorecardOptions): KeyResultScorecardState | undefined {
  const asOf = useToday()
  const index = indexDocument(document)
  const located = index.keyResults.get(keyResultId)
  const keyResult = located?.value
  const objective = located?.objective
  const period = objective && index.periods.get(objective.periodId)?.value
  // Cached per key result object: as cheap as a memo, and shared with the other scorecards.
  const summary = keyResult && summarizeKeyResult(document, keyResult, period, asOf)
  const forecast = useMemo(
    () =>
      summary && period
        ? forecastScore(
            summary.keyResult,
            summary.checkIns,
            period,
            asOf === undefined ? {} : { asOf },
          )
        : undefined,
    [summary, period, asOf],
  )
  if (!keyResult || !objective || !summary) return undefined
  const owner =
    keyResult.ownerId === undefined ? undefined : index.people.get(keyResult.ownerId)?.value
  return { keyResult, objective, period, owner, summary, forecast }
}

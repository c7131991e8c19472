import type { Objective } from '../model/objective'
import type { Score } from './key-result-score'
import { scoreKeyResult } from './score-key-result'

/** Known scores of key results by id, as numbers or with their provenance. */
export type KeyResultScores =
  | ReadonlyMap<string, number | Score>
  | Readonly<Record<string, number | Score>>

function lookup(scores: KeyResultScores | undefined, id: string): number | Score | undefined {
  if (scores === undefined) return undefined
  if (scores instanceof Map) return scores.get(id)
  // Own properties only: an id such as "constructor" must not find Object.prototype's.
  return Object.hasOwn(scores, id) ? (scores as Record<string, number | Score>)[id] : undefined
}

/**
 * The score of an objective: the weighted mean of its key results' scores. A KR missing from
 * `scores` is scored from its own measure. KRs of weight 0 do not count; an objective with no KR
 * of positive weight has no score (`undefined`), which is not the same as 0.
 *
 * @example
 * scoreObjective(objective, { kr1: 1, kr2: 0.4 }) // 0.7 with equal weights
 */
export function scoreObjective(objective: Objective, scores?: KeyResultScores): number | undefined {
  let weighted = 0
  let totalWeight = 0
  for (const kr of objective.keyResults) {
    if (!(kr.weight > 0)) continue
    const known = lookup(scores, kr.id)
    const value =
      known === undefined ? scoreKeyResult(kr) : typeof known === 'number' ? known : known.value
    weighted += value * kr.weight
    totalWeight += kr.weight
  }
  return totalWeight > 0 ? weighted / totalWeight : undefined
}

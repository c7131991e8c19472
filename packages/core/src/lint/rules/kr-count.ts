import { objectivePath } from '../lint-paths'
import type { LintRule } from '../lint-rule'

/**
 * The play: 为每个目标设定 3 至 5 项关键成果 — three to five key results an objective.
 *
 * @example
 * KEY_RESULTS_PER_OBJECTIVE.max // 5
 */
export const KEY_RESULTS_PER_OBJECTIVE = { min: 3, max: 5 } as const

/**
 * An objective has fewer than 3 or more than 5 key results. Reported at its `keyResults`.
 *
 * @example
 * lintOkrSet(docWithATwoKrObjective)[0].path // ['objectives', 0, 'keyResults']
 */
export const krCountRule: LintRule<'kr_count'> = {
  code: 'kr_count',
  defaultSeverity: 'warning',
  check({ objectives }) {
    const { min, max } = KEY_RESULTS_PER_OBJECTIVE
    return objectives
      .filter(({ value }) => value.keyResults.length < min || value.keyResults.length > max)
      .map(({ value, index }) => ({
        path: objectivePath(index, 'keyResults'),
        params: { objectiveId: value.id, count: value.keyResults.length, min, max },
      }))
  },
}

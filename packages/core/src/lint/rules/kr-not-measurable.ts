import type { MessageKey } from '../../i18n/format'
import { keyResultPath } from '../lint-paths'
import type { LintRule } from '../lint-rule'

const SUGGESTION: MessageKey = 'lint.kr_not_measurable.suggestion'

/**
 * A key result gives no number to measure it by: its text states no quantity and no deadline,
 * and its measure is a milestone without a due date. A metric measure, or a milestone with
 * `due`, counts as measurable; so does a text with a number, a range or a date ("by June 30").
 * `params.suggestion` is the catalog key of the advice: where a target belongs.
 *
 * @example
 * // { title: 'Improve onboarding', measure: { type: 'milestone', done: false } }
 * lintOkrSet(doc)[0].code // 'kr_not_measurable'
 */
export const krNotMeasurableRule: LintRule<'kr_not_measurable'> = {
  code: 'kr_not_measurable',
  defaultSeverity: 'warning',
  check({ keyResults, analyzeText }) {
    return keyResults
      .filter(({ value: { measure, title } }) => {
        if (measure.type === 'metric' || measure.due !== undefined) return false
        return !analyzeText(title).measurable
      })
      .map((kr) => ({
        path: keyResultPath(kr),
        params: { keyResultId: kr.value.id, suggestion: SUGGESTION },
      }))
  },
}

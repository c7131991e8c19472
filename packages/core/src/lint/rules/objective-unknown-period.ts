import { objectivePath } from '../lint-paths'
import type { LintFinding, LintRule } from '../lint-rule'

/**
 * An objective's `periodId` is not among the document's periods: an error, since nothing about
 * its time span (check-ins, pacing, scoring) can be worked out.
 *
 * @example
 * lintOkrSet(docWithObjectiveOfAMissingPeriod)[0].severity // 'error'
 */
export const objectiveUnknownPeriodRule: LintRule<'objective_unknown_period'> = {
  code: 'objective_unknown_period',
  defaultSeverity: 'error',
  check({ objectives, index }) {
    const findings: LintFinding[] = []
    for (const { value, index: at } of objectives) {
      if (index.periods.has(value.periodId)) continue
      findings.push({
        path: objectivePath(at, 'periodId'),
        params: { objectiveId: value.id, periodId: value.periodId },
      })
    }
    return findings
  },
}

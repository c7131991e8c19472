import { checkInPath } from '../lint-paths'
import type { LintFinding, LintRule } from '../lint-rule'

/**
 * A check-in is dated outside the period of its key result's objective (`start`..`end`,
 * inclusive). Check-ins of unknown key results or periods are left to the rules about those.
 *
 * @example
 * // a Q1 2026 key result checked in on 2026-04-02
 * lintOkrSet(doc)[0].params // { checkInId: 'c1', date: '2026-04-02', start: '2026-01-01', … }
 */
export const checkinOutsidePeriodRule: LintRule<'checkin_outside_period'> = {
  code: 'checkin_outside_period',
  defaultSeverity: 'warning',
  check({ checkIns, index }) {
    const findings: LintFinding[] = []
    for (const { value, index: at } of checkIns) {
      const objective = index.keyResults.get(value.keyResultId)?.objective
      const period = objective && index.periods.get(objective.periodId)?.value
      // ISO dates compare correctly as strings.
      if (!period || (value.date >= period.start && value.date <= period.end)) continue
      findings.push({
        path: checkInPath(at, 'date'),
        params: {
          checkInId: value.id,
          keyResultId: value.keyResultId,
          date: value.date,
          periodId: period.id,
          start: period.start,
          end: period.end,
        },
      })
    }
    return findings
  },
}

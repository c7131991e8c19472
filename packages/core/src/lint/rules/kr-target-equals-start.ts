import { keyResultPath } from '../lint-paths'
import type { LintFinding, LintRule } from '../lint-rule'

/**
 * A metric key result's target equals its start: no progress can be measured (its score would
 * divide by zero).
 *
 * @example
 * lintOkrSet(docWithKrFrom50To50)[0].path
 * // ['objectives', 0, 'keyResults', 0, 'measure', 'target']
 */
export const krTargetEqualsStartRule: LintRule<'kr_target_equals_start'> = {
  code: 'kr_target_equals_start',
  defaultSeverity: 'error',
  check({ keyResults }) {
    const findings: LintFinding[] = []
    for (const kr of keyResults) {
      const { measure } = kr.value
      if (measure.type !== 'metric' || measure.target !== measure.start) continue
      findings.push({
        path: keyResultPath(kr, 'measure', 'target'),
        params: { keyResultId: kr.value.id, start: measure.start, target: measure.target },
      })
    }
    return findings
  },
}

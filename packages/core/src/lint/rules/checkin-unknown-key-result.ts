import { checkInPath } from '../lint-paths'
import type { LintFinding, LintRule } from '../lint-rule'

/**
 * A check-in is for a key result id that is not in the document. Only found when the whole
 * document is linted: a scoped lint keeps the check-ins of its own key results.
 *
 * @example
 * lintOkrSet(docWithCheckInForAMissingKr)[0].path // ['checkIns', 0, 'keyResultId']
 */
export const checkinUnknownKeyResultRule: LintRule<'checkin_unknown_key_result'> = {
  code: 'checkin_unknown_key_result',
  defaultSeverity: 'error',
  check({ checkIns, index }) {
    const findings: LintFinding[] = []
    for (const { value, index: at } of checkIns) {
      if (index.keyResults.has(value.keyResultId)) continue
      findings.push({
        path: checkInPath(at, 'keyResultId'),
        params: { checkInId: value.id, keyResultId: value.keyResultId },
      })
    }
    return findings
  },
}

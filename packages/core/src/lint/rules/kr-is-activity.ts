import type { MessageKey } from '../../i18n/format'
import { keyResultPath } from '../lint-paths'
import type { LintFinding, LintRule } from '../lint-rule'

const SUGGESTION: MessageKey = 'lint.kr_is_activity.suggestion'
const DELIVERY_REASON = 'delivery_verb:'

/**
 * A key result's text describes an activity (work delivered), not an outcome: "Create 5 web pages"
 * is work, "Increase page views by 5%" a key result. `params.verb` is the delivery verb found,
 * `params.suggestion` the catalog key of the advice to show with it.
 *
 * @example
 * const [issue] = lintOkrSet(docWithKr('Launch two new features'))
 * formatMessage(issue.params.suggestion as MessageKey) // 'Ask: what changes for the customer …'
 */
export const krIsActivityRule: LintRule<'kr_is_activity'> = {
  code: 'kr_is_activity',
  defaultSeverity: 'warning',
  check({ keyResults, analyzeText }) {
    const findings: LintFinding[] = []
    for (const kr of keyResults) {
      const analysis = analyzeText(kr.value.title)
      if (analysis.kind !== 'activity') continue
      const reason = analysis.reasons.find((r) => r.startsWith(DELIVERY_REASON)) ?? ''
      findings.push({
        path: keyResultPath(kr, 'title'),
        params: {
          keyResultId: kr.value.id,
          verb: reason.slice(DELIVERY_REASON.length),
          suggestion: SUGGESTION,
        },
      })
    }
    return findings
  },
}

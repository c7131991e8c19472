import type { MessageKey } from '../../i18n/format'
import { keyResultPath } from '../lint-paths'
import type { LintFinding, LintRule } from '../lint-rule'

const SUGGESTION: MessageKey = 'lint.kr_is_activity.suggestion'
// What named the work, in order of preference: the verb, a milestone, the thing counted.
const WORK_SIGNALS = ['delivery_verb:', 'milestone:', 'work_noun:']

/**
 * A key result's text describes an activity (work delivered), not an outcome: "Create 5 web
 * pages" is work, "Increase page views by 5%" a key result. `params.verb` is the delivery verb
 * found (or the milestone or deliverable when there is no verb: "certification", "integration"),
 * `params.suggestion` the catalog key of the advice to show with it: the outcome question to
 * ask and a rewrite pattern.
 *
 * @example
 * const [issue] = lintOkrSet(docWithKr('Launch two new features'))
 * formatMessage(issue.params.suggestion as MessageKey) // 'Ask: what will be different …'
 */
export const krIsActivityRule: LintRule<'kr_is_activity'> = {
  code: 'kr_is_activity',
  defaultSeverity: 'warning',
  check({ keyResults, analyzeText }) {
    const findings: LintFinding[] = []
    for (const kr of keyResults) {
      const analysis = analyzeText(kr.value.title)
      if (analysis.kind !== 'activity') continue
      let verb = ''
      for (const prefix of WORK_SIGNALS) {
        const reason = analysis.reasons.find((r) => r.startsWith(prefix))
        if (reason) {
          verb = reason.slice(prefix.length)
          break
        }
      }
      findings.push({
        path: keyResultPath(kr, 'title'),
        params: { keyResultId: kr.value.id, verb, suggestion: SUGGESTION },
      })
    }
    return findings
  },
}

import type { MessageKey } from '../../i18n/format'
import type { Objective } from '../../model/objective'
import type { LintContext } from '../lint-context'
import { keyResultPath } from '../lint-paths'
import type { LintFinding, LintRule } from '../lint-rule'

const SUGGESTION: MessageKey = 'lint.kr_no_quality_counterpart.suggestion'
const OUTPUT = 'output:'
const QUALITY = 'quality:'

/**
 * A key result counts output (tickets resolved, features shipped, calls made, deals closed,
 * 关闭的工单, 发布的功能 …) and no key result of its objective guards quality (reopened
 * tickets, defects, satisfaction, churn, error rate, a measure going down; 重新打开, 缺陷,
 * 满意度 …). The play: capture both output and quality, so the number is not reached by
 * lowering quality. Information, at the output key result's title; `params.output` is the
 * output term found, `params.suggestion` the catalog key of the advice.
 *
 * @example
 * // 'Resolve 1,500 help desk tickets' with no KR on reopened tickets or satisfaction
 * lintOkrSet(doc)[0].params.output // 'resolve'
 */
export const krNoQualityCounterpartRule: LintRule<'kr_no_quality_counterpart'> = {
  code: 'kr_no_quality_counterpart',
  defaultSeverity: 'info',
  check(context) {
    const findings: LintFinding[] = []
    const guarded = new Map<Objective, boolean>()
    for (const kr of context.keyResults) {
      const output = signal(context, kr.value.title, OUTPUT)
      if (output === undefined) continue
      let isGuarded = guarded.get(kr.objective)
      if (isGuarded === undefined) {
        isGuarded = kr.objective.keyResults.some(
          (sibling) => signal(context, sibling.title, QUALITY) !== undefined,
        )
        guarded.set(kr.objective, isGuarded)
      }
      if (isGuarded) continue
      findings.push({
        path: keyResultPath(kr, 'title'),
        params: { keyResultId: kr.value.id, output, suggestion: SUGGESTION },
      })
    }
    return findings
  },
}

function signal(context: LintContext, title: string, prefix: string): string | undefined {
  const reason = context.analyzeText(title).reasons.find((r) => r.startsWith(prefix))
  return reason?.slice(prefix.length)
}

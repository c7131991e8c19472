import type { MessageKey } from '../../i18n/format'
import { objectivePath } from '../lint-paths'
import type { LintFinding, LintRule } from '../lint-rule'

const SUGGESTION: MessageKey = 'lint.objective_reads_like_metric.suggestion'

/**
 * An objective states a target value, as a key result does ("Increase revenue by 20%", "NPS of
 * 60", "收入增长 20%"): objectives are qualitative and inspiring, the numbers belong in their key
 * results. Reported at the title; `params.signal` is what gave it away (`number:20`, `range`,
 * `threshold:under`), `params.suggestion` the catalog key of the advice. Years, names and ranks
 * ("Make 2026 the year of quality", "Be the number one choice") do not count.
 *
 * @example
 * lintOkrSet(docWithObjective('Increase revenue by 20%'))[0].code // 'objective_reads_like_metric'
 */
export const objectiveReadsLikeMetricRule: LintRule<'objective_reads_like_metric'> = {
  code: 'objective_reads_like_metric',
  defaultSeverity: 'warning',
  check({ objectives, analyzeObjective }) {
    const findings: LintFinding[] = []
    for (const { value, index } of objectives) {
      const analysis = analyzeObjective(value.title)
      if (!analysis.readsLikeMetric) continue
      findings.push({
        path: objectivePath(index, 'title'),
        params: { objectiveId: value.id, signal: analysis.reasons[0], suggestion: SUGGESTION },
      })
    }
    return findings
  },
}

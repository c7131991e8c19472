import { objectivePath } from '../lint-paths'
import type { LintFinding, LintRule } from '../lint-rule'

/**
 * An objective aligns to a `parentId` that is not in the document. Only information: the parent
 * may live in another document (a company's OKRs kept apart from a team's).
 *
 * @example
 * lintOkrSet(teamDocAlignedToCompanyDoc)[0].severity // 'info'
 */
export const objectiveUnknownParentRule: LintRule<'objective_unknown_parent'> = {
  code: 'objective_unknown_parent',
  defaultSeverity: 'info',
  check({ objectives, index }) {
    const findings: LintFinding[] = []
    for (const { value, index: at } of objectives) {
      if (value.parentId === undefined || index.objectives.has(value.parentId)) continue
      findings.push({
        path: objectivePath(at, 'parentId'),
        params: { objectiveId: value.id, parentId: value.parentId },
      })
    }
    return findings
  },
}

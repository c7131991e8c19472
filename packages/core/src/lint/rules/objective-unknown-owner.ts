import { objectivePath } from '../lint-paths'
import type { LintFinding, LintRule } from '../lint-rule'

/**
 * An objective's `ownerId` is not among the document's people.
 *
 * @example
 * lintOkrSet(docWithObjectiveOwnedByAStranger)[0].path // ['objectives', 0, 'ownerId']
 */
export const objectiveUnknownOwnerRule: LintRule<'objective_unknown_owner'> = {
  code: 'objective_unknown_owner',
  defaultSeverity: 'warning',
  check({ objectives, index }) {
    const findings: LintFinding[] = []
    for (const { value, index: at } of objectives) {
      if (value.ownerId === undefined || index.people.has(value.ownerId)) continue
      findings.push({
        path: objectivePath(at, 'ownerId'),
        params: { objectiveId: value.id, ownerId: value.ownerId },
      })
    }
    return findings
  },
}

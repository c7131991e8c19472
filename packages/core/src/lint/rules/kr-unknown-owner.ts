import { keyResultPath } from '../lint-paths'
import type { LintFinding, LintRule } from '../lint-rule'

/**
 * A key result's `ownerId` is not among the document's people.
 *
 * @example
 * lintOkrSet(docWithKrOwnedByAStranger)[0].params // { keyResultId: 'kr-1', ownerId: 'nobody' }
 */
export const krUnknownOwnerRule: LintRule<'kr_unknown_owner'> = {
  code: 'kr_unknown_owner',
  defaultSeverity: 'warning',
  check({ keyResults, index }) {
    const findings: LintFinding[] = []
    for (const kr of keyResults) {
      const { id, ownerId } = kr.value
      if (ownerId === undefined || index.people.has(ownerId)) continue
      findings.push({ path: keyResultPath(kr, 'ownerId'), params: { keyResultId: id, ownerId } })
    }
    return findings
  },
}

import { keyResultPath } from '../lint-paths'
import type { LintRule } from '../lint-rule'

/**
 * A key result has no owner: every KR has one owner who tracks it for the team.
 *
 * @example
 * lintOkrSet(docWithAnOwnerlessKr)[0].path // ['objectives', 0, 'keyResults', 1, 'ownerId']
 */
export const krMissingOwnerRule: LintRule<'kr_missing_owner'> = {
  code: 'kr_missing_owner',
  defaultSeverity: 'warning',
  check({ keyResults }) {
    return keyResults
      .filter(({ value }) => value.ownerId === undefined)
      .map((kr) => ({ path: keyResultPath(kr, 'ownerId'), params: { keyResultId: kr.value.id } }))
  },
}

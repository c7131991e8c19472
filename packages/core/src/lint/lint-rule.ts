import type { CatalogKey, LINT_MESSAGES } from '../i18n/catalogs'
import type { IssueParams, IssuePath, IssueSeverity } from '../issue'
import type { LintCode } from './lint-codes'
import type { LintContext } from './lint-context'

/**
 * One finding of a rule, before it becomes an issue: where, and the values of its message.
 *
 * @example
 * const finding: LintFinding = { path: ['objectives', 0, 'keyResults'], params: { count: 2 } }
 */
export interface LintFinding {
  /** Where in the document, from its root. */
  path: IssuePath
  /** Values for the message placeholders; also what hosts read to write their own text. */
  params: IssueParams
  /** The catalog message; default `lint.<code>`. */
  messageKey?: CatalogKey<typeof LINT_MESSAGES>
}

/**
 * A lint rule: one code, its default severity, and a check over the linted set.
 *
 * @example
 * const krMissingOwnerRule: LintRule<'kr_missing_owner'> = {
 *   code: 'kr_missing_owner',
 *   defaultSeverity: 'warning',
 *   check: ({ keyResults }) =>
 *     keyResults
 *       .filter(({ value }) => value.ownerId === undefined)
 *       .map((kr) => ({
 *         path: keyResultPath(kr, 'ownerId'),
 *         params: { keyResultId: kr.value.id },
 *       })),
 * }
 */
export interface LintRule<Code extends LintCode = LintCode> {
  readonly code: Code
  readonly defaultSeverity: IssueSeverity
  check(context: LintContext): LintFinding[]
}

import { LINT_MESSAGES } from '../i18n/catalogs'
import { formatMessageFrom, type LocaleOptions } from '../i18n/format'
import type { IssueSeverity, OkrIssue } from '../issue'
import type { OkrDocument } from '../model/document'
import { compareIssuePaths } from './issue-path-order'
import type { LintCode } from './lint-codes'
import { createLintContext, type LintFocus } from './lint-context'
import { LINT_RULES } from './lint-rules'

/**
 * Per lint code: `'off'` skips the rule, a severity replaces its default.
 *
 * @example
 * const rules: LintRuleSettings = { kr_is_activity: 'off', kr_count: 'info' }
 */
export type LintRuleSettings = Partial<Record<LintCode, IssueSeverity | 'off'>>

/**
 * Options of {@link lintOkrSet}: the locale of the messages, which rules run at which severity,
 * and which part of the document to lint: a team's or a period's set, one objective, one key
 * result (given together, they narrow each other).
 *
 * @example
 * const options: LintOptions = {
 *   locale: 'zh-CN',
 *   rules: { kr_is_activity: 'off', kr_count: 'info' },
 *   teamId: 'growth',
 *   periodId: '2026-q1',
 * }
 */
export interface LintOptions extends LocaleOptions {
  /** Per code: `'off'` skips the rule, a severity replaces its default. */
  rules?: LintRuleSettings
  /** Lint only this team's objectives (with their key results and check-ins). */
  teamId?: string
  /** Lint only this period's objectives (with their key results and check-ins). */
  periodId?: string
  /**
   * Lint only this objective, its key results and their check-ins (an objective editor). Rules
   * about the whole set (`objective_count`) stay silent.
   */
  objectiveId?: string
  /**
   * Lint only this key result and its check-ins (a key result editor). Its siblings still count
   * for `kr_duplicate` and `kr_no_quality_counterpart`; its objective's own issues are left out.
   */
  keyResultId?: string
}

const SEVERITIES: ReadonlySet<string> = new Set<IssueSeverity>(['error', 'warning', 'info'])

/**
 * Checks an OKR set against the method: 1–3 objectives per team and period, 3–5 key results per
 * objective, one owner per key result, measurable outcomes rather than activities, qualitative
 * objectives, no duplicate key results, output paired with quality, stretch rather than safe
 * aspirational targets, references that resolve, no alignment loops, check-ins inside their
 * period. Returns localised issues in document order, paths from the document's root; linear in
 * the size of the document.
 *
 * @example
 * const issues = lintOkrSet(doc, { locale: 'zh-CN', teamId: 'growth', periodId: '2026-q1' })
 * issues.map((issue) => issue.code) // ['kr_count', 'kr_is_activity']
 * lintOkrSet(doc, { keyResultId: 'kr-7' }) // only what concerns that key result
 */
export function lintOkrSet(doc: OkrDocument, options: LintOptions = {}): OkrIssue<LintCode>[] {
  const { teamId, periodId, objectiveId, keyResultId } = options
  const scope = { teamId, periodId, objectiveId, keyResultId }
  return runLint(doc, options, scope)
}

/**
 * Runs the rules over a document, scoped by ids or focused on one objective or key result by
 * position. Shared by {@link lintOkrSet}, `lintObjective` and `lintKeyResult`.
 *
 * @example
 * runLint(doc, { locale: 'en' }, {}, { objectiveIndex: 2 }, new Set(['set_too_safe']))
 */
export function runLint(
  doc: OkrDocument,
  options: LocaleOptions & { rules?: LintRuleSettings },
  scope: Parameters<typeof createLintContext>[1],
  focus?: LintFocus,
  skip: ReadonlySet<LintCode> = new Set(),
): OkrIssue<LintCode>[] {
  const context = createLintContext(doc, scope, focus)
  const issues: OkrIssue<LintCode>[] = []
  for (const rule of LINT_RULES) {
    const setting = options.rules?.[rule.code]
    if (setting === 'off' || skip.has(rule.code)) continue
    // A setting the types do not allow (from untyped config) falls back to the default.
    const severity =
      setting !== undefined && SEVERITIES.has(setting) ? setting : rule.defaultSeverity
    const defaultKey = `lint.${rule.code}` as const
    for (const { path, params, messageKey } of rule.check(context)) {
      issues.push({
        code: rule.code,
        severity,
        path,
        message: formatMessageFrom(LINT_MESSAGES, messageKey ?? defaultKey, params, options),
        params,
      })
    }
  }
  // Array#sort is stable: issues at the same place keep the rules' order.
  return issues.sort((a, b) => compareIssuePaths(a.path, b.path))
}

import { formatMessage, type LocaleOptions, type MessageKey } from '../i18n/format'
import type { IssueSeverity, OkrIssue } from '../issue'
import type { OkrDocument } from '../model/document'
import { compareIssuePaths } from './issue-path-order'
import type { LintCode } from './lint-codes'
import { createLintContext } from './lint-context'
import { LINT_RULES } from './lint-rules'

/**
 * Options of {@link lintOkrSet}: the locale of the messages, which rules run at which severity,
 * and which team's or period's set to lint.
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
  rules?: Partial<Record<LintCode, IssueSeverity | 'off'>>
  /** Lint only this team's objectives (with their key results and check-ins). */
  teamId?: string
  /** Lint only this period's objectives (with their key results and check-ins). */
  periodId?: string
}

const SEVERITIES: ReadonlySet<string> = new Set<IssueSeverity>(['error', 'warning', 'info'])

/**
 * Checks an OKR set against the method: 1–3 objectives per team and period, 3–5 key results per
 * objective, one owner per key result, measurable outcomes rather than activities, references
 * that resolve, no alignment loops, check-ins inside their period. Returns localised issues in
 * document order; linear in the size of the document.
 *
 * @example
 * const issues = lintOkrSet(doc, { locale: 'zh-CN', teamId: 'growth', periodId: '2026-q1' })
 * issues.map((issue) => issue.code) // ['kr_count', 'kr_is_activity']
 */
export function lintOkrSet(doc: OkrDocument, options: LintOptions = {}): OkrIssue<LintCode>[] {
  const context = createLintContext(doc, {
    ...(options.teamId !== undefined && { teamId: options.teamId }),
    ...(options.periodId !== undefined && { periodId: options.periodId }),
  })
  const issues: OkrIssue<LintCode>[] = []
  for (const rule of LINT_RULES) {
    const setting = options.rules?.[rule.code]
    if (setting === 'off') continue
    // A setting the types do not allow (from untyped config) falls back to the default.
    const severity =
      setting !== undefined && SEVERITIES.has(setting) ? setting : rule.defaultSeverity
    const defaultKey: MessageKey = `lint.${rule.code}`
    for (const { path, params, messageKey } of rule.check(context)) {
      issues.push({
        code: rule.code,
        severity,
        path,
        message: formatMessage(messageKey ?? defaultKey, params, options),
        params,
      })
    }
  }
  // Array#sort is stable: issues at the same place keep the rules' order.
  return issues.sort((a, b) => compareIssuePaths(a.path, b.path))
}

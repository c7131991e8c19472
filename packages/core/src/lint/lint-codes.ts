/**
 * Codes of the issues `lintOkrSet` reports, in the order the rules run. Each has a `lint.<code>`
 * catalog message. Codes are stable: hosts switch rules off or re-level them by code.
 *
 * @example
 * LINT_CODES.includes('kr_is_activity') // true
 */
export const LINT_CODES = [
  'objective_count',
  'objective_unknown_period',
  'objective_unknown_team',
  'objective_unknown_owner',
  'objective_unknown_parent',
  'objective_alignment_cycle',
  'objective_reads_like_metric',
  'set_too_safe',
  'kr_count',
  'kr_missing_owner',
  'kr_unknown_owner',
  'kr_target_equals_start',
  'kr_not_measurable',
  'kr_is_activity',
  'kr_duplicate',
  'kr_no_quality_counterpart',
  'checkin_unknown_key_result',
  'checkin_outside_period',
] as const

/**
 * A lint code: one of {@link LINT_CODES}.
 *
 * @example
 * const code: LintCode = 'kr_missing_owner'
 */
export type LintCode = (typeof LINT_CODES)[number]

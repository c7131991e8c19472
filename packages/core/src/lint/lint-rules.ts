import { LINT_CODES, type LintCode } from './lint-codes'
import type { LintRule } from './lint-rule'
import { checkinOutsidePeriodRule } from './rules/checkin-outside-period'
import { checkinUnknownKeyResultRule } from './rules/checkin-unknown-key-result'
import { krCountRule } from './rules/kr-count'
import { krDuplicateRule } from './rules/kr-duplicate'
import { krIsActivityRule } from './rules/kr-is-activity'
import { krMissingOwnerRule } from './rules/kr-missing-owner'
import { krNoQualityCounterpartRule } from './rules/kr-no-quality-counterpart'
import { krNotMeasurableRule } from './rules/kr-not-measurable'
import { krTargetEqualsStartRule } from './rules/kr-target-equals-start'
import { krUnknownOwnerRule } from './rules/kr-unknown-owner'
import { objectiveAlignmentCycleRule } from './rules/objective-alignment-cycle'
import { objectiveCountRule } from './rules/objective-count'
import { objectiveReadsLikeMetricRule } from './rules/objective-reads-like-metric'
import { objectiveUnknownOwnerRule } from './rules/objective-unknown-owner'
import { objectiveUnknownParentRule } from './rules/objective-unknown-parent'
import { objectiveUnknownPeriodRule } from './rules/objective-unknown-period'
import { objectiveUnknownTeamRule } from './rules/objective-unknown-team'
import { setTooSafeRule } from './rules/set-too-safe'

const RULES_BY_CODE: { [Code in LintCode]: LintRule<Code> } = {
  objective_count: objectiveCountRule,
  objective_unknown_period: objectiveUnknownPeriodRule,
  objective_unknown_team: objectiveUnknownTeamRule,
  objective_unknown_owner: objectiveUnknownOwnerRule,
  objective_unknown_parent: objectiveUnknownParentRule,
  objective_alignment_cycle: objectiveAlignmentCycleRule,
  objective_reads_like_metric: objectiveReadsLikeMetricRule,
  set_too_safe: setTooSafeRule,
  kr_count: krCountRule,
  kr_missing_owner: krMissingOwnerRule,
  kr_unknown_owner: krUnknownOwnerRule,
  kr_target_equals_start: krTargetEqualsStartRule,
  kr_not_measurable: krNotMeasurableRule,
  kr_is_activity: krIsActivityRule,
  kr_duplicate: krDuplicateRule,
  kr_no_quality_counterpart: krNoQualityCounterpartRule,
  checkin_unknown_key_result: checkinUnknownKeyResultRule,
  checkin_outside_period: checkinOutsidePeriodRule,
}

/**
 * Every lint rule, in {@link LINT_CODES} order: its code and default severity, for hosts that list
 * or configure the rules. The mapped type makes a code without a rule a type error.
 *
 * @example
 * LINT_RULES.find((rule) => rule.code === 'objective_unknown_period')?.defaultSeverity // 'error'
 */
export const LINT_RULES: readonly LintRule[] = LINT_CODES.map((code) => RULES_BY_CODE[code])

import type { MessageKey } from '../../i18n/format'
import type { CheckIn } from '../../model/check-in'
import type { DocumentIndex, Located } from '../../model/document-index'
import type { KeyResult } from '../../model/key-result'
import type { Objective } from '../../model/objective'
import { isValidIsoDate } from '../../periods/iso-date'
import { forecastScore } from '../../status/forecast'
import { objectivePath } from '../lint-paths'
import type { LintFinding, LintRule } from '../lint-rule'

/**
 * The confidence from which every key result of an aspirational objective makes the set too
 * safe: the team is near certain to reach 1.0 everywhere, where the play sets 1.0 at 50/50 odds
 * (by `expectedScore`, 0.9 means a score of about 0.54 was the real stretch).
 *
 * @example
 * TOO_SAFE_CONFIDENCE // 0.9
 */
export const TOO_SAFE_CONFIDENCE = 0.9

const SUGGESTION: MessageKey = 'lint.set_too_safe.suggestion'

/**
 * An aspirational objective whose key results all look certain: too safe. Two readings, the
 * first that applies is reported:
 * - `basis: 'confidence'` — every key result's latest check-in that gives a confidence gives
 *   {@link TOO_SAFE_CONFIDENCE} or more;
 * - `basis: 'forecast'` — every key result's latest check-in is on track and it is forecast to
 *   score 1.0 at the period's end (`forecastScore` from its check-ins' values; a milestone
 *   counts when done). A key result the team calls at risk or off track is no safe bet.
 * A key result without such evidence (no confidence, no measured value) keeps the objective
 * from being judged. Information, at the objective; committed objectives are meant to be met.
 *
 * @example
 * lintOkrSet(docWhereEveryKrIsCheckedInAt95PercentConfidence)[0].params.basis // 'confidence'
 */
export const setTooSafeRule: LintRule<'set_too_safe'> = {
  code: 'set_too_safe',
  defaultSeverity: 'info',
  check({ objectives, index }) {
    const findings: LintFinding[] = []
    const validPeriods = new Map<string, boolean>()
    for (const { value: objective, index: at } of objectives) {
      if (objective.commitment !== 'aspirational' || objective.keyResults.length === 0) continue
      const checkIns = (kr: KeyResult) => index.checkInsByKeyResult.get(kr.id) ?? NONE
      const basis = allConfident(objective, checkIns)
        ? 'confidence'
        : allForecastMet(objective, checkIns, index, validPeriods)
          ? 'forecast'
          : undefined
      if (!basis) continue
      findings.push({
        path: objectivePath(at),
        params: {
          objectiveId: objective.id,
          count: objective.keyResults.length,
          basis,
          threshold: basis === 'confidence' ? TOO_SAFE_CONFIDENCE : 1,
          suggestion: SUGGESTION,
        },
        ...(basis === 'forecast' && { messageKey: 'lint.set_too_safe.forecast' }),
      })
    }
    return findings
  },
}

type CheckInsOf = (kr: KeyResult) => readonly Located<CheckIn>[]
const NONE: readonly Located<CheckIn>[] = []

function allConfident(objective: Objective, checkIns: CheckInsOf): boolean {
  return objective.keyResults.every((kr) => {
    const list = checkIns(kr)
    for (let i = list.length - 1; i >= 0; i--) {
      const { confidence } = (list[i] as Located<CheckIn>).value
      if (confidence !== undefined) return confidence >= TOO_SAFE_CONFIDENCE
    }
    return false
  })
}

function allForecastMet(
  objective: Objective,
  checkIns: CheckInsOf,
  index: DocumentIndex,
  validPeriods: Map<string, boolean>,
): boolean {
  // Cheap evidence first: on track at the latest check-in, and a measured value to project.
  const evidence = objective.keyResults.every((kr) => {
    const list = checkIns(kr)
    if (list.at(-1)?.value.status !== 'on-track') return false
    const { measure } = kr
    if (measure.type === 'milestone') return measure.done
    return measure.target !== measure.start && list.some(({ value }) => value.value !== undefined)
  })
  if (!evidence) return false
  const period = index.periods.get(objective.periodId)?.value
  if (!period) return false
  let valid = validPeriods.get(period.id)
  if (valid === undefined) {
    valid = isValidIsoDate(period.start) && isValidIsoDate(period.end)
    validPeriods.set(period.id, valid)
  }
  if (!valid) return false
  return objective.keyResults.every((kr) => {
    if (kr.measure.type === 'milestone') return true
    const forecast = forecastScore(
      kr,
      checkIns(kr).map(({ value }) => value),
      period,
    )
    return forecast.method !== 'none' && forecast.score >= 1
  })
}

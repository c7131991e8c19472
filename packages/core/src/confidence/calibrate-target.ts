import { CONFIDENCE_MESSAGES } from '../i18n/catalogs'
import { formatMessageFrom, type LocaleOptions } from '../i18n/format'
import type { OkrIssue, OkrResult } from '../issue'
import { GRADE_ANCHORS } from '../scoring/grade'

export interface CalibrateTargetInput {
  /** Where the metric stands today. */
  start: number
  /** The outcome the team gives even odds: the play sets 1.0 there. */
  fiftyFifty: number
  /** The outcome the team is 80 % sure of reaching: the play expects it to score 0.7. */
  eightyTwenty: number
}

export interface TargetCalibration {
  /** Where to put the target (a score of 1.0): the 50/50 outcome. */
  target: number
  /** What the 80/20 outcome would score against that target. */
  eightyTwentyScore: number
  /** How far that score is from the play's 0.7: positive means the forecasts are tight. */
  gap: number
  /** Whether the two forecasts agree with the play (`|gap| ≤ tolerance`). */
  consistent: boolean
}

export interface CalibrateTargetOptions extends LocaleOptions {
  /** How far from 0.7 the 80/20 score may be and still count as consistent. Default 0.1. */
  tolerance?: number
}

type CalibrationCode = 'calibration_not_finite' | 'calibration_no_stretch' | 'calibration_order'

/**
 * Turns a team's two forecasts into a target: 1.0 goes where the team gives 50/50 odds, and the
 * 80/20 outcome should then score about 0.7. Works for decreasing metrics too.
 *
 * @example
 * calibrateTarget({ start: 30, fiftyFifty: 50, eightyTwenty: 44 })
 * // { success: true, data: { target: 50, eightyTwentyScore: 0.7, gap: 0, consistent: true } }
 */
export function calibrateTarget(
  input: CalibrateTargetInput,
  options: CalibrateTargetOptions = {},
): OkrResult<TargetCalibration, CalibrationCode> {
  const { start, fiftyFifty, eightyTwenty } = input
  const issue = (code: CalibrationCode, path: string[]): OkrIssue<CalibrationCode> => ({
    code,
    severity: 'error',
    path,
    message: formatMessageFrom(
      CONFIDENCE_MESSAGES,
      `confidence.${code}`,
      { start, fiftyFifty, eightyTwenty },
      options,
    ),
    params: { start, fiftyFifty, eightyTwenty },
  })
  const notFinite = (['start', 'fiftyFifty', 'eightyTwenty'] as const).filter(
    (key) => !Number.isFinite(input[key]),
  )
  if (notFinite.length > 0) {
    return {
      success: false,
      issues: notFinite.map((key) => issue('calibration_not_finite', [key])),
    }
  }
  if (fiftyFifty === start) {
    return { success: false, issues: [issue('calibration_no_stretch', ['fiftyFifty'])] }
  }
  const eightyTwentyScore = (eightyTwenty - start) / (fiftyFifty - start)
  // The surer outcome must lie between the start and the 50/50 outcome.
  if (!(eightyTwentyScore >= 0 && eightyTwentyScore < 1)) {
    return { success: false, issues: [issue('calibration_order', ['eightyTwenty'])] }
  }
  const gap = eightyTwentyScore - GRADE_ANCHORS.close
  return {
    success: true,
    data: {
      target: fiftyFifty,
      eightyTwentyScore,
      gap,
      consistent: Math.abs(gap) <= (options.tolerance ?? 0.1) + 1e-9,
    },
  }
}

import { OkrRangeError } from '../errors'
import { SCORE_MESSAGES } from '../i18n/catalogs'
import { formatMessageFrom, type LocaleOptions } from '../i18n/format'

export const GRADES = ['missed', 'close', 'met'] as const
/** The play's three bands: 0.3 we missed the mark, 0.7 we came very close, 1.0 we met it. */
export type Grade = (typeof GRADES)[number]

/** The play's anchor score of each grade. */
export const GRADE_ANCHORS: Readonly<Record<Grade, number>> = { missed: 0.3, close: 0.7, met: 1 }

/** Lower bounds of the bands above `missed`. */
export interface GradeBands {
  /** Lowest score graded `close`. Default 0.5, halfway between the 0.3 and 0.7 anchors. */
  close: number
  /** Lowest score graded `met`. Default 0.85, halfway between the 0.7 and 1.0 anchors. */
  met: number
}

/** Each score takes the grade of the nearest anchor. */
export const DEFAULT_GRADE_BANDS: Readonly<GradeBands> = { close: 0.5, met: 0.85 }

export interface GradeScoreOptions {
  bands?: Partial<GradeBands>
}

/**
 * Grades a 0–1 score into the play's bands: `missed`, `close` or `met`.
 *
 * @example
 * gradeScore(0.7) // 'close'
 * gradeScore(0.7, { bands: { met: 0.7 } }) // 'met'
 */
export function gradeScore(score: number, options: GradeScoreOptions = {}): Grade {
  if (!(score >= 0 && score <= 1)) {
    throw new OkrRangeError('score_out_of_range', `A score must be within 0–1; got ${score}.`)
  }
  const bands = { ...DEFAULT_GRADE_BANDS, ...options.bands }
  if (!(bands.close > 0 && bands.close < bands.met && bands.met <= 1)) {
    throw new OkrRangeError(
      'invalid_grade_bands',
      `Grade bands need 0 < close < met ≤ 1; got close ${bands.close}, met ${bands.met}.`,
    )
  }
  return score >= bands.met ? 'met' : score >= bands.close ? 'close' : 'missed'
}

/**
 * The localised name of a grade, and the play's sentence for it.
 *
 * @example
 * gradeLabel('missed', { locale: 'zh-CN' }) // { label: '未达到', description: '我们没有达到目标。' }
 */
export function gradeLabel(
  grade: Grade,
  options: LocaleOptions = {},
): { label: string; description: string } {
  return {
    label: formatMessageFrom(SCORE_MESSAGES, `grade.${grade}`, {}, options),
    description: formatMessageFrom(SCORE_MESSAGES, `grade.${grade}.description`, {}, options),
  }
}

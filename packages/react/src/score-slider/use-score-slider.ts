import {
  GRADE_ANCHORS,
  GRADES,
  type Grade,
  type GradeBands,
  gradeLabel,
  gradeScore,
  OkrRangeError,
} from '@okrkit/core'
import { useCallback, useMemo } from 'react'
import { SCORE_SLIDER_MESSAGES } from '../i18n/catalog'
import { useControllableState } from '../internal/use-controllable-state'
import { useOkrI18n } from '../provider/use-okr-context'

/** The slider's default step: the play scores in twentieths (0.65, 0.70 …). */
export const DEFAULT_SCORE_STEP = 0.05

export interface UseScoreSliderParams {
  /** The controlled score (0–1); `undefined` leaves the slider uncontrolled. */
  value?: number | undefined
  /** The initial score when uncontrolled. Default `0`. */
  defaultValue?: number | undefined
  /** Called with every new score, rounded to the step. */
  onValueChange?: ((value: number) => void) | undefined
  /** The distance between selectable scores, within (0, 1]. Default `0.05`. */
  step?: number | undefined
  /** Grade band boundaries (default: the nearest of the play's 0.3 / 0.7 / 1.0 anchors). */
  bands?: Partial<GradeBands> | undefined
}

/** One of the play's anchors, with its grade's name and sentence in the current locale. */
export interface ScoreSliderMark {
  value: number
  grade: Grade
  /** The grade's name, e.g. "Close". */
  label: string
  /** The play's sentence for it, e.g. "We came very close." */
  description: string
}

export interface UseScoreSliderResult {
  /** The score shown: the state clamped to 0–1 (a non-finite value shows as 0). */
  value: number
  /** Sets a new score; rounds it to the step and clamps it to 0–1 first. */
  setValue: (next: number) => void
  /** The grade of the score shown. */
  grade: Grade
  /** The score with two decimals, as the play writes them ("0.70"). */
  formattedValue: string
  /** What assistive technology reads for the value, e.g. "0.70 — Close". */
  valueText: string
  /** The play's anchors 0.3 / 0.7 / 1.0 with their meaning. */
  marks: ScoreSliderMark[]
  /** The validated step. */
  step: number
}

/** Decimal places of a step, so that 0.1 + 0.05 comes out as 0.15, not 0.15000000000000002. */
function decimalsOf(step: number): number {
  const [, fraction = ''] = String(step).split('.')
  const exponent = /e-(\d+)$/.exec(String(step))
  return exponent ? Number(exponent[1]) + fraction.length : fraction.length
}

/**
 * Rounds a score to the nearest step and clamps it to 0–1.
 *
 * @example
 * snapScore(0.72, 0.05) // 0.7
 */
export function snapScore(score: number, step: number): number {
  if (!Number.isFinite(score)) return 0
  const snapped = Math.round(Math.min(1, Math.max(0, score)) / step) * step
  return Math.min(1, Number(snapped.toFixed(decimalsOf(step))))
}

/**
 * The state and derived text of a 0–1 score slider with the play's 0.3 / 0.7 / 1.0 marks, for
 * hosts that draw their own. `ScoreSlider` is built on it.
 *
 * @example
 * const { value, setValue, valueText, marks } = useScoreSlider({ defaultValue: 0.7 })
 * valueText // '0.70 — Close'
 */
export function useScoreSlider({
  value: valueProp,
  defaultValue = 0,
  onValueChange,
  step = DEFAULT_SCORE_STEP,
  bands,
}: UseScoreSliderParams = {}): UseScoreSliderResult {
  const { t, formatScore, coreOptions } = useOkrI18n(SCORE_SLIDER_MESSAGES)
  const [state, setState] = useControllableState({
    value: valueProp,
    defaultValue,
    onChange: onValueChange,
    name: 'ScoreSlider',
  })
  if (!(step > 0 && step <= 1)) {
    throw new OkrRangeError(
      'invalid_score_step',
      `ScoreSlider's step must be within (0, 1]; got ${step}. Leave it out for 0.05.`,
    )
  }
  const value = Number.isFinite(state) ? Math.min(1, Math.max(0, state)) : 0
  const grade = gradeScore(value, bands ? { bands } : {})
  const setValue = useCallback((next: number) => setState(snapScore(next, step)), [setState, step])

  const marks = useMemo(
    () =>
      GRADES.map((markGrade) => ({
        value: GRADE_ANCHORS[markGrade],
        grade: markGrade,
        ...gradeLabel(markGrade, coreOptions),
      })),
    [coreOptions],
  )
  const formattedValue = formatScore(value)
  const gradeName = marks.find((mark) => mark.grade === grade)?.label ?? grade
  return {
    value,
    setValue,
    grade,
    formattedValue,
    valueText: t('ui.scoreSlider.valueText', { score: formattedValue, grade: gradeName }),
    marks,
    step,
  }
}

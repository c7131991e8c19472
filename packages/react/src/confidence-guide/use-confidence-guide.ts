import {
  type AmbitionAssessment,
  type AssessAmbitionOptions,
  assessAmbition,
  type Commitment,
  calibrateTarget,
  type OkrIssue,
  type TargetCalibration,
} from '@okrkit/core'
import { useCallback, useMemo, useState } from 'react'
import { useControllableState } from '../internal/use-controllable-state'
import { useOkrI18n } from '../provider/use-okr-context'

/** The calibration inputs; a field the team has not filled in (or cleared) is `undefined`. */
export interface CalibrationDraft {
  /** Where the metric stands today. */
  start?: number | undefined
  /** The outcome the team gives even odds: the play puts 1.0 there. */
  fiftyFifty?: number | undefined
  /** The outcome the team is 80 % sure of: the play expects it to score 0.7. */
  eightyTwenty?: number | undefined
}

export type CalibrationField = keyof CalibrationDraft

/** The calibration inputs in the order they are shown. */
export const CALIBRATION_FIELDS: readonly CalibrationField[] = [
  'start',
  'fiftyFifty',
  'eightyTwenty',
]

/** The default confidence: 50/50, where the play puts a target's 1.0. */
export const DEFAULT_CONFIDENCE = 0.5

export interface UseConfidenceGuideParams {
  /** The controlled confidence (0–1): the team's odds of reaching the target. */
  confidence?: number | undefined
  /** The initial confidence when uncontrolled. Default `0.5`. */
  defaultConfidence?: number | undefined
  /** Called with every new confidence. */
  onConfidenceChange?: ((confidence: number) => void) | undefined
  /** What kind of key result is judged. Default `aspirational`. */
  commitment?: Commitment | undefined
  /** Confidence bounds of the ambition bands (see core's `assessAmbition`). */
  thresholds?: AssessAmbitionOptions['thresholds']
  /** The controlled calibration inputs. */
  calibration?: CalibrationDraft | undefined
  /** The initial calibration inputs when uncontrolled. Default: all empty. */
  defaultCalibration?: CalibrationDraft | undefined
  /** Called with every edit of the calibration inputs, invalid drafts included. */
  onCalibrationChange?: ((calibration: CalibrationDraft) => void) | undefined
  /** How far from 0.7 the 80/20 score may be and still match the play. Default 0.1. */
  tolerance?: number | undefined
}

export interface UseConfidenceGuideResult {
  /** The confidence used: the state clamped to 0–1 (a non-finite value counts as 0.5). */
  confidence: number
  setConfidence: (confidence: number) => void
  /** Core's `assessAmbition` of the confidence for the commitment, advice localised. */
  assessment: AmbitionAssessment
  commitment: Commitment
  calibration: CalibrationDraft
  /** Sets one calibration input; `undefined` clears it. */
  setCalibrationField: (field: CalibrationField, value: number | undefined) => void
  /** Marks a field as visited, so its issues show (call it on blur). */
  touchField: (field: CalibrationField) => void
  /** Core's `calibrateTarget` result, once all three inputs are numbers and agree. */
  calibrated: TargetCalibration | undefined
  /** Whether any calibration input is still empty. */
  incomplete: boolean
  /** The issue to show next to each field: only for fields visited or filled in from the start. */
  issues: Partial<Record<CalibrationField, OkrIssue>>
}

function clampConfidence(confidence: number): number {
  return Number.isFinite(confidence) ? Math.min(1, Math.max(0, confidence)) : DEFAULT_CONFIDENCE
}

const EMPTY_DRAFT: CalibrationDraft = {}

/**
 * The state and derived guidance of `ConfidenceGuide`: the ambition of a confidence for a
 * commitment (core's `assessAmbition`, with `expectedScore`) and a target calibrated from two
 * forecasts (core's `calibrateTarget`), with issues per field.
 *
 * @example
 * const { assessment } = useConfidenceGuide({ defaultConfidence: 0.8 })
 * assessment.expectedScore // 0.7
 */
export function useConfidenceGuide({
  confidence: confidenceProp,
  defaultConfidence = DEFAULT_CONFIDENCE,
  onConfidenceChange,
  commitment = 'aspirational',
  thresholds,
  calibration: calibrationProp,
  defaultCalibration = EMPTY_DRAFT,
  onCalibrationChange,
  tolerance,
}: UseConfidenceGuideParams = {}): UseConfidenceGuideResult {
  const { coreOptions } = useOkrI18n()
  const [confidenceState, setConfidenceState] = useControllableState({
    value: confidenceProp,
    defaultValue: defaultConfidence,
    onChange: onConfidenceChange,
    name: 'ConfidenceGuide',
  })
  const [calibration, setCalibration] = useControllableState({
    value: calibrationProp,
    defaultValue: defaultCalibration,
    onChange: onCalibrationChange,
    name: 'ConfidenceGuide calibration',
  })
  // A draft handed in with values is flagged at once: an invalid draft is never hidden.
  const [touched, setTouched] = useState<ReadonlySet<CalibrationField>>(
    () => new Set(CALIBRATION_FIELDS.filter((field) => calibration[field] !== undefined)),
  )

  const confidence = clampConfidence(confidenceState)
  const setConfidence = useCallback(
    (next: number) => setConfidenceState(clampConfidence(next)),
    [setConfidenceState],
  )
  const assessment = useMemo(
    () =>
      assessAmbition(
        { confidence, commitment },
        thresholds ? { ...coreOptions, thresholds } : coreOptions,
      ),
    [confidence, commitment, thresholds, coreOptions],
  )

  const setCalibrationField = useCallback(
    (field: CalibrationField, value: number | undefined) =>
      setCalibration((previous) => ({ ...previous, [field]: value })),
    [setCalibration],
  )
  const touchField = useCallback(
    (field: CalibrationField) =>
      setTouched((previous) => (previous.has(field) ? previous : new Set(previous).add(field))),
    [],
  )

  const { start, fiftyFifty, eightyTwenty } = calibration
  const incomplete = CALIBRATION_FIELDS.some((field) => calibration[field] === undefined)
  const result = useMemo(
    () =>
      calibrateTarget(
        {
          start: start ?? Number.NaN,
          fiftyFifty: fiftyFifty ?? Number.NaN,
          eightyTwenty: eightyTwenty ?? Number.NaN,
        },
        tolerance === undefined ? coreOptions : { ...coreOptions, tolerance },
      ),
    [start, fiftyFifty, eightyTwenty, tolerance, coreOptions],
  )
  const issues: Partial<Record<CalibrationField, OkrIssue>> = {}
  for (const issue of result.issues ?? []) {
    const field = issue.path[0] as CalibrationField
    if (touched.has(field) && issues[field] === undefined) issues[field] = issue
  }

  return {
    confidence,
    setConfidence,
    assessment,
    commitment,
    calibration,
    setCalibrationField,
    touchField,
    calibrated: result.success ? result.data : undefined,
    incomplete,
    issues,
  }
}

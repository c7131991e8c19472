import type { ChangeEvent, ComponentPropsWithRef, ReactNode } from 'react'
import { useId } from 'react'
import { CONFIDENCE_GUIDE_MESSAGES } from '../i18n/catalog'
import { classNames } from '../internal/class-names'
import { useOkrI18n, useThemeAttributes } from '../provider/use-okr-context'
import { ConfidenceCurve } from './confidence-curve'
import {
  CALIBRATION_FIELDS,
  type CalibrationField,
  type UseConfidenceGuideParams,
  useConfidenceGuide,
} from './use-confidence-guide'

export interface ConfidenceGuideProps
  extends Omit<ComponentPropsWithRef<'div'>, 'children' | 'defaultValue' | 'onChange'>,
    UseConfidenceGuideParams {
  /** The visible label of the confidence input. Default "Confidence". */
  label?: ReactNode
  /** The confidence input's step, as a fraction. Default `0.01` (one percentage point). */
  step?: number | undefined
  /** Show the curve of expected score by confidence. Default `true`. */
  showCurve?: boolean | undefined
  /** Show inputs that place the target from a 50/50 and an 80/20 forecast. Default `false`. */
  showCalibration?: boolean | undefined
  /** Disables every input. */
  disabled?: boolean | undefined
  /** Shows the guidance without letting the inputs change: they are disabled and say why. */
  readOnly?: boolean | undefined
}

/**
 * Teaches and applies the play's confidence rule: a target reached with 80/20 odds should score
 * 0.7, and 1.0 assumes 50/50 odds. Given the team's confidence it shows the expected score and
 * whether the target is too safe, a stretch or unrealistic for its commitment, with advice; it can
 * also place a target from two forecasts. Style hooks: `.okr-ConfidenceGuide[data-ambition=
 * "safe|stretch|unrealistic"]`, `[data-commitment="aspirational|committed"]`, `[data-fits]`,
 * `[data-disabled]`, `[data-readonly]`; parts `[data-part="header|label|output|input|hint|
 * read-only|summary|expected-score|verdict|ambition|fit|advice|curve|curve-image|grid|curve-line|
 * anchor|current|caption|curve-table|calibration|calibration-hint|fields|field|field-hint|error|
 * result"]`; anchors carry `[data-grade]`, a calibration field with an issue `[data-invalid]`, a
 * result that matches the play `[data-consistent]`.
 *
 * @example
 * <ConfidenceGuide defaultConfidence={0.8} commitment="aspirational" showCalibration />
 */
export function ConfidenceGuide({
  confidence: confidenceProp,
  defaultConfidence,
  onConfidenceChange,
  commitment: commitmentProp,
  thresholds,
  calibration: calibrationProp,
  defaultCalibration,
  onCalibrationChange,
  tolerance,
  label,
  step = 0.01,
  showCurve = true,
  showCalibration = false,
  disabled = false,
  readOnly = false,
  className,
  ...rest
}: ConfidenceGuideProps) {
  const { t, formatScore, formatPercent, formatNumber } = useOkrI18n(CONFIDENCE_GUIDE_MESSAGES)
  const theme = useThemeAttributes()
  const guide = useConfidenceGuide({
    confidence: confidenceProp,
    defaultConfidence,
    onConfidenceChange,
    commitment: commitmentProp,
    thresholds,
    calibration: calibrationProp,
    defaultCalibration,
    onCalibrationChange,
    tolerance,
  })
  const { confidence, assessment, commitment, calibration, calibrated, issues } = guide
  const baseId = useId()
  const inputId = `${baseId}-confidence`
  const hintId = `${baseId}-hint`
  const readOnlyId = `${baseId}-read-only`
  const fieldId = (field: CalibrationField) => `${baseId}-${field}`
  const inert = disabled || readOnly

  const expected = formatScore(assessment.expectedScore)
  const ambition = t(`ui.confidenceGuide.ambition.${assessment.ambition}`)
  const fit = t(`ui.confidenceGuide.${assessment.fits ? 'fits' : 'misfit'}.${commitment}`)

  const onNumberChange = (field: CalibrationField) => (event: ChangeEvent<HTMLInputElement>) => {
    const raw = event.currentTarget.value
    guide.setCalibrationField(field, raw === '' ? undefined : Number(raw))
  }

  return (
    <div
      {...theme}
      {...rest}
      className={classNames('okr okr-ConfidenceGuide', className)}
      data-part="root"
      data-ambition={assessment.ambition}
      data-commitment={commitment}
      data-fits={assessment.fits ? '' : undefined}
      data-disabled={inert ? '' : undefined}
      data-readonly={readOnly ? '' : undefined}
    >
      <div data-part="header">
        <label data-part="label" htmlFor={inputId}>
          {label ?? t('ui.confidenceGuide.confidence')}
        </label>
        <output data-part="output" htmlFor={inputId} aria-live="off">
          {formatPercent(confidence)}
        </output>
      </div>
      <input
        id={inputId}
        data-part="input"
        type="range"
        min={0}
        max={100}
        step={Math.round(step * 10_000) / 100}
        value={Math.round(confidence * 10000) / 100}
        disabled={inert}
        aria-describedby={readOnly ? `${hintId} ${readOnlyId}` : hintId}
        aria-valuetext={t('ui.confidenceGuide.valueText', {
          percent: formatPercent(confidence),
          score: expected,
          ambition,
        })}
        onChange={(event) => guide.setConfidence(Number(event.currentTarget.value) / 100)}
      />
      <p id={hintId} data-part="hint">
        {t('ui.confidenceGuide.hint')}
      </p>
      {readOnly && (
        <p id={readOnlyId} data-part="read-only">
          {t('ui.read_only')}
        </p>
      )}
      <dl data-part="summary">
        <div data-part="expected-score">
          <dt>{t('ui.confidenceGuide.expectedScore')}</dt>
          <dd>{expected}</dd>
        </div>
        <div data-part="verdict">
          <dt>{t('ui.confidenceGuide.ambition')}</dt>
          <dd>
            <span data-part="ambition">{ambition}</span>
            {' · '}
            <span data-part="fit">{fit}</span>
          </dd>
        </div>
      </dl>
      <p data-part="advice">{assessment.advice}</p>
      {showCurve && <ConfidenceCurve confidence={confidence} />}
      {showCalibration && (
        <fieldset data-part="calibration" disabled={inert}>
          <legend>{t('ui.confidenceGuide.calibration')}</legend>
          <p data-part="calibration-hint">{t('ui.confidenceGuide.calibration.hint')}</p>
          <div data-part="fields">
            {CALIBRATION_FIELDS.map((field) => {
              const issue = issues[field]
              const id = fieldId(field)
              const describedBy = issue ? `${id}-hint ${id}-error` : `${id}-hint`
              return (
                <div key={field} data-part="field" data-invalid={issue ? '' : undefined}>
                  <label htmlFor={id}>{t(`ui.confidenceGuide.calibration.${field}`)}</label>
                  <input
                    id={id}
                    type="number"
                    inputMode="decimal"
                    step="any"
                    value={calibration[field] ?? ''}
                    aria-invalid={issue ? true : undefined}
                    aria-describedby={describedBy}
                    onChange={onNumberChange(field)}
                    onBlur={() => guide.touchField(field)}
                  />
                  <span id={`${id}-hint`} data-part="field-hint">
                    {t(`ui.confidenceGuide.calibration.${field}.hint`)}
                  </span>
                  <span id={`${id}-error`} data-part="error" aria-live="polite">
                    {issue?.message}
                  </span>
                </div>
              )
            })}
          </div>
          <output
            data-part="result"
            htmlFor={CALIBRATION_FIELDS.map(fieldId).join(' ')}
            data-consistent={calibrated?.consistent ? '' : undefined}
          >
            {calibrated
              ? t(
                  calibrated.consistent
                    ? 'ui.confidenceGuide.calibration.consistent'
                    : calibrated.gap > 0
                      ? 'ui.confidenceGuide.calibration.tight'
                      : 'ui.confidenceGuide.calibration.wide',
                  {
                    target: formatNumber(calibrated.target),
                    score: formatScore(calibrated.eightyTwentyScore),
                  },
                )
              : guide.incomplete
                ? t('ui.confidenceGuide.calibration.incomplete')
                : null}
          </output>
        </fieldset>
      )}
    </div>
  )
}

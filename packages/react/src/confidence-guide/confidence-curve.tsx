import { expectedScore } from '@okrkit/core'
import { useId } from 'react'
import { CONFIDENCE_GUIDE_MESSAGES } from '../i18n/catalog'
import { useOkrI18n } from '../provider/use-okr-context'

const WIDTH = 280
const HEIGHT = 176
const MARGIN = { top: 12, right: 16, bottom: 34, left: 36 }
const PLOT_W = WIDTH - MARGIN.left - MARGIN.right
const PLOT_H = HEIGHT - MARGIN.top - MARGIN.bottom
/** Scores shown on the vertical axis: the curve between 5 % and 95 % confidence fits in. */
const SCORE_MIN = 0.4
const SCORE_MAX = 1.6
/** The play's two anchors: 50/50 odds ↔ 1.0, 80/20 odds ↔ 0.7. */
const ANCHORS = [
  { confidence: 0.5, score: 1, grade: 'met' },
  { confidence: 0.8, score: 0.7, grade: 'close' },
] as const
/** The rows of the text alternative. */
const TABLE_CONFIDENCES = [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]

const x = (confidence: number) => MARGIN.left + confidence * PLOT_W
const y = (score: number) => {
  const clamped = Math.min(SCORE_MAX, Math.max(SCORE_MIN, score))
  return MARGIN.top + ((SCORE_MAX - clamped) / (SCORE_MAX - SCORE_MIN)) * PLOT_H
}
const round = (n: number) => Math.round(n * 10) / 10

// The curve is the same for every instance: sample it once.
const CURVE_PATH = Array.from({ length: 37 }, (_, i) => 0.05 + i * 0.025)
  .map((c, i) => `${i === 0 ? 'M' : 'L'}${round(x(c))},${round(y(expectedScore(c)))}`)
  .join(' ')

export interface ConfidenceCurveProps {
  /** The confidence to mark on the curve, if any. */
  confidence?: number | undefined
}

/**
 * The play's confidence curve: the score to expect for the odds a team gives itself, with the
 * 50/50 ↔ 1.0 and 80/20 ↔ 0.7 anchors highlighted. The drawing is hidden from assistive
 * technology: the figure's caption and a visually hidden table of values are its text alternative.
 */
export function ConfidenceCurve({ confidence }: ConfidenceCurveProps) {
  const { t, formatScore, formatPercent, formatNumber } = useOkrI18n(CONFIDENCE_GUIDE_MESSAGES)
  const captionId = useId()
  // The curve is drawn from 5 % to 95 %; odds beyond sit at its ends.
  const marked = confidence === undefined ? undefined : Math.min(0.95, Math.max(0.05, confidence))
  const one = (n: number) => formatNumber(n, { minimumFractionDigits: 1, maximumFractionDigits: 1 })
  return (
    <figure data-part="curve" aria-labelledby={captionId}>
      <svg
        data-part="curve-image"
        aria-hidden="true"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width={WIDTH}
        height={HEIGHT}
      >
        <g data-part="grid">
          {[0.7, 1].map((score) => (
            <g key={score}>
              <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(score)} y2={y(score)} />
              <text x={MARGIN.left - 6} y={y(score)} dy="0.35em" textAnchor="end">
                {one(score)}
              </text>
            </g>
          ))}
          {ANCHORS.map((anchor) => (
            <g key={anchor.confidence}>
              <line
                x1={x(anchor.confidence)}
                x2={x(anchor.confidence)}
                y1={MARGIN.top}
                y2={HEIGHT - MARGIN.bottom}
              />
              <text x={x(anchor.confidence)} y={HEIGHT - MARGIN.bottom + 14} textAnchor="middle">
                {formatPercent(anchor.confidence)}
              </text>
            </g>
          ))}
          <text data-part="axis-label" x={WIDTH - MARGIN.right} y={HEIGHT - 2} textAnchor="end">
            {t('ui.confidenceGuide.confidence')}
          </text>
          <text data-part="axis-label" x={4} y={MARGIN.top - 2} dy="0.7em">
            {t('ui.score')}
          </text>
        </g>
        <path data-part="curve-line" d={CURVE_PATH} fill="none" />
        {ANCHORS.map((anchor) => (
          <circle
            key={anchor.confidence}
            data-part="anchor"
            data-grade={anchor.grade}
            cx={x(anchor.confidence)}
            cy={y(anchor.score)}
            r={4.5}
          />
        ))}
        {marked !== undefined && (
          <circle
            data-part="current"
            cx={round(x(marked))}
            cy={round(y(expectedScore(marked)))}
            r={6}
          />
        )}
      </svg>
      <figcaption id={captionId} data-part="caption">
        {t('ui.confidenceGuide.curve.caption')}
      </figcaption>
      <table className="okr-visually-hidden" data-part="curve-table">
        <caption>{t('ui.confidenceGuide.curve.table')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('ui.confidenceGuide.confidence')}</th>
            <th scope="col">{t('ui.confidenceGuide.expectedScore')}</th>
          </tr>
        </thead>
        <tbody>
          {TABLE_CONFIDENCES.map((c) => {
            const anchor = ANCHORS.some((a) => a.confidence === c)
            return (
              <tr key={c} data-anchor={anchor ? '' : undefined}>
                <th scope="row">{formatPercent(c)}</th>
                <td>{formatScore(expectedScore(c))}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </figure>
  )
}

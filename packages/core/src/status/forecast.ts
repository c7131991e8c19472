import { differenceInCalendarDays } from 'date-fns'
import type { CheckIn } from '../model/check-in'
import type { IsoDate } from '../model/common'
import type { KeyResult } from '../model/key-result'
import type { Period } from '../model/period'
import { type DateInput, toIsoDate, toLocalDate } from '../periods/iso-date'
import { periodBounds } from '../periods/period-bounds'
import { progressOf, scoreKeyResult } from '../scoring/score-key-result'
import { keyResultCheckIns } from './key-result-check-ins'

/**
 * How a forecast was made: a least-squares line through two or more measured days
 * (`linear-trend`), the one measured value held (`last-value`), or no projection at all
 * (`none`: the KR's `current` / `start`, or a milestone's `done`).
 */
export type ForecastMethod = 'linear-trend' | 'last-value' | 'none'

/** A measured value a forecast rests on. */
export interface ForecastPoint {
  date: IsoDate
  value: number
}

export interface ForecastScoreOptions {
  /** Ignore check-ins after this day, to forecast as of a past date. Default: use them all. */
  asOf?: DateInput
}

export interface ScoreForecast {
  /** The projected 0–1 score at the period's end (`scoreKeyResult` of `value`). */
  score: number
  /** The projected unclamped progress (1.2 = overachieved, negative = the wrong way). */
  progress: number
  method: ForecastMethod
  /** Metrics: the projected value on the period's last day. */
  value?: number
  /** `linear-trend`: the fitted change of the value per calendar day. */
  slopePerDay?: number
  /** The measured values used, oldest first, one a day. */
  points: ForecastPoint[]
}

/**
 * Projects a key result's score at the end of its period from the values of its check-ins dated
 * inside the period (and up to `asOf`). With values on two or more days, a least-squares line
 * over calendar days is extended to the period's last day (`linear-trend`); with one, that value
 * is held (`last-value`); with none, the KR's `current` (else `start`) is scored (`none`). When a
 * day has several check-ins, its last one counts. A milestone is not projected: it scores 1 when
 * done, else 0 (`none`). Check-ins of other KRs are ignored.
 *
 * @example
 * // start 0, target 100 in 2026-Q1; 10 on 2026-01-31, 40 on 2026-03-02: +1 a day
 * forecastScore(kr, checkIns, q1)
 * // { score: 0.69, progress: 0.69, method: 'linear-trend', value: 69, slopePerDay: 1, points: [...] }
 */
export function forecastScore(
  kr: KeyResult,
  checkIns: readonly CheckIn[],
  period: Period,
  options: ForecastScoreOptions = {},
): ScoreForecast {
  const { start, end } = periodBounds(period)
  const { measure } = kr
  if (measure.type === 'milestone') {
    const score = measure.done ? 1 : 0
    return { score, progress: score, method: 'none', points: [] }
  }

  const asOf = options.asOf === undefined ? undefined : toIsoDate(options.asOf, 'asOf')
  const to = asOf !== undefined && asOf < period.end ? asOf : period.end
  const byDay = new Map<IsoDate, number>()
  for (const checkIn of keyResultCheckIns(kr.id, checkIns, { from: period.start, to })) {
    if (checkIn.value !== undefined) byDay.set(checkIn.date, checkIn.value)
  }
  const points = [...byDay].map(([date, value]) => ({ date, value }))

  const result = (value: number, method: ForecastMethod, slopePerDay?: number): ScoreForecast => ({
    score: scoreKeyResult(kr, value),
    progress: progressOf(kr, value),
    method,
    value,
    ...(slopePerDay !== undefined && { slopePerDay }),
    points,
  })

  const last = points.at(-1)
  if (last === undefined) return result(measure.current ?? measure.start, 'none')
  if (points.length === 1) return result(last.value, 'last-value')

  const xs = points.map((point) => differenceInCalendarDays(toLocalDate(point.date), start))
  const meanX = xs.reduce((sum, x) => sum + x, 0) / xs.length
  const meanY = points.reduce((sum, point) => sum + point.value, 0) / points.length
  let covariance = 0
  let variance = 0
  points.forEach((point, i) => {
    const dx = (xs[i] as number) - meanX
    covariance += dx * (point.value - meanY)
    variance += dx * dx
  })
  // Distinct days guarantee variance > 0.
  const slope = covariance / variance
  const endX = differenceInCalendarDays(end, start)
  return result(meanY + slope * (endX - meanX), 'linear-trend', slope)
}

import {
  type CheckIn,
  type CheckInStatus,
  elapsedFraction,
  forecastScore,
  type IsoDate,
  type KeyResult,
  type Period,
  periodContains,
  resolveKeyResultScore,
  type ScoreForecast,
  type ScoreProvenance,
} from '@okrkit/core'
import { useMemo } from 'react'

/** A check-in day of one key result, with the score as of that day. */
export interface ScoreTrendPoint {
  /** The check-in that speaks for the day (the day's last one). */
  checkInId: string
  date: IsoDate
  status: CheckInStatus
  /**
   * The key result's score as of the day (core's `resolveKeyResultScore` with `asOf`): the team's
   * own score, else the latest measured value's. `undefined` before anything was measured.
   */
  score: number | undefined
  provenance: ScoreProvenance | undefined
  /** Where the day falls in the period, 0–1 (core's `elapsedFraction`: the day itself counts). */
  position: number
}

/** One key result's scores through a period. */
export interface ScoreTrendSeries {
  keyResult: KeyResult
  /** Check-in days inside the period (and up to `asOf`), oldest first. */
  points: ScoreTrendPoint[]
  /** Core's `forecastScore` at the period's end; `undefined` when nothing can be projected. */
  forecast: ScoreForecast | undefined
}

export interface UseScoreTrendOptions {
  /** Ignore check-ins after this day, to show the trend as it stood then. Default: all. */
  asOf?: IsoDate | undefined
}

/**
 * The scores of one key result at each check-in of a period, plus the forecast to its end.
 *
 * @example
 * scoreTrend(kr, doc.checkIns, q1).points.map((p) => p.score) // [0.11, 0.39, 0.7]
 */
export function scoreTrend(
  keyResult: KeyResult,
  checkIns: readonly CheckIn[],
  period: Period,
  options: UseScoreTrendOptions = {},
): ScoreTrendSeries {
  const { asOf } = options
  const byDay = new Map<IsoDate, CheckIn>()
  for (const checkIn of checkIns) {
    if (checkIn.keyResultId !== keyResult.id) continue
    if (!periodContains(period, checkIn.date)) continue
    if (asOf !== undefined && checkIn.date > asOf) continue
    // Of same-day check-ins the last one wins, as in core's scoring.
    byDay.set(checkIn.date, checkIn)
  }
  const points = [...byDay.values()]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((checkIn): ScoreTrendPoint => {
      const resolved = resolveKeyResultScore(keyResult, checkIns, { asOf: checkIn.date })
      // Without a measuring check-in yet, core falls back to the KR's current value: today's
      // number, not that day's. Leave such days unscored.
      const measured = resolved.checkInId !== undefined
      return {
        checkInId: checkIn.id,
        date: checkIn.date,
        status: checkIn.status,
        score: measured ? resolved.value : undefined,
        provenance: measured ? resolved.provenance : undefined,
        position: elapsedFraction(period, checkIn.date),
      }
    })
  const forecast = forecastScore(keyResult, checkIns, period, asOf === undefined ? {} : { asOf })
  return { keyResult, points, forecast: forecast.method === 'none' ? undefined : forecast }
}

/**
 * {@link scoreTrend} for several key results, memoised: the data `ScoreTrendChart` draws, for
 * hosts that chart with their own library.
 *
 * @example
 * const series = useScoreTrend([kr], doc.checkIns, q1)
 */
export function useScoreTrend(
  keyResults: readonly KeyResult[],
  checkIns: readonly CheckIn[],
  period: Period,
  options: UseScoreTrendOptions = {},
): ScoreTrendSeries[] {
  const { asOf } = options
  return useMemo(
    () => keyResults.map((kr) => scoreTrend(kr, checkIns, period, { asOf })),
    [keyResults, checkIns, period, asOf],
  )
}

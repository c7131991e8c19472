import { differenceInCalendarDays } from 'date-fns'
import type { Period } from '../model/period'
import { type DateInput, toLocalDate } from './iso-date'
import { periodBounds } from './period-bounds'

interface DayCount {
  /** Days in the period, both ends included. */
  total: number
  /** Days of the period up to and including `asOf`, 0 before the start, `total` after the end. */
  elapsed: number
}

// Whole calendar days, never milliseconds: a 23- or 25-hour DST day still counts as one.
function countDays(period: Period, asOf: DateInput): DayCount {
  const { start, end } = periodBounds(period)
  const total = differenceInCalendarDays(end, start) + 1
  const sinceStart = differenceInCalendarDays(toLocalDate(asOf, 'asOf'), start) + 1
  return { total, elapsed: Math.min(Math.max(sinceStart, 0), total) }
}

/**
 * The share of a period that has passed by the end of `asOf`, from 0 to 1, counted in whole
 * calendar days with the end day included: `asOf` itself counts as passed, so the first day of a
 * 90-day quarter gives 1/90 and its last day exactly 1. Before the start it is 0, after the end 1.
 *
 * @example
 * elapsedFraction({ ...q1, start: '2026-01-01', end: '2026-03-31' }, '2026-02-14') // 45 / 90 = 0.5
 */
export function elapsedFraction(period: Period, asOf: DateInput): number {
  const { total, elapsed } = countDays(period, asOf)
  return elapsed / total
}

/**
 * The whole days of a period still to come after `asOf` (`asOf` counts as passed): 0 on the
 * last day and after it, the period's full length before it starts.
 *
 * @example
 * daysLeft({ ...q1, start: '2026-01-01', end: '2026-03-31' }, '2026-03-29') // 2
 */
export function daysLeft(period: Period, asOf: DateInput): number {
  const { total, elapsed } = countDays(period, asOf)
  return total - elapsed
}

import type { Period } from '../model/period'
import { type DateInput, toIsoDate } from './iso-date'
import { periodBounds } from './period-bounds'

/**
 * Whether a day falls within a period, both ends included.
 *
 * @example
 * periodContains({ ...q1, start: '2026-01-01', end: '2026-03-31' }, '2026-03-31') // true
 */
export function periodContains(period: Period, date: DateInput): boolean {
  periodBounds(period)
  const day = toIsoDate(date)
  // Validated ISO dates order as strings, in every time zone.
  return period.start <= day && day <= period.end
}

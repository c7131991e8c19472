import { isBefore } from 'date-fns'
import { OkrRangeError } from '../errors'
import type { Period } from '../model/period'
import { toLocalDate } from './iso-date'

/** A period's first and last day as local midnights; internal to the date functions. */
export interface PeriodBounds {
  start: Date
  end: Date
}

/**
 * Reads a period's bounds, throwing `OkrRangeError` when they are not dates or the period ends
 * before it starts: date math on such a period would return nonsense rather than fail.
 */
export function periodBounds(period: Pick<Period, 'id' | 'start' | 'end'>): PeriodBounds {
  const start = toLocalDate(period.start, `start of period "${period.id}"`)
  const end = toLocalDate(period.end, `end of period "${period.id}"`)
  if (isBefore(end, start)) {
    throw new OkrRangeError(
      'period_end_before_start',
      `Period "${period.id}" ends (${period.end}) before it starts (${period.start}).`,
    )
  }
  return { start, end }
}

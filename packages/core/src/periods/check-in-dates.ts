import {
  eachMonthOfInterval,
  getDaysInMonth,
  isBefore,
  isSameMonth,
  lastDayOfMonth,
  lightFormat,
  min,
  setDate,
} from 'date-fns'
import { OkrRangeError } from '../errors'
import type { IsoDate } from '../model/common'
import type { Period } from '../model/period'
import { periodBounds } from './period-bounds'

export interface CheckInDatesOptions {
  /**
   * The day of the month to check in on: `'last'` (default) or a day 1–31, which shorter months
   * move to their last day (31 → 30 April, 28 or 29 February).
   */
  day?: 'last' | number
}

/**
 * The monthly check-in dates of a period, oldest first, every one inside the period: one for each
 * month the period overlaps, on the chosen day. A date after the period's end moves to the end
 * (so the last month still gets its check-in on the final day); a date before the period's start
 * is dropped (a period starting on the 20th has no check-in on the 15th of that month) unless it
 * is the period's last month, whose check-in then falls on the end: every period gets at least
 * one date. By default: the last day of each month, the last one clipped to the period's end.
 *
 * @example
 * checkInDates({ ...q1, start: '2024-01-01', end: '2024-03-31' }) // ['2024-01-31', '2024-02-29', '2024-03-31']
 * checkInDates({ ...p, start: '2026-01-20', end: '2026-03-10' }, { day: 15 }) // ['2026-02-15', '2026-03-10']
 */
export function checkInDates(period: Period, options: CheckInDatesOptions = {}): IsoDate[] {
  const { start, end } = periodBounds(period)
  const day = options.day ?? 'last'
  if (day !== 'last' && !(Number.isInteger(day) && day >= 1 && day <= 31)) {
    throw new OkrRangeError(
      'invalid_check_in_day',
      `The check-in day must be 'last' or a whole day 1–31; got ${String(day)}.`,
    )
  }
  const dates: IsoDate[] = []
  for (const month of eachMonthOfInterval({ start, end })) {
    const candidate =
      day === 'last' ? lastDayOfMonth(month) : setDate(month, Math.min(day, getDaysInMonth(month)))
    let date = min([candidate, end])
    if (isBefore(date, start)) {
      // Only the last month falls back to the end, so that every period has a check-in.
      if (!isSameMonth(month, end)) continue
      date = end
    }
    dates.push(lightFormat(date, 'yyyy-MM-dd'))
  }
  return dates
}

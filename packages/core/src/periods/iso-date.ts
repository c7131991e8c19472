import { isValid, lightFormat, startOfDay } from 'date-fns'
import { OkrRangeError } from '../errors'
import type { IsoDate } from '../model/common'

/** A calendar day: an ISO `YYYY-MM-DD` string, or a `Date` taken as its local calendar day. */
export type DateInput = IsoDate | Date

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/**
 * The local midnight of a `YYYY-MM-DD` string, or undefined when it is not a real calendar date.
 * Read by hand: date-fns' general ISO parser was half the time of mounting a 1,000-row board.
 */
function parseIsoDate(value: string): Date | undefined {
  const match = ISO_DATE.exec(value)
  if (!match) return undefined
  const year = Number(match[1])
  const month = Number(match[2]) - 1
  const day = Number(match[3])
  const date = new Date(2000, month, day)
  // Years 0–99 would be read as 1900–1999 by the constructor.
  date.setFullYear(year)
  return date.getFullYear() === year && date.getMonth() === month && date.getDate() === day
    ? date
    : undefined
}

/**
 * Whether a value is a real calendar date written `YYYY-MM-DD`, the model's only date format
 * (no time, no zone; `2023-02-29` is rejected, `2024-02-29` accepted).
 *
 * @example
 * isValidIsoDate('2024-02-29') // true
 * isValidIsoDate('2026-1-5') // false
 */
export function isValidIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && parseIsoDate(value) !== undefined
}

/**
 * The local midnight of a calendar day, for date-fns arithmetic. An ISO string is read as a
 * local date (never as UTC, which would move the day west of Greenwich); a `Date` keeps its
 * local calendar day. Throws `OkrRangeError` for anything else.
 *
 * @example
 * toLocalDate('2026-01-01') // new Date(2026, 0, 1), in whatever zone the process runs
 */
export function toLocalDate(date: DateInput, name = 'date'): Date {
  if (typeof date === 'string') {
    const parsed = parseIsoDate(date)
    if (!parsed) {
      throw new OkrRangeError(
        'invalid_date',
        `The ${name} must be a calendar date written YYYY-MM-DD; got "${date}".`,
      )
    }
    return parsed
  }
  if (!(date instanceof Date) || !isValid(date)) {
    throw new OkrRangeError(
      'invalid_date',
      `The ${name} must be a valid Date or a YYYY-MM-DD string; got ${String(date)}.`,
    )
  }
  return startOfDay(date)
}

/**
 * The ISO `YYYY-MM-DD` form of a calendar day; a `Date` gives its local calendar day.
 *
 * @example
 * toIsoDate(new Date(2026, 2, 31, 23, 59)) // '2026-03-31' in every time zone
 */
export function toIsoDate(date: DateInput, name = 'date'): IsoDate {
  if (typeof date === 'string') {
    toLocalDate(date, name)
    return date
  }
  return lightFormat(toLocalDate(date, name), 'yyyy-MM-dd')
}

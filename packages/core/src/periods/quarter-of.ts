import {
  addMonths,
  getQuarter,
  lastDayOfMonth,
  lightFormat,
  startOfMonth,
  startOfQuarter,
  startOfYear,
  subMonths,
} from 'date-fns'
import { OkrRangeError } from '../errors'
import type { Period } from '../model/period'
import { type DateInput, toLocalDate } from './iso-date'

/**
 * Fiscal-year options shared by `quarterOf` and `yearOf`.
 *
 * Naming convention: a calendar year (`fiscalYearStartMonth: 1`) is named by its number — quarter
 * id `2026-Q1`, label `Q1 2026`; year id and label `2026`. A fiscal year that starts in any other
 * month is named by the calendar year in which it **ends**, as most companies do — with April as
 * the start, 2026-04-01 … 2027-03-31 is FY2027: quarter id `FY2027-Q1`, label `FY2027 Q1`; year id
 * and label `FY2027`. Labels are data and stay English; `formatPeriodLabel` localises them.
 */
export interface QuarterOfOptions {
  /** The month (1 = January … 12 = December) the fiscal year starts in. Default 1. */
  fiscalYearStartMonth?: number
}

export type YearOfOptions = QuarterOfOptions

interface FiscalYear {
  /** The day shifted back by the months before the fiscal start: fiscal quarters become calendar ones. */
  shifted: Date
  start: Date
  end: Date
  /** `2026` for a calendar year, `FY2027` for a fiscal one. */
  name: string
}

function fiscalYearOf(date: DateInput, options: QuarterOfOptions): FiscalYear {
  const startMonth = options.fiscalYearStartMonth ?? 1
  if (!(Number.isInteger(startMonth) && startMonth >= 1 && startMonth <= 12)) {
    throw new OkrRangeError(
      'invalid_fiscal_year_start_month',
      `fiscalYearStartMonth must be a whole month number 1–12; got ${startMonth}.`,
    )
  }
  const shifted = subMonths(startOfMonth(toLocalDate(date)), startMonth - 1)
  const start = addMonths(startOfYear(shifted), startMonth - 1)
  const end = lastDayOfMonth(addMonths(start, 11))
  const year = lightFormat(end, 'yyyy')
  return { shifted, start, end, name: startMonth === 1 ? year : `FY${year}` }
}

const ENGLISH_MONTH = /* @__PURE__ */ new Intl.DateTimeFormat('en-US', { month: 'long' })

const iso = (date: Date) => lightFormat(date, 'yyyy-MM-dd')

/**
 * The quarter a day falls in, as a `Period` of kind `quarter` (see `QuarterOfOptions` for the
 * naming of fiscal years).
 *
 * @example
 * quarterOf('2026-05-10')
 * // { id: '2026-Q2', label: 'Q2 2026', kind: 'quarter', start: '2026-04-01', end: '2026-06-30' }
 * quarterOf('2026-05-10', { fiscalYearStartMonth: 4 })
 * // { id: 'FY2027-Q1', label: 'FY2027 Q1', kind: 'quarter', start: '2026-04-01', end: '2026-06-30' }
 */
export function quarterOf(date: DateInput, options: QuarterOfOptions = {}): Period {
  const fiscal = fiscalYearOf(date, options)
  const quarter = getQuarter(fiscal.shifted)
  const start = addMonths(startOfQuarter(fiscal.shifted), (options.fiscalYearStartMonth ?? 1) - 1)
  const calendar = !fiscal.name.startsWith('FY')
  return {
    id: `${fiscal.name}-Q${quarter}`,
    label: calendar ? `Q${quarter} ${fiscal.name}` : `${fiscal.name} Q${quarter}`,
    kind: 'quarter',
    start: iso(start),
    end: iso(lastDayOfMonth(addMonths(start, 2))),
  }
}

/**
 * The (fiscal) year a day falls in, as a `Period` of kind `year`.
 *
 * @example
 * yearOf('2026-05-10') // { id: '2026', label: '2026', kind: 'year', start: '2026-01-01', end: '2026-12-31' }
 * yearOf('2026-02-10', { fiscalYearStartMonth: 7 })
 * // { id: 'FY2026', label: 'FY2026', kind: 'year', start: '2025-07-01', end: '2026-06-30' }
 */
export function yearOf(date: DateInput, options: YearOfOptions = {}): Period {
  const fiscal = fiscalYearOf(date, options)
  return {
    id: fiscal.name,
    label: fiscal.name,
    kind: 'year',
    start: iso(fiscal.start),
    end: iso(fiscal.end),
  }
}

/**
 * The calendar month a day falls in, as a `Period` of kind `month` (id `2026-02`, label
 * `February 2026`).
 *
 * @example
 * monthOf('2024-02-10')
 * // { id: '2024-02', label: 'February 2024', kind: 'month', start: '2024-02-01', end: '2024-02-29' }
 */
export function monthOf(date: DateInput): Period {
  const start = startOfMonth(toLocalDate(date))
  return {
    id: lightFormat(start, 'yyyy-MM'),
    // The id-like English label; hosts show formatPeriodLabel in their own locale.
    label: `${ENGLISH_MONTH.format(start)} ${lightFormat(start, 'yyyy')}`,
    kind: 'month',
    start: iso(start),
    end: iso(lastDayOfMonth(start)),
  }
}

import { PERIOD_MESSAGES } from '../i18n/catalogs'
import { formatMessageFrom, type LocaleOptions } from '../i18n/format'
import { resolveLocale } from '../i18n/locale'
import type { Period } from '../model/period'
import { toLocalDate } from './iso-date'

const QUARTER_ID = /^(FY)?(\d{4})-Q([1-4])$/
const YEAR_ID = /^(FY)?(\d{4})$/

export type FormatPeriodLabelOptions = LocaleOptions

/**
 * A period's name in the reader's language. Quarters and years are recognised by the ids
 * `quarterOf` and `yearOf` give (`2026-Q1`, `FY2027-Q1`, `2026`, `FY2027`), months by their start
 * date; any other period keeps its own `label`, which is host data.
 *
 * @example
 * formatPeriodLabel(quarterOf('2026-02-01'), { locale: 'zh-CN' }) // '2026年第1季度'
 * formatPeriodLabel(quarterOf('2026-05-10', { fiscalYearStartMonth: 4 })) // 'FY2027 Q1'
 */
export function formatPeriodLabel(period: Period, options: FormatPeriodLabelOptions = {}): string {
  // Years are passed as strings: the number formatter would write 2026 as "2,026".
  if (period.kind === 'quarter') {
    const match = QUARTER_ID.exec(period.id)
    if (match) {
      const [, fiscal, year, quarter] = match
      const key = fiscal ? 'period.fiscal_quarter' : 'period.quarter'
      return formatMessageFrom(PERIOD_MESSAGES, key, { year, quarter }, options)
    }
  } else if (period.kind === 'year') {
    const match = YEAR_ID.exec(period.id)
    if (match) {
      const [, fiscal, year] = match
      return formatMessageFrom(
        PERIOD_MESSAGES,
        fiscal ? 'period.fiscal_year' : 'period.year',
        { year },
        options,
      )
    }
  } else if (period.kind === 'month') {
    // Intl already knows each language's month names and order ("February 2026", "2026年2月").
    const start = toLocalDate(period.start, `start of period "${period.id}"`)
    const locale = resolveLocale(options.locale)
    return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long' }).format(start)
  }
  return period.label
}

import {
  type Catalog,
  formatMessageFrom,
  type IssueParams,
  type LocaleOptions,
  type Messages,
  type OkrLocale,
} from '@okrkit/core'
import { use, useMemo } from 'react'
import { OkrContext, type OkrContextValue, type PermissionRequest } from './okr-provider'

/** The provider's settings (defaults when there is no provider). */
export function useOkrContext(): OkrContextValue {
  return use(OkrContext)
}

/** The one formatter every component takes its text, numbers and dates from. */
export interface OkrI18n<Key extends string = never> {
  locale: OkrLocale
  /** A message of the hook's catalog with its `{placeholders}` filled; a host's override first. */
  t: (key: Key, params?: IssueParams) => string
  /** Options to pass to core functions that return localised text. */
  coreOptions: LocaleOptions
  formatNumber(value: number, options?: Intl.NumberFormatOptions): string
  /** A 0–1 score with two decimals, as the play writes them (0.70). */
  formatScore(score: number): string
  formatPercent(fraction: number): string
  /** A `YYYY-MM-DD` date, written for the locale, with no time-zone shift. */
  formatDate(date: string, options?: Intl.DateTimeFormatOptions): string
}

/**
 * Localised text and formatting for the current provider's locale and overrides. `t` looks keys
 * up in the catalog given, so a component's bundle carries only the text it shows; pass
 * `OKR_MESSAGES` for every message of the kit.
 *
 * @example
 * const { t, formatScore } = useOkrI18n(SCORE_MESSAGES)
 * t('grade.close') // 'Close'
 */
export function useOkrI18n<Key extends string = never>(catalog?: Catalog<Key>): OkrI18n<Key> {
  const { locale, messages } = useOkrContext()
  return useMemo(() => {
    const { score, percent, date } = formatsFor(locale)
    const coreOptions: LocaleOptions = messages
      ? { locale, messages: messages as Partial<Messages> }
      : { locale }
    return {
      locale,
      // Core's lookup: the host's override, then the catalog; a key it lacks shows itself.
      t: (key, params = {}) =>
        catalog ? formatMessageFrom(catalog, key, params, coreOptions) : key,
      coreOptions,
      formatNumber: (value, options) => new Intl.NumberFormat(locale, options).format(value),
      formatScore: (value) => score.format(value),
      formatPercent: (fraction) => percent.format(fraction),
      formatDate: (isoDate, options) => {
        const [y, m, d] = isoDate.split('-').map(Number)
        // Format the calendar day in UTC so no reader's zone moves it to a neighbouring day.
        const instant = new Date(Date.UTC(y as number, (m as number) - 1, d as number))
        const format = options
          ? new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })
          : date
        return format.format(instant)
      },
    }
  }, [locale, messages, catalog])
}

interface LocaleFormats {
  score: Intl.NumberFormat
  percent: Intl.NumberFormat
  date: Intl.DateTimeFormat
}

// Intl formatters are costly to build and a board renders thousands of badges: one set per locale.
const formatCache = new Map<OkrLocale, LocaleFormats>()
function formatsFor(locale: OkrLocale): LocaleFormats {
  let formats = formatCache.get(locale)
  if (!formats) {
    formats = {
      score: new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
      percent: new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }),
      date: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }),
    }
    formatCache.set(locale, formats)
  }
  return formats
}

/**
 * Whether the provider's permissions allow editing something.
 *
 * @example
 * const editable = useCanEdit({ kind: 'objective', objective })
 */
export function useCanEdit(request: PermissionRequest): boolean {
  return useOkrContext().permissions(request)
}

/** Attributes that put a component root in the provider's theme (none when it sets none). */
export function useThemeAttributes(): { 'data-okr-theme'?: string } {
  const { theme } = useOkrContext()
  return theme ? { 'data-okr-theme': theme } : {}
}

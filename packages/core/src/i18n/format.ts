import type { IssueParams } from '../issue'
import type { Catalog } from './catalogs'
import { DEFAULT_LOCALE, type OkrLocale, resolveLocale } from './locale'
import { en, type MessageKey, type Messages } from './messages/en'
import { zhCN } from './messages/zh-CN'

/** Every shipped message, by locale. Code that shows one domain reads its catalog instead. */
export const MESSAGES: Record<OkrLocale, Messages> = { en, 'zh-CN': zhCN }

/** Options shared by every function that produces user-facing text. */
export interface LocaleOptions {
  /** A BCP 47 tag; Chinese tags select `zh-CN`, anything else `en`. Default `en`. */
  locale?: string
  /** Overrides for individual messages (a host's own wording). */
  messages?: Partial<Messages>
}

const PLACEHOLDER = /\{(\w+)\}/g

const numberFormats = new Map<OkrLocale, Intl.NumberFormat>()
function formatNumber(locale: OkrLocale, value: number): string {
  let format = numberFormats.get(locale)
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 })
    numberFormats.set(locale, format)
  }
  return format.format(value)
}

/**
 * Fills a template's `{placeholders}` from params; numbers are formatted for the locale and
 * unknown placeholders are left visible. For hosts and packages with catalogs of their own.
 *
 * @example
 * interpolate('{count} key results', { count: 1200 }, 'en') // '1,200 key results'
 */
export function interpolate(
  template: string,
  params: IssueParams,
  locale: string = DEFAULT_LOCALE,
): string {
  const resolved = resolveLocale(locale)
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    // Own keys only: `{constructor}` must not print Object's constructor.
    const value = Object.hasOwn(params, name) ? params[name] : undefined
    if (value === undefined) return whole
    return typeof value === 'number' ? formatNumber(resolved, value) : String(value)
  })
}

/**
 * Looks up a message and fills its `{placeholders}`; numbers are formatted for the locale.
 *
 * @example
 * formatMessage('grade.close', {}, { locale: 'zh-CN' }) // '接近'
 */
export function formatMessage(
  key: MessageKey,
  params: IssueParams = {},
  options: LocaleOptions = {},
): string {
  return formatMessageFrom(MESSAGES, key, params, options)
}

/**
 * `formatMessage` over one catalog, so a bundle carries only that catalog's text.
 *
 * @example
 * formatMessageFrom(SCORE_MESSAGES, 'grade.close', {}, { locale: 'zh-CN' }) // '接近'
 */
export function formatMessageFrom<Key extends string>(
  catalog: Catalog<Key>,
  key: NoInfer<Key>,
  params: IssueParams = {},
  options: LocaleOptions = {},
): string {
  const locale = resolveLocale(options.locale ?? DEFAULT_LOCALE)
  const override = (options.messages as Partial<Record<string, string>> | undefined)?.[key]
  // A key the catalog lacks (from untyped code) shows itself, so the gap is seen, not thrown.
  const template = override ?? catalog[locale][key] ?? catalog.en[key] ?? key
  return interpolate(template, params, locale)
}

export type { MessageKey, Messages }

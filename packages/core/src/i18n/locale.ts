/** The locales okrkit ships catalogs for. */
export const LOCALES = ['en', 'zh-CN'] as const
export type OkrLocale = (typeof LOCALES)[number]

export const DEFAULT_LOCALE: OkrLocale = 'en'

/**
 * Maps any BCP 47 tag to a shipped locale: every Chinese tag to `zh-CN`, everything else to `en`.
 *
 * @example
 * resolveLocale('zh-Hans-CN') // 'zh-CN'
 */
export function resolveLocale(tag: string | undefined): OkrLocale {
  if (!tag) return DEFAULT_LOCALE
  return /^zh(?:[-_]|$)/i.test(tag) ? 'zh-CN' : 'en'
}

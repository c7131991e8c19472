import type { OkrLocale } from '../i18n/locale'

/** A text in every shipped locale; a missing translation is a type error, not a runtime gap. */
export type LocalizedText = Readonly<Record<OkrLocale, string>>

/**
 * Builds a {@link LocalizedText} from its English and Simplified Chinese wording.
 *
 * @example
 * localizedText('Increase sales revenue', '增加销售收入')
 * // { en: 'Increase sales revenue', 'zh-CN': '增加销售收入' }
 */
export function localizedText(en: string, zhCN: string): LocalizedText {
  return { en, 'zh-CN': zhCN }
}

/**
 * Deep-freezes shipped data, so a story or test that mutates it cannot leak into the next one.
 *
 * @example
 * const steps = deepFreeze([{ id: 'prepare', minutes: 10 }])
 * Object.isFrozen(steps[0]) // true
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child)
    Object.freeze(value)
  }
  return value
}

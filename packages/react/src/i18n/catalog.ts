import { MESSAGES, type MessageKey, type OkrLocale } from '@okrkit/core'
import { type UiMessageKey, uiEn } from './messages/en'
import { uiZhCN } from './messages/zh-CN'

/** Every key a component can show: core's messages and the kit's own UI strings. */
export type OkrMessageKey = MessageKey | UiMessageKey

/** Wording overrides a host passes to `OkrProvider`, for any core or UI message. */
export type OkrMessages = Partial<Record<OkrMessageKey, string>>

export const UI_MESSAGES: Record<OkrLocale, Record<UiMessageKey, string>> = {
  en: uiEn,
  'zh-CN': uiZhCN,
}

/** The template of a key in a locale: the host's override, then the kit's, then core's. */
export function lookupMessage(
  locale: OkrLocale,
  key: OkrMessageKey,
  overrides?: OkrMessages,
): string {
  const override = overrides?.[key]
  if (override !== undefined) return override
  if (key in UI_MESSAGES[locale]) return UI_MESSAGES[locale][key as UiMessageKey]
  return MESSAGES[locale][key as MessageKey]
}

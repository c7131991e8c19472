import type { CheckIn, IsoDate, KeyResult, Objective, OkrLocale, Retrospective } from '@okrkit/core'
import { resolveLocale } from '@okrkit/core'
import { createContext, type ReactNode, useMemo } from 'react'
import type { OkrMessages } from '../i18n/catalog'

/** What a permission check is asked about. */
export type PermissionRequest =
  | { kind: 'objective'; objective: Objective }
  | { kind: 'keyResult'; keyResult: KeyResult; objective: Objective }
  | { kind: 'checkIn'; keyResult: KeyResult; checkIn?: CheckIn }
  | { kind: 'retrospective'; retrospective?: Retrospective }

/** Decides whether the current user may edit something; components render read-only where it says no. */
export type OkrPermissions = (request: PermissionRequest) => boolean

/** `light` and `dark` force a theme; `system` follows the OS; `none` leaves colours to the host. */
export type OkrTheme = 'light' | 'dark' | 'system' | 'none'

export interface OkrProviderProps {
  /** A BCP 47 tag; Chinese tags select `zh-CN`, anything else `en`. Default `en`. */
  locale?: string
  /** Wording overrides for any core or UI message key. */
  messages?: OkrMessages
  /** The date components treat as today (`YYYY-MM-DD`); inject it for stories, tests and SSR. */
  today?: IsoDate
  /** Who may edit what. Default: everything is editable. */
  permissions?: OkrPermissions
  /** The colour theme components render with. Default: inherit from the page (`light` tokens). */
  theme?: OkrTheme
  /** The part of the app whose okrkit components take these settings. */
  children?: ReactNode
}

export interface OkrContextValue {
  locale: OkrLocale
  messages: OkrMessages | undefined
  /** `undefined` when not injected: components then read the clock after mounting. */
  today: IsoDate | undefined
  permissions: OkrPermissions
  theme: OkrTheme | undefined
}

const allowAll: OkrPermissions = () => true

export const DEFAULT_OKR_CONTEXT: OkrContextValue = {
  locale: 'en',
  messages: undefined,
  today: undefined,
  permissions: allowAll,
  theme: undefined,
}

export const OkrContext = createContext<OkrContextValue>(DEFAULT_OKR_CONTEXT)

/**
 * Sets locale, wording, "today", permissions and theme for the okrkit components below it.
 * Components work without it too, in English, editable, with the page's theme.
 *
 * @example
 * <OkrProvider locale="zh-CN" today="2026-02-14" permissions={({ kind }) => kind !== 'objective'}>
 *   <OkrScorecard document={doc} />
 * </OkrProvider>
 */
export function OkrProvider({
  locale,
  messages,
  today,
  permissions,
  theme,
  children,
}: OkrProviderProps) {
  const value = useMemo<OkrContextValue>(
    () => ({
      locale: resolveLocale(locale),
      messages,
      today,
      permissions: permissions ?? allowAll,
      theme,
    }),
    [locale, messages, today, permissions, theme],
  )
  return <OkrContext value={value}>{children}</OkrContext>
}

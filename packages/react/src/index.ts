// Provider and formatting
export {
  OkrProvider,
  type OkrPermissions,
  type OkrProviderProps,
  type OkrTheme,
  type PermissionRequest,
} from './provider/okr-provider'
export {
  useCanEdit,
  useOkrContext,
  useOkrI18n,
  type OkrI18n,
} from './provider/use-okr-context'
export type { OkrMessageKey, OkrMessages } from './i18n/catalog'
export type { UiMessageKey } from './i18n/messages/en'

// Building blocks for hosts that compose their own components
export {
  useControllableState,
  type UseControllableStateParams,
} from './internal/use-controllable-state'

// Components
export { ScoreBadge, type ScoreBadgeProps } from './score-badge/score-badge'
export { StatusBadge, type StatusBadgeProps } from './status-badge/status-badge'

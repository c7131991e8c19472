/**
 * English UI catalog of @okrkit/react. Core's catalog (issue messages, grades, statuses, advice)
 * is merged under it, so components look every string up through one formatter.
 */
export const uiEn = {
  // shared
  'ui.score': 'Score',
  'ui.score.none': 'No score yet',
  'ui.status': 'Status',
  'ui.status.stale': 'Stale',
  'ui.read_only': 'Read-only',
} as const satisfies Record<string, string>

export type UiMessageKey = keyof typeof uiEn
export type UiMessages = Record<UiMessageKey, string>

import { STATUS_MESSAGES } from '../i18n/catalogs'
import { formatMessageFrom, type LocaleOptions } from '../i18n/format'
import { resolveLocale } from '../i18n/locale'
import type { StatusSuggestion } from './suggest-status'

export type ExplainStatusOptions = LocaleOptions

const percent = (fraction: number) => Math.round(fraction * 100)

/**
 * Explains a `suggestStatus` result in the reader's language: whose status it is, what pace says
 * (also when it differs from the team's), and whether the status is stale.
 *
 * @example
 * explainStatus(suggestStatus(kr, checkIns, q1, '2026-02-14'))
 * // '30% of the way to the target with 50% of the period gone: a little behind pace.
 * //  No check-in this month: the team has not confirmed this status.'
 */
export function explainStatus(
  suggestion: StatusSuggestion,
  options: ExplainStatusOptions = {},
): string {
  const sentences: string[] = []
  const statusLabel = (status: StatusSuggestion['status']) =>
    formatMessageFrom(STATUS_MESSAGES, `status.${status}`, {}, options)

  if (suggestion.source === 'team') {
    sentences.push(
      formatMessageFrom(
        STATUS_MESSAGES,
        'pace.team',
        { status: statusLabel(suggestion.status), date: suggestion.checkInDate },
        options,
      ),
    )
    if (suggestion.paceStatus !== suggestion.status) {
      sentences.push(
        formatMessageFrom(
          STATUS_MESSAGES,
          'pace.differs',
          { status: statusLabel(suggestion.paceStatus) },
          options,
        ),
      )
    }
  } else {
    sentences.push(
      formatMessageFrom(
        STATUS_MESSAGES,
        `pace.${suggestion.paceReason}`,
        {
          progress: percent(suggestion.progress),
          expected: percent(suggestion.expectedProgress),
          due: suggestion.due,
        },
        options,
      ),
    )
  }

  if (suggestion.stale) {
    sentences.push(
      suggestion.source === 'team'
        ? formatMessageFrom(
            STATUS_MESSAGES,
            'pace.stale_team',
            { date: suggestion.checkInDate },
            options,
          )
        : formatMessageFrom(STATUS_MESSAGES, 'pace.stale', {}, options),
    )
  }
  // Chinese sentences end in a full-width stop and run on without a space.
  return sentences.join(resolveLocale(options.locale) === 'zh-CN' ? '' : ' ')
}

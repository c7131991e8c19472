import type { CatalogKey } from '@okrkit/core'
import { type IssueSeverity, LINT_MESSAGES, type OkrIssue, type OkrLocale } from '@okrkit/core'
import { Fragment, type ReactNode } from 'react'
import { FIELD_HINT_MESSAGES } from '../i18n/catalog'
import { type OkrI18n, useOkrI18n } from '../provider/use-okr-context'

/** Shapes as well as colours, so a hint's severity never rests on colour alone. */
export const SEVERITY_ICONS: Record<IssueSeverity, string> = { error: '✖', warning: '▲', info: '●' }

export interface FieldMessagesProps {
  /** The id fields point `aria-describedby` at. */
  id: string
  /** Core issues about the field, in any code: unknown codes still show their message. */
  issues: readonly OkrIssue[]
  /** Why what the user typed is not in the model (an unfinished number), shown first. */
  draftError?: string | undefined
}

/**
 * The live hints of one field: core's issues (severity in words and a shape, the message, and its
 * suggestion when `params.suggestion` names a catalog message or carries text) and the field's
 * own draft error. A polite live region that is always rendered, so changes are announced.
 */
export function FieldMessages({ id, issues, draftError }: FieldMessagesProps) {
  const { t, locale } = useOkrI18n(FIELD_HINT_MESSAGES)
  // Issues have no id: code and place identify one, a count separates repeats.
  const seen = new Map<string, number>()
  const keyOf = (issue: OkrIssue) => {
    const place = `${issue.code}:${issue.path.join('.')}`
    const count = (seen.get(place) ?? 0) + 1
    seen.set(place, count)
    return `${place}:${count}`
  }
  return (
    <div id={id} data-part="messages" aria-live="polite">
      {draftError !== undefined && (
        <p data-part="hint" data-severity="error" data-draft="">
          <HintText t={t} severity="error" message={draftError} />
        </p>
      )}
      {issues.map((issue) => (
        <p
          key={keyOf(issue)}
          data-part="hint"
          data-severity={issue.severity}
          data-code={issue.code}
        >
          <HintText
            t={t}
            severity={issue.severity}
            message={issue.message}
            suggestion={suggestionText(issue, locale, t)}
          />
        </p>
      ))}
    </div>
  )
}

interface HintTextProps {
  t: OkrI18n<CatalogKey<typeof FIELD_HINT_MESSAGES>>['t']
  severity: IssueSeverity
  message: ReactNode
  suggestion?: string | undefined
}

/**
 * A hint's content: its shape (hidden from assistive technology), its severity in words, the
 * message and the suggestion, laid out by the locale's template (Chinese runs them together).
 */
export function HintText({ t, severity, message, suggestion }: HintTextProps) {
  return (
    <>
      <span data-part="hint-icon" aria-hidden="true">
        {SEVERITY_ICONS[severity]}
      </span>{' '}
      {fillTemplate(t(suggestion ? 'ui.fieldHint.withSuggestion' : 'ui.fieldHint.format'), {
        severity: <span data-part="hint-severity">{t(`ui.fieldHint.${severity}`)}</span>,
        message: <span data-part="hint-message">{message}</span>,
        suggestion: suggestion && <span data-part="hint-suggestion">{suggestion}</span>,
      })}
    </>
  )
}

/**
 * Fills a catalog template's `{placeholders}` with elements rather than text.
 *
 * @example
 * fillTemplate('{severity} {message}', { severity: <b>Error:</b>, message: 'Too low.' })
 */
export function fillTemplate(template: string, parts: Record<string, ReactNode>): ReactNode[] {
  return template.split(/\{(\w+)\}/).map((piece, i) => (
    // Odd pieces are placeholder names; an unknown one (even `constructor`) stays visible, as in
    // `interpolate`.
    // biome-ignore lint/suspicious/noArrayIndexKey: the pieces of one template never move.
    <Fragment key={i}>
      {i % 2 === 1 ? (Object.hasOwn(parts, piece) ? parts[piece] : `{${piece}}`) : piece}
    </Fragment>
  ))
}

/** `params.suggestion` as text: a catalog key is looked up, other text is shown as it is. */
function suggestionText(
  issue: OkrIssue,
  locale: OkrLocale,
  t: OkrI18n<CatalogKey<typeof FIELD_HINT_MESSAGES>>['t'],
): string | undefined {
  const suggestion = issue.params.suggestion
  if (typeof suggestion !== 'string' || suggestion.trim() === '') return undefined
  // Suggestions are lint's: its catalog is part of the hints'.
  if (Object.hasOwn(LINT_MESSAGES[locale], suggestion))
    return t(suggestion as CatalogKey<typeof LINT_MESSAGES>, issue.params)
  return suggestion
}

/**
 * The `aria-describedby` of a field: its description and its messages when they have content.
 *
 * @example
 * describedBy(descriptionId, messages.length > 0 && messagesId) // 'd1 m1'
 */
export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const joined = ids.filter(Boolean).join(' ')
  return joined === '' ? undefined : joined
}

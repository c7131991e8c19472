import type { MouseEvent, Ref } from 'react'

/** One line of the summary: what is wrong, and the control that fixes it. */
export interface ErrorSummaryEntry {
  key: string
  text: string
  /** The DOM id of the control to move focus to; lines without one are plain text. */
  target?: string | undefined
}

export interface ErrorSummaryProps {
  id: string
  title: string
  entries: readonly ErrorSummaryEntry[]
  /** The summary receives focus when a submit fails, so it is read out and the links are next. */
  ref?: Ref<HTMLDivElement>
}

/**
 * The list of problems shown when a submit fails, each linking to its control (the GOV.UK
 * pattern): announced as an alert and focused. Internal: shared by the forms. Parts:
 * `[data-part="error-summary"]`, `error-summary-title`, `error-summary-list`.
 */
export function ErrorSummary({ id, title, entries, ref }: ErrorSummaryProps) {
  const titleId = `${id}-title`
  // A link would change the page's URL (and a host router with it); focusing the control is
  // all the link has to do.
  const focusTarget = (target: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    const element = event.currentTarget.ownerDocument.getElementById(target)
    if (!element) return
    event.preventDefault()
    element.focus()
  }
  return (
    <div
      ref={ref}
      id={id}
      role="alert"
      tabIndex={-1}
      aria-labelledby={titleId}
      data-part="error-summary"
    >
      <p id={titleId} data-part="error-summary-title">
        {title}
      </p>
      <ul data-part="error-summary-list">
        {entries.map((entry) => (
          <li key={entry.key}>
            {entry.target === undefined ? (
              entry.text
            ) : (
              <a href={`#${entry.target}`} onClick={focusTarget(entry.target)}>
                {entry.text}
              </a>
            )}
          </li>
        ))}
      </ul>
    </div>
  )
}

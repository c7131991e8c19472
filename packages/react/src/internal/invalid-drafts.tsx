import { createContext, use, useEffect } from 'react'

/** A field whose text is kept on screen but not in the model (an unfinished number). */
export interface InvalidDraftReport {
  /** The DOM id of the field, to move focus to it. */
  fieldId: string
  /** The field's label. */
  label: string
  /** Why the text is not saved. */
  message: string
}

/** Receives the invalid drafts of one editor (`source`: its root's DOM id); `[]` withdraws them. */
export type ReportInvalidDrafts = (source: string, drafts: readonly InvalidDraftReport[]) => void

/** Lets a set editor list the unsaved drafts of the key result editors inside it. */
export const InvalidDraftsContext = createContext<ReportInvalidDrafts | null>(null)

/**
 * Tells the enclosing collector (if any) which drafts of `source` are invalid; withdraws them on
 * unmount.
 *
 * @example
 * useReportInvalidDrafts(rootId, drafts)
 */
export function useReportInvalidDrafts(source: string, drafts: readonly InvalidDraftReport[]) {
  const report = use(InvalidDraftsContext)
  // Compared by content: a new-but-equal list must not re-report (and re-render the collector).
  const signature = JSON.stringify(drafts)
  useEffect(() => {
    if (!report) return
    report(source, JSON.parse(signature) as InvalidDraftReport[])
    return () => report(source, [])
  }, [report, source, signature])
}

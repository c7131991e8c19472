import type { OkrIssue } from '@okrkit/core'
import type { ReactNode } from 'react'
import { highestSeverity } from './editor-issues'
import { FieldMessages } from './field-messages'

export interface FieldValueProps {
  /** The field's DOM id, as when editable: its messages derive theirs from it. */
  id: string
  /** The field's path key, exposed as `data-field`. */
  field: string
  /** The field's name, shown as the term. */
  term: ReactNode
  /** Core's issues about the field, shown beside the value. */
  issues: readonly OkrIssue[]
  /** The value as text. */
  children: ReactNode
}

/**
 * A field of a read-only editor, as a term and its value in a `<dl>`, the value followed by the
 * field's hints. Style hooks: `[data-part="value"][data-field]`, `[data-severity]`.
 */
export function FieldValue({ id, field, term, issues, children }: FieldValueProps) {
  return (
    <div data-part="value" data-field={field} data-severity={highestSeverity(issues)}>
      <dt>{term}</dt>
      <dd>
        {children}
        {issues.length > 0 && <FieldMessages id={`${id}-messages`} issues={issues} />}
      </dd>
    </div>
  )
}

import type { OkrIssue } from '@okrkit/core'
import type { ReactNode } from 'react'
import { highestSeverity } from './editor-issues'
import { describedBy, FieldMessages } from './field-messages'

/** What a field's control needs to be labelled, described and flagged. */
export interface FieldControlProps {
  id: string
  'aria-describedby': string | undefined
  'aria-invalid': true | undefined
}

export interface EditorFieldProps {
  /** The control's DOM id; the description and messages derive theirs from it. */
  id: string
  /** The field's path key, exposed as `data-field`. */
  field: string
  label: ReactNode
  /** Guidance shown under the label and linked to the control. */
  description?: ReactNode
  issues: readonly OkrIssue[]
  /** Why the typed text is not in the model. */
  draftError?: string | undefined
  /** Renders the control with the props that label and describe it. */
  children: (control: FieldControlProps) => ReactNode
}

/**
 * A labelled field with its description and live messages: `aria-describedby` points at both,
 * `aria-invalid` is set for an unsaved draft or an error. Style hooks: `[data-part="field"]`,
 * `[data-field]`, `[data-severity]` (the worst hint), `[data-invalid]`.
 */
export function EditorField({
  id,
  field,
  label,
  description,
  issues,
  draftError,
  children,
}: EditorFieldProps) {
  const severity = draftError !== undefined ? 'error' : highestSeverity(issues)
  const invalid = severity === 'error'
  const descriptionId = `${id}-description`
  const messagesId = `${id}-messages`
  return (
    <div
      data-part="field"
      data-field={field}
      data-severity={severity}
      data-invalid={invalid ? '' : undefined}
    >
      <label htmlFor={id} data-part="label">
        {label}
      </label>
      {description !== undefined && (
        <p id={descriptionId} data-part="description">
          {description}
        </p>
      )}
      {children({
        id,
        'aria-describedby': describedBy(
          description !== undefined && descriptionId,
          (issues.length > 0 || draftError !== undefined) && messagesId,
        ),
        'aria-invalid': invalid ? true : undefined,
      })}
      <FieldMessages id={messagesId} issues={issues} draftError={draftError} />
    </div>
  )
}

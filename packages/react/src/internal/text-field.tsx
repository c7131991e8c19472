import type { OkrIssue } from '@okrkit/core'
import type { ReactNode } from 'react'
import { EditorField } from './editor-field'

export interface TextFieldProps {
  /** The input's DOM id. */
  id: string
  /** The field's path key, exposed as `data-field`. */
  field: string
  /** The field's label. */
  label: ReactNode
  /** Help shown under the input and linked to it. */
  description?: ReactNode
  /** Core's issues about the field, shown as its live messages. */
  issues: readonly OkrIssue[]
  /** The text in the input. */
  value: string
  /** Called with the input's text on every edit. */
  onValueChange: (value: string) => void
}

/** An {@link EditorField} holding one line of free text, such as a title. */
export function TextField({ value, onValueChange, ...fieldProps }: TextFieldProps) {
  return (
    <EditorField {...fieldProps}>
      {(control) => (
        <input
          {...control}
          type="text"
          autoComplete="off"
          value={value}
          onChange={(event) => onValueChange(event.currentTarget.value)}
        />
      )}
    </EditorField>
  )
}

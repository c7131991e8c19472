import type { OkrIssue } from '@okrkit/core'
import type { ReactNode } from 'react'
import { EditorField } from './editor-field'

export interface TextFieldProps {
  /** The input's DOM id. */
  id: string
  /** The field's path key, exposed as `data-field`. */
  field: string
  label: ReactNode
  description?: ReactNode
  issues: readonly OkrIssue[]
  value: string
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

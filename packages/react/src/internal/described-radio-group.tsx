import type { OkrIssue } from '@okrkit/core'
import type { ReactNode } from 'react'
import { highestSeverity } from './editor-issues'
import { describedBy, FieldMessages } from './field-messages'

/** One choice of a {@link DescribedRadioGroup}. */
export interface DescribedRadioOption<V extends string> {
  value: V
  label: ReactNode
  /** What choosing it means, shown under it and linked to its radio button. */
  description: ReactNode
}

export interface DescribedRadioGroupProps<V extends string> {
  /** The field's DOM id, also the radios' `name`; descriptions and messages derive theirs from it. */
  id: string
  /** The field's path key, exposed as `data-field` and as the group's `data-part`. */
  field: string
  /** The group's name, shown as its legend. */
  legend: ReactNode
  /** The choices, in the order shown. */
  options: readonly DescribedRadioOption<V>[]
  /** The chosen value. */
  value: V
  /** Called with the value of the radio button picked. */
  onValueChange: (value: V) => void
  /** Core's issues about the field, shown as its live messages. */
  issues: readonly OkrIssue[]
}

/**
 * A field picked from a few choices that each need explaining (a key result's measure, an
 * objective's commitment): radio buttons in a fieldset, each described by its own text and the
 * field's live messages. Style hooks: `[data-part=<field>][data-field]`, `[data-severity]`;
 * parts `label`, `option`, `description`, `messages`.
 */
export function DescribedRadioGroup<V extends string>({
  id,
  field,
  legend,
  options,
  value,
  onValueChange,
  issues,
}: DescribedRadioGroupProps<V>) {
  const messagesId = `${id}-messages`
  return (
    <fieldset data-part={field} data-field={field} data-severity={highestSeverity(issues)}>
      <legend data-part="label">{legend}</legend>
      {options.map((option) => {
        const checked = option.value === value
        const descriptionId = `${id}-${option.value}-description`
        return (
          <div key={option.value} data-part="option">
            <label>
              <input
                // The checked option is the field's focus target for issue summaries.
                id={checked ? id : undefined}
                type="radio"
                name={id}
                value={option.value}
                checked={checked}
                onChange={() => onValueChange(option.value)}
                aria-describedby={describedBy(descriptionId, issues.length > 0 && messagesId)}
              />{' '}
              {option.label}
            </label>
            <p id={descriptionId} data-part="description">
              {option.description}
            </p>
          </div>
        )
      })}
      <FieldMessages id={messagesId} issues={issues} />
    </fieldset>
  )
}

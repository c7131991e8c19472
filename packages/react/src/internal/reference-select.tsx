import type { FieldControlProps } from './editor-field'

/** The words of a field that refers to something by id (an owner, a parent objective). */
export interface ReferenceLabels {
  /** For no value. */
  none: string
  /** For an id that is not among the options. */
  unknown: (id: string) => string
}

export interface ReferenceSelectProps extends FieldControlProps {
  /** The id referred to; `undefined` selects the "none" option. */
  value: string | undefined
  /** Called with the picked id, '' for none. */
  onValueChange: (value: string) => void
  /** What may be referred to: an id and the name shown for it. */
  options: readonly { id: string; label: string }[]
  /** The texts of the "none" and unknown-id options, from the caller's catalog. */
  labels: ReferenceLabels
}

/**
 * A native select of ids with a "none" option first. An id that is not among the options stays
 * selectable as "unknown", so the select never shows another value than the model holds.
 */
export function ReferenceSelect({
  value,
  onValueChange,
  options,
  labels,
  ...control
}: ReferenceSelectProps) {
  return (
    <select
      {...control}
      value={value ?? ''}
      onChange={(event) => onValueChange(event.currentTarget.value)}
    >
      <option value="">{labels.none}</option>
      {value !== undefined && !options.some((option) => option.id === value) && (
        <option value={value}>{labels.unknown(value)}</option>
      )}
      {options.map((option) => (
        <option key={option.id} value={option.id}>
          {option.label}
        </option>
      ))}
    </select>
  )
}

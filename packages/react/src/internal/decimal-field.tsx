import type { ReactNode } from 'react'

export interface DecimalFieldProps {
  /** The text input's id; its label, hint and error ids derive from it. */
  id: string
  /** The field's name, exposed as `data-name`. */
  name: string
  /** The visible label; it also names the range input. */
  label: ReactNode
  /** Help under the label, linked to both inputs. */
  hint?: ReactNode
  /** The message shown, linked and announced with the field when set. */
  error?: string | undefined
  /** The text the input shows (what was typed, or the model value). */
  text: string
  /** Called with the input's text on every keystroke. */
  onTextChange: (text: string) => void
  /** A unit written after the input (`%`, `tickets` …). */
  unit?: string | undefined
  /** A range input beside the text input, for pointer users: bounds, step and where it sits. */
  range?: {
    min: number
    max: number
    step: number
    /** `undefined` when the model has no value: the thumb rests at `min`, flagged `data-empty`. */
    value: number | undefined
    /** What assistive technology reads for the range's value. */
    valueText: string
    onChange: (value: number) => void
  }
  /** The text input is `readonly`, the range disabled. */
  readOnly: boolean
  /** Shown after the controls, e.g. the grade of the score. */
  children?: ReactNode
}

/**
 * A number typed as text (`inputMode="decimal"`), so what the user typed stays on screen even
 * when it is not a number yet, optionally with a range input for the pointer. Internal: the
 * forms' value, score and confidence fields. Parts: `[data-part="field"][data-name]`
 * (`[data-invalid]`), `label`, `hint`, `control`, `input`, `unit`, `range` (`[data-empty]`),
 * `error`.
 */
export function DecimalField({
  id,
  name,
  label,
  hint,
  error,
  text,
  onTextChange,
  unit,
  range,
  readOnly,
  children,
}: DecimalFieldProps) {
  const labelId = `${id}-label`
  const hintId = `${id}-hint`
  const unitId = `${id}-unit`
  const errorId = `${id}-error`
  const describedBy = [
    unit === undefined ? undefined : unitId,
    hint === undefined ? undefined : hintId,
    error === undefined ? undefined : errorId,
  ]
    .filter(Boolean)
    .join(' ')
  return (
    <div data-part="field" data-name={name} data-invalid={error === undefined ? undefined : ''}>
      <label id={labelId} htmlFor={id} data-part="label">
        {label}
      </label>
      {hint !== undefined && (
        <p id={hintId} data-part="hint">
          {hint}
        </p>
      )}
      <div data-part="control">
        <input
          id={id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          data-part="input"
          value={text}
          readOnly={readOnly}
          aria-invalid={error === undefined ? undefined : true}
          aria-describedby={describedBy || undefined}
          onChange={(event) => onTextChange(event.target.value)}
        />
        {unit !== undefined && (
          <span id={unitId} data-part="unit">
            {unit}
          </span>
        )}
        {range && (
          <input
            type="range"
            data-part="range"
            data-empty={range.value === undefined ? '' : undefined}
            min={range.min}
            max={range.max}
            step={range.step}
            value={range.value ?? range.min}
            disabled={readOnly}
            aria-labelledby={labelId}
            aria-describedby={hint === undefined ? undefined : hintId}
            aria-valuetext={range.valueText}
            onChange={(event) => range.onChange(Number(event.target.value))}
          />
        )}
        {children}
      </div>
      {error !== undefined && (
        <p id={errorId} data-part="error">
          {error}
        </p>
      )}
    </div>
  )
}

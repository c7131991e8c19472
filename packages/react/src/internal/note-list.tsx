import { type KeyboardEvent, useEffect, useRef } from 'react'
import { NOTE_LIST_MESSAGES } from '../i18n/catalog'
import { useOkrI18n } from '../provider/use-okr-context'

export interface NoteListProps {
  /** Base of the DOM ids: item inputs are `${id}-${index}`, the add button `${id}-add`. */
  id: string
  /** The list's field name, exposed as `data-name` (`headwinds`, `wentWell` …). */
  name: string
  /** The visible name of the list (its legend). */
  label: string
  /** What belongs in the list, shown under its name. */
  hint?: string
  /** The notes shown. */
  items: readonly string[]
  /** Called with the whole new list after every edit, addition and removal. */
  onItemsChange: (items: string[]) => void
  /** Shows the notes as text, with no controls. */
  readOnly: boolean
  /** The accessible name of item `number` (1-based), e.g. "Headwind 2". */
  itemLabel: (number: number) => string
  /** The accessible name of the remove button of item `number`, e.g. "Remove headwind 2". */
  removeLabel: (number: number) => string
  /** The add button's text, e.g. "Add a headwind". */
  addLabel: string
  /** Messages about single items, by index. */
  itemErrors?: Readonly<Record<number, string>>
  /** A message about the list as a whole (too many items). */
  error?: string | undefined
}

type FocusRequest = { index: number; caret?: 'end' } | 'add'

/**
 * An editable list of short notes (headwinds, risks, what went well …): one text input per
 * note, a remove button each, and an add button. Keyboard: Enter in a note adds one below it,
 * Backspace in an empty note removes it; focus always lands on a sensible neighbour, never on
 * `body`. Internal: shared by `CheckInForm` and `RetrospectiveForm`.
 * Parts: `[data-part="note-list"][data-name]` (`[data-invalid]`, `[data-readonly]`),
 * `label`, `hint`, `items`, `item`, `note`, `remove`, `add`, `error`, `empty`.
 */
export function NoteList({
  id,
  name,
  label,
  hint,
  items,
  onItemsChange,
  readOnly,
  itemLabel,
  removeLabel,
  addLabel,
  itemErrors = {},
  error,
}: NoteListProps) {
  const { t } = useOkrI18n(NOTE_LIST_MESSAGES)
  const inputs = useRef<(HTMLInputElement | null)[]>([])
  const addButton = useRef<HTMLButtonElement | null>(null)
  const focusRequest = useRef<FocusRequest | null>(null)

  // Focus moves after the list re-rendered with the change (a controlled parent may take a
  // render to pass the new items down); a request for an item that never appeared is dropped.
  useEffect(() => {
    const request = focusRequest.current
    if (request === null) return
    focusRequest.current = null
    if (request === 'add') {
      addButton.current?.focus()
      return
    }
    const input = inputs.current[request.index]
    if (!input) return
    input.focus()
    if (request.caret === 'end') input.setSelectionRange(input.value.length, input.value.length)
  })

  const labelId = `${id}-label`
  const hintId = `${id}-hint`
  const keysId = `${id}-keys`
  const errorId = `${id}-error`
  const invalid = error !== undefined || Object.keys(itemErrors).length > 0

  if (readOnly) {
    return (
      <fieldset data-part="note-list" data-name={name} data-readonly="">
        <legend id={labelId} data-part="label">
          {label}
        </legend>
        {items.length === 0 ? (
          <p data-part="empty">{t('ui.noteList.empty')}</p>
        ) : (
          <ol data-part="items">
            {items.map((item, index) => (
              // Notes are plain strings with no identity of their own; the order is the identity.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <li key={index} data-part="item">
                {item}
              </li>
            ))}
          </ol>
        )}
      </fieldset>
    )
  }

  const insert = (at: number) => {
    onItemsChange([...items.slice(0, at), '', ...items.slice(at)])
    focusRequest.current = { index: at }
  }
  const remove = (index: number, focus: FocusRequest) => {
    onItemsChange(items.filter((_, i) => i !== index))
    focusRequest.current = focus
  }
  const removeAndFocusNeighbour = (index: number) => {
    const remaining = items.length - 1
    remove(index, remaining === 0 ? 'add' : { index: Math.min(index, remaining - 1) })
  }

  const onKeyDown = (index: number) => (event: KeyboardEvent<HTMLInputElement>) => {
    // An input method composing Chinese text uses Enter and Backspace itself.
    if (event.nativeEvent.isComposing) return
    if (event.key === 'Enter') {
      // Never submit the surrounding form from a note: Enter starts the next one.
      event.preventDefault()
      if (!event.repeat) insert(index + 1)
      return
    }
    const input = event.currentTarget
    // A held Backspace empties a note but never runs on into the notes before it.
    if (
      event.key === 'Backspace' &&
      !event.repeat &&
      input.value === '' &&
      !event.shiftKey &&
      !event.ctrlKey &&
      !event.metaKey &&
      !event.altKey
    ) {
      event.preventDefault()
      remove(
        index,
        index > 0 ? { index: index - 1, caret: 'end' } : items.length > 1 ? { index: 0 } : 'add',
      )
    }
  }

  return (
    <fieldset
      aria-describedby={error === undefined ? undefined : errorId}
      data-part="note-list"
      data-name={name}
      data-invalid={invalid ? '' : undefined}
    >
      <legend id={labelId} data-part="label">
        {label}
      </legend>
      {hint !== undefined && (
        <p id={hintId} data-part="hint">
          {hint}
        </p>
      )}
      {items.length > 0 && (
        <ol data-part="items">
          {items.map((item, index) => {
            const itemError = itemErrors[index]
            const itemErrorId = `${id}-${index}-error`
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: notes have no identity but their place
              <li key={index} data-part="item" data-invalid={itemError ? '' : undefined}>
                <input
                  ref={(element) => {
                    inputs.current[index] = element
                  }}
                  id={`${id}-${index}`}
                  type="text"
                  data-part="note"
                  value={item}
                  aria-label={itemLabel(index + 1)}
                  aria-invalid={itemError ? true : undefined}
                  aria-describedby={[
                    hint === undefined ? undefined : hintId,
                    keysId,
                    itemError ? itemErrorId : undefined,
                  ]
                    .filter(Boolean)
                    .join(' ')}
                  onChange={(event) =>
                    onItemsChange(items.map((note, i) => (i === index ? event.target.value : note)))
                  }
                  onKeyDown={onKeyDown(index)}
                />
                <button
                  type="button"
                  data-part="remove"
                  aria-label={removeLabel(index + 1)}
                  onClick={() => removeAndFocusNeighbour(index)}
                >
                  {t('ui.noteList.remove')}
                </button>
                {itemError && (
                  <p id={itemErrorId} data-part="error">
                    {itemError}
                  </p>
                )}
              </li>
            )
          })}
        </ol>
      )}
      <p id={keysId} data-part="keys" className="okr-visually-hidden">
        {t('ui.noteList.keys')}
      </p>
      <button
        ref={addButton}
        id={`${id}-add`}
        type="button"
        data-part="add"
        aria-describedby={hint === undefined ? undefined : hintId}
        onClick={() => insert(items.length)}
      >
        {addLabel}
      </button>
      {error !== undefined && (
        <p id={errorId} data-part="error">
          {error}
        </p>
      )}
    </fieldset>
  )
}

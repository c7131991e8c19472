import { useCallback, useRef, useState } from 'react'
import { type NumberTextError, type NumberTextRules, parseNumberText } from './number-text'

/** Text typed into a number field, and the model value it was typed for. */
export interface PendingText {
  text: string
  model: number | undefined
}

/** What a number field shows, and why its text is not in the model (if it is not). */
export interface NumberFieldState {
  text: string
  error: NumberTextError | undefined
}

/** Options of one number field. */
export interface NumberFieldOptions extends NumberTextRules {
  /** The model value of a typed number (e.g. `n / 100` for a percent field). Default: itself. */
  toModel?: (typed: number) => number
  /** The text shown for a model value. Default: plain digits. */
  format: (model: number) => string
}

/**
 * Keeps what a user typed into number fields, so an unfinished or invalid entry ("-", "1e", a
 * score of 1.3) stays on screen and is flagged while the model keeps its last valid number: the
 * model never sees NaN, and no keystroke is lost. The text is shown only while the model still
 * holds the value it was typed for; when the model changes by other means (the parent resets it,
 * a slider moves it) the field shows the model again.
 *
 * @example
 * const texts = usePendingTexts<'score'>()
 * const score = texts.read('score', draft.score, { required: false, min: 0, max: 1, format: String })
 * // in a change handler:
 * setDraft({ ...draft, score: texts.type('score', event.target.value, draft.score, options) })
 */
export function usePendingTexts<K extends string>() {
  const [texts, setTexts] = useState<Partial<Record<K, PendingText>>>({})
  // Read by change handlers that run before the next render (the form reports the draft's
  // validity with each change, and that depends on the text just typed).
  const latestRef = useRef(texts)

  const commit = useCallback((next: Partial<Record<K, PendingText>>) => {
    latestRef.current = next
    setTexts(next)
  }, [])

  /** Records typed text and returns the model value it gives: the current one when none. */
  const type = useCallback(
    (key: K, text: string, current: number | undefined, options: NumberFieldOptions) => {
      const parsed = parseNumberText(text, options)
      const model = parsed.ok
        ? parsed.value === undefined
          ? undefined
          : (options.toModel ?? identity)(parsed.value)
        : current
      commit({ ...latestRef.current, [key]: { text, model } })
      return model
    },
    [commit],
  )

  /** Forgets typed text, after the model was set by other means. */
  const clear = useCallback(
    (key: K) => {
      if (!(key in latestRef.current)) return
      const { [key]: _dropped, ...rest } = latestRef.current
      commit(rest as Partial<Record<K, PendingText>>)
    },
    [commit],
  )

  /** Forgets every typed text. */
  const clearAll = useCallback(() => commit({}), [commit])

  /** What the field shows for a model value, and the error of its text. */
  const read = (key: K, model: number | undefined, options: NumberFieldOptions) =>
    readNumberField(texts[key], model, options)

  /** The same from the latest texts, for change handlers that run before the next render. */
  const readLatest = useCallback(
    (key: K, model: number | undefined, options: NumberFieldOptions) =>
      readNumberField(latestRef.current[key], model, options),
    [],
  )

  return { read, readLatest, type, clear, clearAll }
}

function identity(value: number): number {
  return value
}

function readNumberField(
  pending: PendingText | undefined,
  model: number | undefined,
  options: NumberFieldOptions,
): NumberFieldState {
  if (pending && Object.is(pending.model, model)) {
    const parsed = parseNumberText(pending.text, options)
    return { text: pending.text, error: parsed.ok ? undefined : parsed.error }
  }
  return { text: model === undefined ? '' : options.format(model), error: undefined }
}

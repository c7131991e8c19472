import { useCallback, useEffect, useRef, useState } from 'react'
import { DEV } from './env'

export interface UseControllableStateParams<T> {
  /** The controlled value; `undefined` means uncontrolled. */
  value?: T | undefined
  /** The initial value when uncontrolled; read once, so a new-but-equal object wipes nothing. */
  defaultValue: T
  /** Called with every change, controlled or not. */
  onChange?: ((value: T) => void) | undefined
  /** The component and prop, for the development warning. */
  name: string
}

export type SetStateAction<T> = T | ((previous: T) => T)

/**
 * State that is either controlled by its parent (`value` + `onChange`) or kept here
 * (`defaultValue`), like a native input. Every change reaches `onChange`; successive functional
 * updates within one event see each other even before a controlled parent re-renders.
 */
export function useControllableState<T>({
  value,
  defaultValue,
  onChange,
  name,
}: UseControllableStateParams<T>): [T, (next: SetStateAction<T>) => void] {
  const controlled = value !== undefined
  const [internal, setInternal] = useState(defaultValue)
  const latest = useRef(internal)
  const controlledRef = useRef(controlled)

  // A switch to uncontrolled carries on from the last value, as a native input keeps its text:
  // the switch is a mistake (warned below), but it must not throw the user's edits away.
  let own = internal
  if (controlledRef.current && !controlled) {
    own = latest.current
    if (!Object.is(own, internal)) setInternal(own)
  }
  const current = controlled ? (value as T) : own

  latest.current = current
  controlledRef.current = controlled
  const onChangeRef = useRef(onChange)
  onChangeRef.current = onChange

  const wasControlled = useRef(controlled)
  useEffect(() => {
    if (DEV && wasControlled.current !== controlled) {
      const [from, to] = wasControlled.current
        ? ['controlled', 'uncontrolled']
        : ['uncontrolled', 'controlled']
      console.warn(
        `${name} is changing from ${from} to ${to}. Decide between using a controlled or uncontrolled value for the lifetime of the component.`,
      )
    }
    wasControlled.current = controlled
  }, [controlled, name])

  const setValue = useCallback((next: SetStateAction<T>) => {
    const resolved =
      typeof next === 'function' ? (next as (previous: T) => T)(latest.current) : next
    if (Object.is(resolved, latest.current)) return
    latest.current = resolved
    if (!controlledRef.current) setInternal(resolved)
    onChangeRef.current?.(resolved)
  }, [])

  return [current, setValue]
}

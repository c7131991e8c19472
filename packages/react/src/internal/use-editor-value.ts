import { type SetStateAction, useControllableState } from './use-controllable-state'

/** The value props every editor takes. */
export interface EditorValueParams<T> {
  value?: T | undefined
  defaultValue?: T | undefined
  onValueChange?: ((value: T) => void) | undefined
}

/**
 * The value an editor edits, controlled or not; throws when it was given neither, since an
 * editor has nothing to show without one.
 *
 * @example
 * const [value, setValue] = useEditorValue(params, 'KeyResultEditor', 'a key result')
 */
export function useEditorValue<T>(
  params: EditorValueParams<T>,
  component: string,
  what: string,
): [T, (next: SetStateAction<T>) => void] {
  if (params.value === undefined && params.defaultValue === undefined) {
    throw new TypeError(
      `use${component} needs ${what}: pass \`value\` (controlled) or \`defaultValue\` (uncontrolled).`,
    )
  }
  return useControllableState<T>({
    value: params.value,
    defaultValue: params.defaultValue as T,
    onChange: params.onValueChange,
    name: component,
  })
}

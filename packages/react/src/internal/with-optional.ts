/**
 * Sets an optional field, removing the key for `undefined`, so the model round-trips through
 * JSON; returns the same object when nothing changes.
 *
 * @example
 * withOptional(kr, 'ownerId', undefined) // kr without `ownerId`
 */
export function withOptional<T extends object, K extends keyof T>(
  object: T,
  key: K,
  value: T[K] | undefined,
): T {
  if (object[key] === value) return object
  if (value !== undefined) return { ...object, [key]: value }
  const { [key]: _old, ...rest } = object
  return rest as T
}

/**
 * Sets an optional text field from what a control holds: '' (an emptied input, a select's
 * "none") removes it.
 *
 * @example
 * withOptionalText(objective, 'description', '') // objective without `description`
 */
export function withOptionalText<T extends object, K extends keyof T>(
  object: T,
  key: K,
  text: (T[K] & string) | undefined,
): T {
  return withOptional(object, key, text === '' ? undefined : text)
}

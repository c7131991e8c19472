import { useCallback, useRef } from 'react'

/**
 * Keeps the previous array for a key while its content is unchanged, so memoised parts of an
 * editor (one objective, one key result) skip re-rendering when an edit elsewhere produced equal
 * but new lists, such as the issues handed down after every keystroke. Content is compared as
 * JSON, which issues and model entities are.
 *
 * @example
 * const stable = useStableByKey<OkrIssue>()
 * <Part issues={stable(key, issuesUnder(issues, path))} />
 */
export function useStableByKey<T>(): (key: string, items: readonly T[]) => readonly T[] {
  const cache = useRef(new Map<string, { signature: string; items: readonly T[] }>())
  return useCallback((key: string, items: readonly T[]) => {
    const signature = JSON.stringify(items)
    const cached = cache.current.get(key)
    if (cached && cached.signature === signature) return cached.items
    cache.current.set(key, { signature, items })
    return items
  }, [])
}

/**
 * A callback whose identity never changes but which always runs the latest function: for
 * handlers passed to memoised parts.
 *
 * @example
 * const onRemove = useLatestCallback((key: string) => remove(key))
 */
export function useLatestCallback<A extends unknown[], R>(
  fn: (...args: A) => R,
): (...args: A) => R {
  const latest = useRef(fn)
  latest.current = fn
  return useCallback((...args: A) => latest.current(...args), [])
}

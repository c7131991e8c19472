import { useCallback, useEffect, useRef, useState } from 'react'

/**
 * Moves focus after the next render that shows the element: editors ask for it when an action
 * adds, removes or moves what had focus (the new key result's title, the next item, the moved
 * button). Candidates are tried in order; a missing or disabled one is skipped. Runs in an
 * effect, so never on the server.
 *
 * @example
 * const focusLater = usePendingFocus()
 * focusLater([`${id}-title`, addButtonId])
 */
export function usePendingFocus(): (candidates: readonly string[]) => void {
  const pending = useRef<readonly string[] | null>(null)
  // Asking re-renders, so the effect below runs even when the action changed nothing else.
  const [, setRequest] = useState(0)

  // After every render: a controlled parent may show the new item a render later.
  useEffect(() => {
    const candidates = pending.current
    if (!candidates) return
    for (const id of candidates) {
      const element = document.getElementById(id)
      if (!element || (element as HTMLButtonElement).disabled) continue
      pending.current = null
      element.focus()
      return
    }
  })

  return useCallback((candidates: readonly string[]) => {
    pending.current = candidates
    setRequest((n) => n + 1)
  }, [])
}

/**
 * Focuses the first element found among candidate ids and scrolls it into view; for links that
 * take the user to a field (an issue summary). Returns whether one was found.
 *
 * @example
 * <a href={`#${id}`} onClick={(e) => focusFirst([id]) && e.preventDefault()}>…</a>
 */
export function focusFirst(candidates: readonly string[]): boolean {
  for (const id of candidates) {
    const element = document.getElementById(id)
    if (!element) continue
    element.focus({ preventScroll: true })
    element.scrollIntoView?.({ block: 'center' })
    return true
  }
  return false
}

let counter = 0

/**
 * A fresh id for a new objective or key result: a UUID where the runtime has one
 * (`crypto.randomUUID` needs a secure context in browsers), else a random string that is unique
 * within this page. Only called from event handlers, never while rendering.
 *
 * @example
 * const id = createId() // '3b241101-e2bb-4255-8caf-4136c566a962'
 */
export function createId(): string {
  const crypto = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto
  if (typeof crypto?.randomUUID === 'function') return crypto.randomUUID()
  counter += 1
  return `okr-${Date.now().toString(36)}-${counter.toString(36)}-${Math.random().toString(36).slice(2, 10)}`
}

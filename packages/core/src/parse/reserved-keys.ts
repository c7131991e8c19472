import type { IssuePath } from '../issue'

/** Keys that can reach an object's prototype when a document is merged or copied naively. */
export const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype'])

/** Nesting deeper than this is refused before any recursive code sees it. */
export const MAX_DEPTH = 64

export interface ShapeFinding {
  kind: 'reserved_key' | 'too_deep' | 'cyclic'
  path: IssuePath
  key?: string
}

/**
 * Walks a value depth-first without recursion (so no stack overflow) and reports own reserved
 * keys, nesting beyond {@link MAX_DEPTH}, and objects that contain themselves. Objects shared by
 * two branches are legitimate and visited once.
 */
export function findUnsafeShapes(root: unknown, limit = 100): ShapeFinding[] {
  const findings: ShapeFinding[] = []
  const done = new WeakSet<object>()
  const onPath = new WeakSet<object>()
  type Frame = { value: unknown; path: IssuePath; leave?: object }
  const stack: Frame[] = [{ value: root, path: [] }]
  while (stack.length > 0 && findings.length < limit) {
    const { value, path, leave } = stack.pop() as Frame
    if (leave) {
      onPath.delete(leave)
      done.add(leave)
      continue
    }
    if (typeof value !== 'object' || value === null || done.has(value)) continue
    if (onPath.has(value)) {
      findings.push({ kind: 'cyclic', path })
      continue
    }
    if (path.length > MAX_DEPTH) {
      findings.push({ kind: 'too_deep', path })
      continue
    }
    onPath.add(value)
    stack.push({ value, path, leave: value })
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--)
        stack.push({ value: value[i], path: [...path, i] })
      continue
    }
    const keys = Object.keys(value)
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i] as string
      if (RESERVED_KEYS.has(key)) findings.push({ kind: 'reserved_key', path: [...path, key], key })
      else stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] })
    }
  }
  return findings
}

import type { IssuePath } from '../issue'
import { LIMITS } from '../model/common'

/** Keys that can reach an object's prototype when a document is merged or copied naively. */
export const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype'])

const RESERVED = [...RESERVED_KEYS]

/** Nesting deeper than this is refused before any recursive code sees it. */
export const MAX_DEPTH = 64

export interface ShapeFinding {
  kind: 'reserved_key' | 'too_deep' | 'cyclic' | 'too_many'
  path: IssuePath
  key?: string
}

interface Frame {
  value: unknown
  parent: Frame | undefined
  key: string | number | undefined
  depth: number
  /** Set on the frame that closes an object after its children were walked. */
  leave?: object
}

// Paths are rebuilt from parent links only for findings: copying one per node made large
// documents spend more time here than in the schema.
function pathOf(frame: Frame): IssuePath {
  const path: IssuePath = []
  for (let f: Frame | undefined = frame; f?.key !== undefined; f = f.parent) path.push(f.key)
  return path.reverse()
}

/** Beyond this many visits the quick check gives up and the exact walk decides (shared objects). */
const QUICK_CHECK_VISITS = 2_000_000

/**
 * The common case, checked without bookkeeping: a tree within {@link MAX_DEPTH} with no reserved
 * keys and no oversized list. Recursion is safe because it stops at the depth limit; a cycle
 * exceeds it and shared objects are re-visited until the visit budget runs out, so anything
 * unusual falls through to the exact walk.
 */
function isPlainTree(root: unknown): boolean {
  return typeof root !== 'object' || root === null || isPlainSubtree(root, 0, { visits: 0 })
}

// A module function, not a closure made per call: V8 keeps a closure's optimised code only while
// an instance of it lives, so after each full GC the check ran unoptimised again (3× slower).
function isPlainSubtree(value: object, depth: number, budget: { visits: number }): boolean {
  if (depth > MAX_DEPTH || ++budget.visits > QUICK_CHECK_VISITS) return false
  // Only objects are visited: leaves, most of a document, cost no call.
  if (Array.isArray(value)) {
    if (value.length > LIMITS.collectionSize) return false
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i]
      if (typeof item === 'object' && item !== null && !isPlainSubtree(item, depth + 1, budget)) {
        return false
      }
    }
    return true
  }
  for (const key of RESERVED) if (Object.hasOwn(value, key)) return false
  // for…in allocates no key list; inherited enumerable keys only add checks, never hide one.
  for (const key in value) {
    const child: unknown = (value as Record<string, unknown>)[key]
    if (typeof child === 'object' && child !== null && !isPlainSubtree(child, depth + 1, budget)) {
      return false
    }
  }
  return true
}

/**
 * Walks a value depth-first without recursion (so no stack overflow) and reports own reserved
 * keys, nesting beyond {@link MAX_DEPTH}, and objects that contain themselves. Objects shared by
 * two branches are legitimate and visited once.
 */
export function findUnsafeShapes(root: unknown, limit = 100): ShapeFinding[] {
  const findings: ShapeFinding[] = []
  if (isPlainTree(root)) return findings
  const done = new WeakSet<object>()
  const onPath = new WeakSet<object>()
  const stack: Frame[] = [{ value: root, parent: undefined, key: undefined, depth: 0 }]
  while (stack.length > 0 && findings.length < limit) {
    const frame = stack.pop() as Frame
    if (frame.leave) {
      onPath.delete(frame.leave)
      done.add(frame.leave)
      continue
    }
    const { value, depth } = frame
    if (typeof value !== 'object' || value === null || done.has(value)) continue
    if (onPath.has(value)) {
      findings.push({ kind: 'cyclic', path: pathOf(frame) })
      continue
    }
    if (depth > MAX_DEPTH) {
      findings.push({ kind: 'too_deep', path: pathOf(frame) })
      continue
    }
    onPath.add(value)
    stack.push({ value, parent: undefined, key: undefined, depth, leave: value })
    if (Array.isArray(value)) {
      // Refused before anything walks it: a huge list must fail fast, not exhaust memory.
      if (value.length > LIMITS.collectionSize) {
        findings.push({ kind: 'too_many', path: pathOf(frame) })
        continue
      }
      for (let i = value.length - 1; i >= 0; i--) {
        stack.push({ value: value[i], parent: frame, key: i, depth: depth + 1 })
      }
      continue
    }
    const keys = Object.keys(value)
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i] as string
      if (RESERVED_KEYS.has(key)) {
        findings.push({ kind: 'reserved_key', path: [...pathOf(frame), key], key })
      } else {
        stack.push({
          value: (value as Record<string, unknown>)[key],
          parent: frame,
          key,
          depth: depth + 1,
        })
      }
    }
  }
  return findings
}

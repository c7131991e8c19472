import type { IssuePath } from '../issue'
import { checkInSchema } from '../model/check-in'
import { okrDocumentSchema } from '../model/document'
import { keyResultSchema, metricMeasureSchema, milestoneMeasureSchema } from '../model/key-result'
import { objectiveSchema } from '../model/objective'

type Shape = 'document' | 'objective' | 'keyResult' | 'measure' | 'checkIn' | 'other'

const rank = (...keyLists: string[][]) =>
  new Map([...new Set(keyLists.flat())].map((k, i) => [k, i]))

// Field order as the schemas declare it, which is the order the document is written and read in.
const FIELD_RANK: Record<Shape, Map<string, number>> = {
  document: rank(Object.keys(okrDocumentSchema.shape)),
  objective: rank(Object.keys(objectiveSchema.shape)),
  keyResult: rank(Object.keys(keyResultSchema.shape)),
  measure: rank(Object.keys(metricMeasureSchema.shape), Object.keys(milestoneMeasureSchema.shape)),
  checkIn: rank(Object.keys(checkInSchema.shape)),
  other: new Map(),
}

/** The shape below a field of a shape: `objectives` of the document holds objectives, … */
const NESTED: Record<Shape, Map<string, Shape>> = {
  document: new Map([
    ['objectives', 'objective'],
    ['checkIns', 'checkIn'],
  ]),
  objective: new Map([['keyResults', 'keyResult']]),
  keyResult: new Map([['measure', 'measure']]),
  measure: new Map(),
  checkIn: new Map(),
  other: new Map(),
}

/**
 * Orders two issue paths as their places appear in the document: array items by index, object
 * fields in schema order (unknown fields after, by name), a parent before its fields.
 *
 * @example
 * compareIssuePaths(['objectives', 0, 'keyResults'], ['checkIns', 0]) // < 0
 */
export function compareIssuePaths(a: IssuePath, b: IssuePath): number {
  let shape: Shape = 'document'
  const length = Math.min(a.length, b.length)
  for (let i = 0; i < length; i++) {
    const x = a[i] as string | number
    const y = b[i] as string | number
    if (x === y) {
      if (typeof x === 'string') shape = NESTED[shape].get(x) ?? 'other'
      continue
    }
    if (typeof x === 'number' && typeof y === 'number') return x - y
    if (typeof x === 'number') return -1
    if (typeof y === 'number') return 1
    const ranks = FIELD_RANK[shape]
    const rankX = ranks.get(x) ?? Number.POSITIVE_INFINITY
    const rankY = ranks.get(y) ?? Number.POSITIVE_INFINITY
    if (rankX !== rankY) return rankX < rankY ? -1 : 1
    return x < y ? -1 : 1
  }
  return a.length - b.length
}

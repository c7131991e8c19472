import { describe, expect, it } from 'vitest'
import { metricKr, objective } from '../__fixtures__/factory'
import type { Score } from './key-result-score'
import { scoreObjective } from './score-objective'

describe('scoreObjective', () => {
  const krs = [metricKr('a', 0, 10), metricKr('b', 0, 10), metricKr('c', 0, 10, { weight: 2 })]

  it('is the weighted mean of the given scores', () => {
    expect(scoreObjective(objective('o', krs), { a: 1, b: 0.5, c: 0.25 })).toBeCloseTo(
      (1 + 0.5 + 0.5) / 4,
    )
  })

  it('accepts a Map and scores with provenance', () => {
    const scores = new Map<string, number | Score>([
      ['a', { value: 1, provenance: 'manual' as const }],
      ['b', 0],
      ['c', 0.5],
    ])
    expect(scoreObjective(objective('o', krs), scores)).toBeCloseTo(0.5)
  })

  it('scores KRs missing from the map from their own measure', () => {
    const withCurrent = [
      metricKr('a', 0, 10, { measure: { type: 'metric', start: 0, target: 10, current: 5 } }),
    ]
    expect(scoreObjective(objective('o', withCurrent))).toBe(0.5)
    expect(scoreObjective(objective('o', withCurrent), {})).toBe(0.5)
  })

  it('leaves out zero weights, and has no score without a weighted KR', () => {
    const zero = [metricKr('a', 0, 10, { weight: 0 }), metricKr('b', 0, 10)]
    expect(scoreObjective(objective('o', zero), { a: 1, b: 0.4 })).toBe(0.4)
    expect(
      scoreObjective(objective('o', [metricKr('a', 0, 1, { weight: 0 })]), { a: 1 }),
    ).toBeUndefined()
    expect(scoreObjective(objective('o', []))).toBeUndefined()
  })

  it('does not read inherited properties for ids like "constructor"', () => {
    const kr = metricKr('constructor', 0, 10, {
      measure: { type: 'metric', start: 0, target: 10, current: 3 },
    })
    expect(scoreObjective(objective('o', [kr]), {})).toBeCloseTo(0.3)
  })

  it('stays between the min and max of its KR scores', () => {
    const value = scoreObjective(objective('o', krs), { a: 0.2, b: 0.9, c: 0.4 }) as number
    expect(value).toBeGreaterThanOrEqual(0.2)
    expect(value).toBeLessThanOrEqual(0.9)
  })
})

import { describe, expect, it } from 'vitest'
import { OkrRangeError } from '../errors'
import { confidenceFor, expectedScore, OUTCOME_SPREAD } from './expected-score'

describe('expectedScore', () => {
  it('passes through the play: 80/20 → 0.7 and 50/50 → 1.0', () => {
    expect(expectedScore(0.8)).toBeCloseTo(0.7, 9)
    expect(expectedScore(0.5)).toBeCloseTo(1, 9)
  })

  it('follows the documented normal curve between and beyond', () => {
    expect(OUTCOME_SPREAD).toBeCloseTo(0.35647, 4)
    expect(expectedScore(0.9)).toBeCloseTo(1 - OUTCOME_SPREAD * 1.2815516, 6)
    expect(expectedScore(0.2)).toBeCloseTo(1.3, 9)
    expect(expectedScore(0.65)).toBeGreaterThan(0.7)
    expect(expectedScore(0.65)).toBeLessThan(1)
  })

  it('falls strictly as confidence rises, and stays finite at 0 and 1', () => {
    let previous = Number.POSITIVE_INFINITY
    for (let c = 0; c <= 1.0000001; c += 0.01) {
      const value = expectedScore(Math.min(c, 1))
      expect(value).toBeLessThan(previous)
      expect(Number.isFinite(value)).toBe(true)
      previous = value
    }
  })

  it('refuses confidence outside 0–1', () => {
    expect(() => expectedScore(1.01)).toThrow(OkrRangeError)
    expect(() => expectedScore(-0.5)).toThrow(OkrRangeError)
    expect(() => expectedScore(Number.NaN)).toThrow(OkrRangeError)
  })
})

describe('confidenceFor', () => {
  it('inverts expectedScore', () => {
    expect(confidenceFor(0.7)).toBeCloseTo(0.8, 5)
    expect(confidenceFor(1)).toBeCloseTo(0.5, 7)
    for (const c of [0.1, 0.3, 0.6, 0.95]) expect(confidenceFor(expectedScore(c))).toBeCloseTo(c, 5)
  })

  it('refuses non-finite scores', () => {
    expect(() => confidenceFor(Number.NaN)).toThrow(OkrRangeError)
  })
})

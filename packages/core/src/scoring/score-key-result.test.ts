import { describe, expect, it } from 'vitest'
import { metricKr, milestoneKr } from '../__fixtures__/factory'
import { OkrError, OkrRangeError } from '../errors'
import { progressOf, scoreKeyResult } from './score-key-result'

describe('progressOf', () => {
  it('interpolates linearly from start to target', () => {
    const kr = metricKr('k', 30, 50)
    expect(progressOf(kr, 30)).toBe(0)
    expect(progressOf(kr, 44)).toBeCloseTo(0.7)
    expect(progressOf(kr, 50)).toBe(1)
  })

  it('works for decreasing KRs: reduce response time from 6 h to 2 h', () => {
    const kr = metricKr('k', 6, 2)
    expect(progressOf(kr, 6)).toBe(0)
    expect(progressOf(kr, 4)).toBe(0.5)
    expect(progressOf(kr, 2)).toBe(1)
    expect(progressOf(kr, 1)).toBe(1.25)
    expect(progressOf(kr, 7)).toBe(-0.25)
  })

  it('keeps overachievement and negative movement unclamped', () => {
    const kr = metricKr('k', 0, 10)
    expect(progressOf(kr, 12)).toBeCloseTo(1.2)
    expect(progressOf(kr, -5)).toBe(-0.5)
  })

  it('defaults to current, then to start', () => {
    expect(
      progressOf(
        metricKr('k', 0, 10, { measure: { type: 'metric', start: 0, target: 10, current: 4 } }),
      ),
    ).toBe(0.4)
    expect(progressOf(metricKr('k', 0, 10))).toBe(0)
  })

  it('gives milestones 0 or 1', () => {
    expect(progressOf(milestoneKr('m', false))).toBe(0)
    expect(progressOf(milestoneKr('m', true))).toBe(1)
    expect(progressOf(milestoneKr('m', false), true)).toBe(1)
    expect(progressOf(milestoneKr('m', true), false)).toBe(0)
  })

  it('refuses a metric whose target equals its start instead of returning NaN', () => {
    const kr = metricKr('k', 5, 5)
    expect(() => progressOf(kr, 5)).toThrow(OkrRangeError)
    expect(() => progressOf(kr, 5)).toThrow(
      expect.objectContaining({ code: 'kr_target_equals_start' }),
    )
  })

  it('refuses non-finite values and the wrong kind of value', () => {
    expect(() => progressOf(metricKr('k', 0, 1), Number.NaN)).toThrow(
      expect.objectContaining({ code: 'not_finite' }),
    )
    expect(() => progressOf(metricKr('k', 0, 1), Number.POSITIVE_INFINITY)).toThrow(OkrRangeError)
    expect(() => progressOf(metricKr('k', 0, 1), true)).toThrow(OkrError)
    expect(() => progressOf(milestoneKr('m', true), 1)).toThrow(
      expect.objectContaining({ code: 'value_type_mismatch' }),
    )
  })
})

describe('scoreKeyResult', () => {
  it('clamps progress to 0–1', () => {
    const kr = metricKr('k', 0, 10)
    expect(scoreKeyResult(kr, 12)).toBe(1)
    expect(scoreKeyResult(kr, -3)).toBe(0)
    expect(scoreKeyResult(kr, 7)).toBeCloseTo(0.7)
  })

  it('scores a decreasing KR moving the wrong way as 0', () => {
    expect(scoreKeyResult(metricKr('k', 10, 5), 12)).toBe(0)
    expect(scoreKeyResult(metricKr('k', 10, 5), 3)).toBe(1)
  })

  it('handles negative ranges', () => {
    expect(scoreKeyResult(metricKr('k', -10, -2), -6)).toBe(0.5)
  })
})

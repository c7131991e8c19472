import { describe, expect, it } from 'vitest'
import { OkrRangeError } from '../errors'
import { checkIn, metricKr, milestoneKr, Q1_2026 } from './__fixtures__/builders'
import { forecastScore } from './forecast'

// Q1 2026: day 0 is 2026-01-01, day 89 (the last) is 2026-03-31.
const growth = metricKr('kr', { start: 0, target: 100 })
const value = (date: string, v: number) => checkIn('kr', date, { value: v })

describe('forecastScore', () => {
  it('extends a rising trend to the period’s end', () => {
    // +1 a day: 10 on day 30, 40 on day 60 → 69 on day 89.
    const checkIns = [value('2026-01-31', 10), value('2026-03-02', 40)]
    expect(forecastScore(growth, checkIns, Q1_2026)).toEqual({
      score: 0.69,
      progress: 0.69,
      method: 'linear-trend',
      value: 69,
      slopePerDay: 1,
      points: [
        { date: '2026-01-31', value: 10 },
        { date: '2026-03-02', value: 40 },
      ],
    })
  })

  it('fits a least-squares line through scattered points', () => {
    // Days 0, 30, 60 with 0, 30, 30: slope 0.5, mean (30, 20) → 20 + 0.5 × 59 = 49.5.
    const checkIns = [value('2026-01-01', 0), value('2026-01-31', 30), value('2026-03-02', 30)]
    expect(forecastScore(growth, checkIns, Q1_2026)).toMatchObject({
      score: 0.495,
      value: 49.5,
      slopePerDay: 0.5,
      method: 'linear-trend',
    })
  })

  it('holds a flat trend', () => {
    const checkIns = [value('2026-01-31', 50), value('2026-02-28', 50), value('2026-03-20', 50)]
    expect(forecastScore(growth, checkIns, Q1_2026)).toMatchObject({
      score: 0.5,
      progress: 0.5,
      value: 50,
      slopePerDay: 0,
      method: 'linear-trend',
    })
  })

  it('extends a falling trend, clamping the score at 0', () => {
    const falling = [value('2026-01-31', 60), value('2026-03-02', 30)]
    expect(forecastScore(growth, falling, Q1_2026)).toMatchObject({
      score: 0.01,
      progress: 0.01,
      value: 1,
      slopePerDay: -1,
    })
    const belowStart = [value('2026-01-31', 20), value('2026-02-10', 10)]
    expect(forecastScore(growth, belowStart, Q1_2026)).toMatchObject({
      score: 0,
      progress: -0.39,
      value: -39,
      slopePerDay: -1,
    })
  })

  it('clamps an overachieving trend at 1 and keeps the unclamped progress', () => {
    const checkIns = [value('2026-01-31', 60), value('2026-03-02', 90)]
    expect(forecastScore(growth, checkIns, Q1_2026)).toMatchObject({
      score: 1,
      progress: 1.19,
      value: 119,
    })
  })

  it('forecasts decreasing KRs', () => {
    const churn = metricKr('kr', { start: 120, target: 60 })
    // −1/3 a day: 110 on day 29, 100 on day 59 → 90 on day 89: halfway from 120 to 60.
    const halfway = forecastScore(
      churn,
      [value('2026-01-30', 110), value('2026-03-01', 100)],
      Q1_2026,
    )
    expect(halfway.method).toBe('linear-trend')
    expect(halfway.value).toBeCloseTo(90, 12)
    expect(halfway.progress).toBeCloseTo(0.5, 12)
    expect(halfway.score).toBeCloseTo(0.5, 12)
    expect(halfway.slopePerDay).toBeCloseTo(-1 / 3, 15)
    // −1 a day: 100 on day 29, 70 on day 59 → 40, beyond the target.
    const beyond = forecastScore(
      churn,
      [value('2026-01-30', 100), value('2026-03-01', 70)],
      Q1_2026,
    )
    expect(beyond).toMatchObject({ score: 1, value: 40, slopePerDay: -1 })
    expect(beyond.progress).toBeCloseTo(4 / 3, 12)
    // Rising churn is the wrong way.
    const worse = forecastScore(
      churn,
      [value('2026-01-30', 120), value('2026-03-01', 150)],
      Q1_2026,
    )
    expect(worse).toMatchObject({ score: 0, value: 180, progress: -1 })
  })

  it('holds the one measured value', () => {
    expect(forecastScore(growth, [value('2026-02-14', 42)], Q1_2026)).toEqual({
      score: 0.42,
      progress: 0.42,
      method: 'last-value',
      value: 42,
      points: [{ date: '2026-02-14', value: 42 }],
    })
  })

  it('scores the current measure, else the start, without check-ins', () => {
    const measured = metricKr('kr', { start: 0, target: 100, current: 30 })
    expect(forecastScore(measured, [], Q1_2026)).toEqual({
      score: 0.3,
      progress: 0.3,
      method: 'none',
      value: 30,
      points: [],
    })
    expect(forecastScore(growth, [], Q1_2026)).toMatchObject({ score: 0, value: 0, method: 'none' })
  })

  it('uses only this KR’s check-ins with a value, dated inside the period', () => {
    const checkIns = [
      value('2025-12-31', 90),
      value('2026-01-01', 10),
      checkIn('other', '2026-02-01', { value: 99 }),
      checkIn('kr', '2026-02-14', { status: 'at-risk' }),
      value('2026-03-31', 40),
      value('2026-04-01', 0),
    ]
    // Days 0 and 89: 10 → 40.
    expect(forecastScore(growth, checkIns, Q1_2026)).toMatchObject({
      value: 40,
      score: 0.4,
      method: 'linear-trend',
      points: [
        { date: '2026-01-01', value: 10 },
        { date: '2026-03-31', value: 40 },
      ],
    })
  })

  it('takes the last check-in of a day', () => {
    const checkIns = [value('2026-01-31', 10), value('2026-01-31', 20)]
    expect(forecastScore(growth, checkIns, Q1_2026)).toMatchObject({
      method: 'last-value',
      value: 20,
      points: [{ date: '2026-01-31', value: 20 }],
    })
  })

  it('forecasts as of a day, ignoring later check-ins', () => {
    const checkIns = [value('2026-01-31', 10), value('2026-03-02', 40), value('2026-03-20', 0)]
    expect(forecastScore(growth, checkIns, Q1_2026, { asOf: '2026-03-02' })).toMatchObject({
      value: 69,
      method: 'linear-trend',
    })
    expect(
      forecastScore(growth, checkIns, Q1_2026, { asOf: new Date(2026, 2, 1, 23, 59) }),
    ).toMatchObject({ value: 10, method: 'last-value' })
    expect(forecastScore(growth, checkIns, Q1_2026, { asOf: '2026-01-30' }).method).toBe('none')
  })

  it('does not project milestones', () => {
    const done = forecastScore(milestoneKr('m', true), [], Q1_2026)
    expect(done).toEqual({ score: 1, progress: 1, method: 'none', points: [] })
    const open = forecastScore(
      milestoneKr('m', false, '2026-02-01'),
      [checkIn('m', '2026-01-31')],
      Q1_2026,
    )
    expect(open).toEqual({ score: 0, progress: 0, method: 'none', points: [] })
  })

  it('throws OkrRangeError for an invalid period or asOf', () => {
    expect(() => forecastScore(growth, [], { ...Q1_2026, end: '2025-12-31' })).toThrow(
      OkrRangeError,
    )
    expect(() => forecastScore(growth, [], Q1_2026, { asOf: '2026-13-01' })).toThrow(OkrRangeError)
  })
})

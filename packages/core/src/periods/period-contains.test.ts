import { describe, expect, it } from 'vitest'
import { OkrRangeError } from '../errors'
import { Q1_2026 } from '../status/__fixtures__/builders'
import { periodContains } from './period-contains'

describe('periodContains', () => {
  it('includes both ends', () => {
    expect(periodContains(Q1_2026, '2026-01-01')).toBe(true)
    expect(periodContains(Q1_2026, '2026-02-14')).toBe(true)
    expect(periodContains(Q1_2026, '2026-03-31')).toBe(true)
  })

  it('excludes the days around it, across the year boundary', () => {
    expect(periodContains(Q1_2026, '2025-12-31')).toBe(false)
    expect(periodContains(Q1_2026, '2026-04-01')).toBe(false)
  })

  it('takes a Date as its local calendar day', () => {
    expect(periodContains(Q1_2026, new Date(2026, 2, 31, 23, 59, 59))).toBe(true)
    expect(periodContains(Q1_2026, new Date(2026, 0, 1, 0, 0, 0))).toBe(true)
    expect(periodContains(Q1_2026, new Date(2025, 11, 31, 23, 59, 59))).toBe(false)
  })

  it('works for a one-day period', () => {
    const day = { ...Q1_2026, start: '2024-02-29', end: '2024-02-29' }
    expect(periodContains(day, '2024-02-29')).toBe(true)
    expect(periodContains(day, '2024-03-01')).toBe(false)
  })

  it('throws OkrRangeError for an invalid period or date', () => {
    expect(() => periodContains({ ...Q1_2026, end: '2025-12-31' }, '2026-01-01')).toThrow(
      OkrRangeError,
    )
    expect(() => periodContains(Q1_2026, '2026-02-30')).toThrow(OkrRangeError)
  })
})

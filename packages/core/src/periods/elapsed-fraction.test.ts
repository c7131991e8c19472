import { addDays, format } from 'date-fns'
import { describe, expect, it } from 'vitest'
import { OkrRangeError } from '../errors'
import type { Period } from '../model/period'
import { Q1_2026 } from '../status/__fixtures__/builders'
import { daysLeft, elapsedFraction } from './elapsed-fraction'
import { toLocalDate } from './iso-date'
import { quarterOf, yearOf } from './quarter-of'

const span = (start: string, end: string): Period => ({
  id: `${start}..${end}`,
  label: 'test',
  kind: 'custom',
  start,
  end,
})

describe('elapsedFraction', () => {
  it('counts whole days, the asOf day included (Q1 2026 has 90 days)', () => {
    expect(elapsedFraction(Q1_2026, '2026-01-01')).toBe(1 / 90)
    expect(elapsedFraction(Q1_2026, '2026-01-31')).toBe(31 / 90)
    expect(elapsedFraction(Q1_2026, '2026-02-14')).toBe(0.5)
    expect(elapsedFraction(Q1_2026, '2026-03-30')).toBe(89 / 90)
  })

  it('is exactly 1 on the end day and after, 0 before the start', () => {
    expect(elapsedFraction(Q1_2026, '2026-03-31')).toBe(1)
    expect(elapsedFraction(Q1_2026, '2026-04-01')).toBe(1)
    expect(elapsedFraction(Q1_2026, '2027-01-01')).toBe(1)
    expect(elapsedFraction(Q1_2026, '2025-12-31')).toBe(0)
    expect(elapsedFraction(Q1_2026, '2020-01-01')).toBe(0)
  })

  it('counts the leap day (Q1 2024 has 91 days)', () => {
    const q1 = quarterOf('2024-01-01')
    expect(elapsedFraction(q1, '2024-02-29')).toBe(60 / 91)
    expect(elapsedFraction(q1, '2024-03-01')).toBe(61 / 91)
  })

  it('is 0 then 1 for a one-day period', () => {
    const day = span('2026-01-01', '2026-01-01')
    expect(elapsedFraction(day, '2025-12-31')).toBe(0)
    expect(elapsedFraction(day, '2026-01-01')).toBe(1)
  })

  it('takes a Date as its local calendar day', () => {
    expect(elapsedFraction(Q1_2026, new Date(2026, 2, 31, 0, 0))).toBe(1)
    expect(elapsedFraction(Q1_2026, new Date(2026, 1, 14, 23, 59))).toBe(0.5)
    expect(elapsedFraction(Q1_2026, new Date(2025, 11, 31, 23, 59))).toBe(0)
  })

  it('is not thrown off by DST switches (São Paulo 2018-11-04, 2019-02-17)', () => {
    expect(elapsedFraction(span('2018-11-01', '2018-11-30'), '2018-11-04')).toBe(4 / 30)
    expect(elapsedFraction(span('2018-11-01', '2018-11-30'), '2018-11-05')).toBe(5 / 30)
    expect(elapsedFraction(span('2019-02-01', '2019-02-28'), '2019-02-17')).toBe(17 / 28)
    expect(elapsedFraction(span('2019-02-01', '2019-02-28'), '2019-02-28')).toBe(1)
  })

  it('advances by exactly one day over every day of a DST year', () => {
    const year = yearOf('2018-01-01')
    let day = toLocalDate('2018-01-01')
    for (let n = 1; n <= 365; n++) {
      expect(elapsedFraction(year, format(day, 'yyyy-MM-dd'))).toBe(n / 365)
      expect(daysLeft(year, day)).toBe(365 - n)
      day = addDays(day, 1)
    }
    expect(elapsedFraction(year, '2018-12-31')).toBe(1)
  })

  it('throws OkrRangeError for an invalid period or date', () => {
    expect(() => elapsedFraction(span('2026-02-01', '2026-01-31'), '2026-01-31')).toThrow(
      OkrRangeError,
    )
    expect(() => elapsedFraction(Q1_2026, '2026-02-29')).toThrow(OkrRangeError)
  })
})

describe('daysLeft', () => {
  it('counts the days after asOf', () => {
    expect(daysLeft(Q1_2026, '2026-01-01')).toBe(89)
    expect(daysLeft(Q1_2026, '2026-02-14')).toBe(45)
    expect(daysLeft(Q1_2026, '2026-03-29')).toBe(2)
    expect(daysLeft(Q1_2026, '2026-03-30')).toBe(1)
  })

  it('is 0 on the end day and after, the full length before the start', () => {
    expect(daysLeft(Q1_2026, '2026-03-31')).toBe(0)
    expect(daysLeft(Q1_2026, '2026-06-30')).toBe(0)
    expect(daysLeft(Q1_2026, '2025-12-31')).toBe(90)
    expect(daysLeft(quarterOf('2024-01-01'), '2023-12-01')).toBe(91)
  })

  it('works across the year boundary', () => {
    const winter = span('2025-12-15', '2026-01-15')
    expect(daysLeft(winter, '2025-12-31')).toBe(15)
    expect(daysLeft(winter, '2026-01-01')).toBe(14)
    expect(elapsedFraction(winter, '2025-12-31')).toBe(17 / 32)
  })
})

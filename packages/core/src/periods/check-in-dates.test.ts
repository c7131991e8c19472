import { describe, expect, it } from 'vitest'
import { OkrRangeError } from '../errors'
import type { Period } from '../model/period'
import { Q1_2026 } from '../status/__fixtures__/builders'
import { checkInDates } from './check-in-dates'
import { quarterOf, yearOf } from './quarter-of'

const span = (start: string, end: string): Period => ({
  id: `${start}..${end}`,
  label: 'test',
  kind: 'custom',
  start,
  end,
})

describe('checkInDates (default: the last day of each month)', () => {
  it('gives the last day of each month of a quarter', () => {
    expect(checkInDates(Q1_2026)).toEqual(['2026-01-31', '2026-02-28', '2026-03-31'])
    expect(checkInDates(quarterOf('2026-05-01'))).toEqual([
      '2026-04-30',
      '2026-05-31',
      '2026-06-30',
    ])
  })

  it('uses 29 February in leap years', () => {
    expect(checkInDates(quarterOf('2024-01-01'))).toEqual([
      '2024-01-31',
      '2024-02-29',
      '2024-03-31',
    ])
  })

  it('gives twelve month ends for a year, in a DST year too', () => {
    expect(checkInDates(yearOf('2018-06-01'))).toEqual([
      '2018-01-31',
      '2018-02-28',
      '2018-03-31',
      '2018-04-30',
      '2018-05-31',
      '2018-06-30',
      '2018-07-31',
      '2018-08-31',
      '2018-09-30',
      '2018-10-31',
      '2018-11-30',
      '2018-12-31',
    ])
  })

  it('clips the last month to a period ending mid-month', () => {
    expect(checkInDates(span('2026-01-15', '2026-04-14'))).toEqual([
      '2026-01-31',
      '2026-02-28',
      '2026-03-31',
      '2026-04-14',
    ])
  })

  it('crosses the year boundary', () => {
    expect(checkInDates(span('2025-12-15', '2026-01-15'))).toEqual(['2025-12-31', '2026-01-15'])
    expect(checkInDates(quarterOf('2025-11-01', { fiscalYearStartMonth: 11 }))).toEqual([
      '2025-11-30',
      '2025-12-31',
      '2026-01-31',
    ])
  })

  it('gives the one day of a one-day period', () => {
    expect(checkInDates(span('2026-03-10', '2026-03-10'))).toEqual(['2026-03-10'])
    expect(checkInDates(span('2025-12-31', '2025-12-31'))).toEqual(['2025-12-31'])
  })
})

describe('checkInDates (a day of the month)', () => {
  it('checks in on that day each month', () => {
    expect(checkInDates(Q1_2026, { day: 1 })).toEqual(['2026-01-01', '2026-02-01', '2026-03-01'])
    expect(checkInDates(Q1_2026, { day: 15 })).toEqual(['2026-01-15', '2026-02-15', '2026-03-15'])
    expect(checkInDates(Q1_2026, { day: 'last' })).toEqual(checkInDates(Q1_2026))
  })

  it('moves days a month lacks to its last day', () => {
    expect(checkInDates(quarterOf('2024-01-01'), { day: 31 })).toEqual([
      '2024-01-31',
      '2024-02-29',
      '2024-03-31',
    ])
    expect(checkInDates(Q1_2026, { day: 30 })).toEqual(['2026-01-30', '2026-02-28', '2026-03-30'])
    expect(checkInDates(quarterOf('2026-04-01'), { day: 31 })).toEqual([
      '2026-04-30',
      '2026-05-31',
      '2026-06-30',
    ])
  })

  it('drops a day before the start and clips a day after the end', () => {
    expect(checkInDates(span('2026-01-20', '2026-03-10'), { day: 15 })).toEqual([
      '2026-02-15',
      '2026-03-10',
    ])
  })

  it('always gives a period at least its end', () => {
    expect(checkInDates(span('2026-03-10', '2026-03-31'), { day: 5 })).toEqual(['2026-03-31'])
    expect(checkInDates(span('2026-03-10', '2026-03-10'), { day: 5 })).toEqual(['2026-03-10'])
    expect(checkInDates(span('2026-03-10', '2026-03-10'), { day: 15 })).toEqual(['2026-03-10'])
    expect(checkInDates(span('2026-03-10', '2026-03-10'), { day: 10 })).toEqual(['2026-03-10'])
  })

  it('throws OkrRangeError for a day outside 1–31 or an invalid period', () => {
    for (const day of [0, 32, 1.5, -1, Number.NaN]) {
      expect(() => checkInDates(Q1_2026, { day })).toThrow(OkrRangeError)
    }
    expect(() => checkInDates(Q1_2026, { day: 'first' as 'last' })).toThrow(OkrRangeError)
    expect(() => checkInDates(span('2026-02-01', '2026-01-31'))).toThrow(OkrRangeError)
    expect(() => checkInDates(span('2026-02-01', '2026-02-30'))).toThrow(OkrRangeError)
  })
})

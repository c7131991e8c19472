import { addDays, format } from 'date-fns'
import { describe, expect, it } from 'vitest'
import { OkrRangeError } from '../errors'
import { toLocalDate } from './iso-date'
import { monthOf, quarterOf, yearOf } from './quarter-of'

const quarter = (id: string, label: string, start: string, end: string) => ({
  id,
  label,
  kind: 'quarter',
  start,
  end,
})

describe('quarterOf (calendar year)', () => {
  it('gives the calendar quarter, named 2026-Q1 / Q1 2026', () => {
    expect(quarterOf('2026-01-01')).toEqual(
      quarter('2026-Q1', 'Q1 2026', '2026-01-01', '2026-03-31'),
    )
    expect(quarterOf('2026-03-31')).toEqual(
      quarter('2026-Q1', 'Q1 2026', '2026-01-01', '2026-03-31'),
    )
    expect(quarterOf('2026-04-01')).toEqual(
      quarter('2026-Q2', 'Q2 2026', '2026-04-01', '2026-06-30'),
    )
    expect(quarterOf('2026-08-15')).toEqual(
      quarter('2026-Q3', 'Q3 2026', '2026-07-01', '2026-09-30'),
    )
    expect(quarterOf('2026-12-31')).toEqual(
      quarter('2026-Q4', 'Q4 2026', '2026-10-01', '2026-12-31'),
    )
  })

  it('handles leap years', () => {
    expect(quarterOf('2024-02-29')).toEqual(
      quarter('2024-Q1', 'Q1 2024', '2024-01-01', '2024-03-31'),
    )
  })

  it('takes a Date as its local calendar day', () => {
    expect(quarterOf(new Date(2026, 2, 31, 23, 59)).id).toBe('2026-Q1')
    expect(quarterOf(new Date(2026, 3, 1, 0, 0)).id).toBe('2026-Q2')
  })

  it('is the same as fiscalYearStartMonth 1', () => {
    expect(quarterOf('2026-05-10', { fiscalYearStartMonth: 1 })).toEqual(quarterOf('2026-05-10'))
  })
})

describe('quarterOf (fiscal year, named by the calendar year it ends in)', () => {
  it('April start: 2026-04-01 … 2027-03-31 is FY2027', () => {
    const april = { fiscalYearStartMonth: 4 }
    expect(quarterOf('2026-05-10', april)).toEqual(
      quarter('FY2027-Q1', 'FY2027 Q1', '2026-04-01', '2026-06-30'),
    )
    expect(quarterOf('2026-04-01', april).id).toBe('FY2027-Q1')
    expect(quarterOf('2026-03-31', april)).toEqual(
      quarter('FY2026-Q4', 'FY2026 Q4', '2026-01-01', '2026-03-31'),
    )
    expect(quarterOf('2026-12-31', april)).toEqual(
      quarter('FY2027-Q3', 'FY2027 Q3', '2026-10-01', '2026-12-31'),
    )
    expect(quarterOf('2027-01-01', april)).toEqual(
      quarter('FY2027-Q4', 'FY2027 Q4', '2027-01-01', '2027-03-31'),
    )
  })

  it('July start: 2025-07-01 … 2026-06-30 is FY2026', () => {
    const july = { fiscalYearStartMonth: 7 }
    expect(quarterOf('2025-07-01', july)).toEqual(
      quarter('FY2026-Q1', 'FY2026 Q1', '2025-07-01', '2025-09-30'),
    )
    expect(quarterOf('2025-12-31', july)).toEqual(
      quarter('FY2026-Q2', 'FY2026 Q2', '2025-10-01', '2025-12-31'),
    )
    expect(quarterOf('2026-01-01', july)).toEqual(
      quarter('FY2026-Q3', 'FY2026 Q3', '2026-01-01', '2026-03-31'),
    )
    expect(quarterOf('2026-06-30', july)).toEqual(
      quarter('FY2026-Q4', 'FY2026 Q4', '2026-04-01', '2026-06-30'),
    )
    expect(quarterOf('2026-07-01', july).id).toBe('FY2027-Q1')
  })

  it('October start: the year boundary falls inside Q1', () => {
    const october = { fiscalYearStartMonth: 10 }
    expect(quarterOf('2025-09-30', october)).toEqual(
      quarter('FY2025-Q4', 'FY2025 Q4', '2025-07-01', '2025-09-30'),
    )
    expect(quarterOf('2025-10-01', october)).toEqual(
      quarter('FY2026-Q1', 'FY2026 Q1', '2025-10-01', '2025-12-31'),
    )
    expect(quarterOf('2025-12-31', october).id).toBe('FY2026-Q1')
    expect(quarterOf('2026-01-01', october)).toEqual(
      quarter('FY2026-Q2', 'FY2026 Q2', '2026-01-01', '2026-03-31'),
    )
  })

  it('a start month off the calendar quarters gives quarters across month groups', () => {
    expect(quarterOf('2024-02-29', { fiscalYearStartMonth: 2 })).toEqual(
      quarter('FY2025-Q1', 'FY2025 Q1', '2024-02-01', '2024-04-30'),
    )
    expect(quarterOf('2025-01-31', { fiscalYearStartMonth: 2 })).toEqual(
      quarter('FY2025-Q4', 'FY2025 Q4', '2024-11-01', '2025-01-31'),
    )
    expect(quarterOf('2024-01-15', { fiscalYearStartMonth: 12 })).toEqual(
      quarter('FY2024-Q1', 'FY2024 Q1', '2023-12-01', '2024-02-29'),
    )
    expect(quarterOf('2025-12-01', { fiscalYearStartMonth: 12 })).toEqual(
      quarter('FY2026-Q1', 'FY2026 Q1', '2025-12-01', '2026-02-28'),
    )
  })

  it('tiles every day of a leap year and a DST year without gaps, for every start month', () => {
    for (let startMonth = 1; startMonth <= 12; startMonth++) {
      const options = { fiscalYearStartMonth: startMonth }
      for (const year of ['2024', '2018']) {
        let day = toLocalDate(`${year}-01-01`)
        let previous = quarterOf(day, options)
        while (format(day, 'yyyy') === year) {
          const iso = format(day, 'yyyy-MM-dd')
          const current = quarterOf(iso, options)
          expect(current.start <= iso && iso <= current.end).toBe(true)
          expect(current.start.endsWith('-01')).toBe(true)
          if (current.id !== previous.id) {
            // A new quarter starts the day after the previous one ends.
            expect(format(addDays(toLocalDate(previous.end), 1), 'yyyy-MM-dd')).toBe(current.start)
            expect(current.start).toBe(iso)
          }
          previous = current
          day = addDays(day, 1)
        }
      }
    }
  })

  it('throws OkrRangeError for a month outside 1–12 or a bad date', () => {
    for (const fiscalYearStartMonth of [0, 13, 4.5, Number.NaN]) {
      expect(() => quarterOf('2026-01-01', { fiscalYearStartMonth })).toThrow(OkrRangeError)
    }
    expect(() => quarterOf('2026-02-30')).toThrow(OkrRangeError)
  })
})

describe('yearOf', () => {
  it('gives the calendar year', () => {
    expect(yearOf('2026-05-10')).toEqual({
      id: '2026',
      label: '2026',
      kind: 'year',
      start: '2026-01-01',
      end: '2026-12-31',
    })
    expect(yearOf('2025-12-31').id).toBe('2025')
    expect(yearOf('2026-01-01').id).toBe('2026')
  })

  it('gives the fiscal year, named by the year it ends in', () => {
    expect(yearOf('2026-05-10', { fiscalYearStartMonth: 4 })).toEqual({
      id: 'FY2027',
      label: 'FY2027',
      kind: 'year',
      start: '2026-04-01',
      end: '2027-03-31',
    })
    expect(yearOf('2026-03-31', { fiscalYearStartMonth: 4 })).toMatchObject({
      id: 'FY2026',
      start: '2025-04-01',
      end: '2026-03-31',
    })
    expect(yearOf('2026-02-10', { fiscalYearStartMonth: 7 })).toMatchObject({
      id: 'FY2026',
      start: '2025-07-01',
      end: '2026-06-30',
    })
    expect(yearOf('2025-10-01', { fiscalYearStartMonth: 10 })).toMatchObject({
      id: 'FY2026',
      start: '2025-10-01',
      end: '2026-09-30',
    })
  })

  it('ends on a leap day when the fiscal year starts in March', () => {
    expect(yearOf('2024-02-29', { fiscalYearStartMonth: 3 })).toMatchObject({
      id: 'FY2024',
      start: '2023-03-01',
      end: '2024-02-29',
    })
    expect(yearOf('2024-03-01', { fiscalYearStartMonth: 3 })).toMatchObject({
      id: 'FY2025',
      start: '2024-03-01',
      end: '2025-02-28',
    })
  })

  it('throws OkrRangeError for a bad start month', () => {
    expect(() => yearOf('2026-01-01', { fiscalYearStartMonth: 0 })).toThrow(OkrRangeError)
  })
})

describe('monthOf', () => {
  it('gives the calendar month, with leap February', () => {
    expect(monthOf('2024-02-10')).toEqual({
      id: '2024-02',
      label: 'February 2024',
      kind: 'month',
      start: '2024-02-01',
      end: '2024-02-29',
    })
    expect(monthOf('2023-02-01')).toMatchObject({ start: '2023-02-01', end: '2023-02-28' })
  })

  it('ends months of 30 and 31 days on the right day', () => {
    expect(monthOf('2026-04-30')).toMatchObject({ id: '2026-04', end: '2026-04-30' })
    expect(monthOf('2026-12-31')).toEqual({
      id: '2026-12',
      label: 'December 2026',
      kind: 'month',
      start: '2026-12-01',
      end: '2026-12-31',
    })
  })

  it('takes a Date as its local calendar day', () => {
    expect(monthOf(new Date(2026, 0, 31, 23, 59)).id).toBe('2026-01')
  })
})

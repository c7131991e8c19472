import { describe, expect, it } from 'vitest'
import { OkrRangeError } from '../errors'
import { isValidIsoDate, toIsoDate, toLocalDate } from './iso-date'

describe('isValidIsoDate', () => {
  it('accepts real calendar dates written YYYY-MM-DD', () => {
    expect(isValidIsoDate('2026-01-01')).toBe(true)
    expect(isValidIsoDate('2026-12-31')).toBe(true)
    expect(isValidIsoDate('2024-02-29')).toBe(true)
    expect(isValidIsoDate('2000-02-29')).toBe(true)
  })

  it('rejects days that do not exist', () => {
    expect(isValidIsoDate('2023-02-29')).toBe(false)
    expect(isValidIsoDate('1900-02-29')).toBe(false)
    expect(isValidIsoDate('2026-04-31')).toBe(false)
    expect(isValidIsoDate('2026-13-01')).toBe(false)
    expect(isValidIsoDate('2026-00-10')).toBe(false)
    expect(isValidIsoDate('2026-01-00')).toBe(false)
  })

  it('rejects other formats and non-strings', () => {
    expect(isValidIsoDate('2026-1-5')).toBe(false)
    expect(isValidIsoDate('20260105')).toBe(false)
    expect(isValidIsoDate('2026-01-05T00:00:00Z')).toBe(false)
    expect(isValidIsoDate('2026-W01-1')).toBe(false)
    expect(isValidIsoDate(' 2026-01-05')).toBe(false)
    expect(isValidIsoDate('')).toBe(false)
    expect(isValidIsoDate(20260105)).toBe(false)
    expect(isValidIsoDate(new Date(2026, 0, 5))).toBe(false)
    expect(isValidIsoDate(undefined)).toBe(false)
  })
})

describe('toLocalDate', () => {
  it('reads an ISO date as the local midnight of that day', () => {
    const date = toLocalDate('2026-01-01')
    expect([date.getFullYear(), date.getMonth(), date.getDate()]).toEqual([2026, 0, 1])
    expect([date.getHours(), date.getMinutes()]).toEqual([0, 0])
  })

  it('reads years before 100 as written, not as 19xx', () => {
    const date = toLocalDate('0050-06-15')
    expect([date.getFullYear(), date.getMonth(), date.getDate()]).toEqual([50, 5, 15])
    expect(isValidIsoDate('0004-02-29')).toBe(true)
    expect(isValidIsoDate('0100-02-29')).toBe(false)
  })

  it('keeps the local calendar day of a Date, dropping the time', () => {
    const date = toLocalDate(new Date(2026, 2, 31, 23, 59, 59, 999))
    expect([date.getFullYear(), date.getMonth(), date.getDate()]).toEqual([2026, 2, 31])
    expect(date.getHours()).toBe(0)
  })

  it('throws OkrRangeError for invalid input, naming the argument', () => {
    expect(() => toLocalDate('2026-02-30', 'asOf')).toThrow(OkrRangeError)
    expect(() => toLocalDate('2026-02-30', 'asOf')).toThrow(/asOf must be a calendar date/)
    expect(() => toLocalDate(new Date(Number.NaN))).toThrow(OkrRangeError)
    expect(() => toLocalDate(42 as unknown as string)).toThrow(OkrRangeError)
  })
})

describe('toIsoDate', () => {
  it('returns a valid ISO string unchanged', () => {
    expect(toIsoDate('2024-02-29')).toBe('2024-02-29')
  })

  it('gives the local calendar day of a Date at either end of the day', () => {
    expect(toIsoDate(new Date(2026, 0, 1, 0, 0, 0))).toBe('2026-01-01')
    expect(toIsoDate(new Date(2025, 11, 31, 23, 59, 59, 999))).toBe('2025-12-31')
    expect(toIsoDate(new Date(2024, 1, 29, 12))).toBe('2024-02-29')
  })

  it('round-trips every day of a DST-switching year', () => {
    // São Paulo skipped midnight on 2018-11-04 (DST started at 00:00).
    for (let month = 0; month < 12; month++) {
      for (let day = 1; day <= 28; day++) {
        const iso = `2018-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`
        expect(toIsoDate(toLocalDate(iso))).toBe(iso)
      }
    }
    expect(toIsoDate(toLocalDate('2018-11-04'))).toBe('2018-11-04')
    expect(toIsoDate(toLocalDate('2019-02-17'))).toBe('2019-02-17')
  })

  it('throws OkrRangeError for an invalid string', () => {
    expect(() => toIsoDate('2026-02-30')).toThrow(OkrRangeError)
  })
})

import { describe, expect, it } from 'vitest'
import { OkrRangeError } from '../errors'
import { periodSchema } from '../model/period'
import { customPeriod } from './custom-period'

describe('customPeriod', () => {
  it('builds a custom period with a default id and label', () => {
    const period = customPeriod('2026-01-15', '2026-04-14')
    expect(period).toEqual({
      id: '2026-01-15..2026-04-14',
      label: '2026-01-15 – 2026-04-14',
      kind: 'custom',
      start: '2026-01-15',
      end: '2026-04-14',
    })
    expect(periodSchema.safeParse(period).success).toBe(true)
  })

  it('takes an id and a label, trimming the label', () => {
    expect(customPeriod('2026-01-15', '2026-04-14', { id: 'launch', label: '  Launch  ' })).toEqual(
      {
        id: 'launch',
        label: 'Launch',
        kind: 'custom',
        start: '2026-01-15',
        end: '2026-04-14',
      },
    )
  })

  it('accepts a one-day period and Dates as local days', () => {
    expect(customPeriod('2024-02-29', '2024-02-29')).toMatchObject({
      start: '2024-02-29',
      end: '2024-02-29',
    })
    expect(customPeriod(new Date(2025, 11, 31, 23, 30), new Date(2026, 0, 1, 0, 1))).toMatchObject({
      start: '2025-12-31',
      end: '2026-01-01',
    })
  })

  it('throws OkrRangeError when the end is before the start', () => {
    expect(() => customPeriod('2026-01-02', '2026-01-01')).toThrow(OkrRangeError)
    try {
      customPeriod('2026-01-01', '2025-12-31')
      expect.unreachable()
    } catch (error) {
      expect((error as OkrRangeError).code).toBe('period_end_before_start')
    }
  })

  it('throws OkrRangeError for invalid dates, a blank label or an empty id', () => {
    expect(() => customPeriod('2026-02-30', '2026-03-01')).toThrow(OkrRangeError)
    expect(() => customPeriod('2026-01-01', '2026/03/01')).toThrow(OkrRangeError)
    expect(() => customPeriod('2026-01-01', '2026-03-01', { label: '   ' })).toThrow(OkrRangeError)
    expect(() => customPeriod('2026-01-01', '2026-03-01', { id: '' })).toThrow(OkrRangeError)
    expect(() => customPeriod('2026-01-01', '2026-03-01', { id: 'x'.repeat(201) })).toThrow(
      OkrRangeError,
    )
  })
})

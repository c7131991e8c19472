import { describe, expect, it } from 'vitest'
import { customPeriod } from './custom-period'
import { formatPeriodLabel } from './format-period-label'
import { monthOf, quarterOf, yearOf } from './quarter-of'

describe('formatPeriodLabel', () => {
  it('names calendar quarters and years', () => {
    expect(formatPeriodLabel(quarterOf('2026-02-01'))).toBe('Q1 2026')
    expect(formatPeriodLabel(quarterOf('2026-02-01'), { locale: 'zh-CN' })).toBe('2026年第1季度')
    expect(formatPeriodLabel(quarterOf('2026-12-31'), { locale: 'zh-Hans' })).toBe('2026年第4季度')
    expect(formatPeriodLabel(yearOf('2026-02-01'))).toBe('2026')
    expect(formatPeriodLabel(yearOf('2026-02-01'), { locale: 'zh-CN' })).toBe('2026年')
  })

  it('names fiscal quarters and years by the year they end in', () => {
    const april = { fiscalYearStartMonth: 4 }
    expect(formatPeriodLabel(quarterOf('2026-05-10', april))).toBe('FY2027 Q1')
    expect(formatPeriodLabel(quarterOf('2026-05-10', april), { locale: 'zh-CN' })).toBe(
      '2027财年第1季度',
    )
    expect(formatPeriodLabel(yearOf('2026-05-10', april))).toBe('FY2027')
    expect(formatPeriodLabel(yearOf('2026-05-10', april), { locale: 'zh-CN' })).toBe('2027财年')
  })

  it('names months from their start date', () => {
    expect(formatPeriodLabel(monthOf('2024-02-29'))).toBe('February 2024')
    expect(formatPeriodLabel(monthOf('2024-02-29'), { locale: 'zh-CN' })).toBe('2024年2月')
    expect(formatPeriodLabel(monthOf('2026-12-31'), { locale: 'zh-CN' })).toBe('2026年12月')
  })

  it('keeps the label of custom periods and of ids it does not recognise', () => {
    expect(formatPeriodLabel(customPeriod('2026-01-15', '2026-04-14', { label: 'Launch' }))).toBe(
      'Launch',
    )
    const named = { ...quarterOf('2026-02-01'), id: 'q1', label: 'First quarter' }
    expect(formatPeriodLabel(named, { locale: 'zh-CN' })).toBe('First quarter')
  })

  it('takes a host’s own wording', () => {
    expect(
      formatPeriodLabel(quarterOf('2026-02-01'), {
        messages: { 'period.quarter': '{year}/{quarter}' },
      }),
    ).toBe('2026/1')
  })
})

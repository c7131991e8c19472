import { describe, expect, it } from 'vitest'
import type { CheckIn } from '../../model/check-in'
import { checkIn, document, objective } from '../__fixtures__/documents'
import { lintOkrSet } from '../lint-okr-set'

const lintCheckIns = (checkIns: CheckIn[], locale?: string) =>
  lintOkrSet(document({ objectives: [objective('o1')], checkIns }), { locale })

describe('checkin_unknown_key_result', () => {
  it('is an error at the check-in’s `keyResultId`', () => {
    const issues = lintCheckIns([
      checkIn('c1', 'o1-kr1', '2026-01-31'),
      checkIn('c2', 'gone', '2026-01-31'),
    ])
    expect(issues).toMatchObject([
      {
        code: 'checkin_unknown_key_result',
        severity: 'error',
        path: ['checkIns', 1, 'keyResultId'],
        params: { checkInId: 'c2', keyResultId: 'gone' },
      },
    ])
  })

  it('is left out of a scoped lint, which only sees its own key results’ check-ins', () => {
    const issues = lintOkrSet(
      document({ objectives: [objective('o1')], checkIns: [checkIn('c1', 'gone', '2026-01-31')] }),
      { teamId: 't1', periodId: 'q1' },
    )
    expect(issues).toEqual([])
  })
})

describe('checkin_outside_period', () => {
  it('accepts the first and the last day of the period', () => {
    const issues = lintCheckIns([
      checkIn('c1', 'o1-kr1', '2026-01-01'),
      checkIn('c2', 'o1-kr2', '2026-03-31'),
    ])
    expect(issues).toEqual([])
  })

  it('warns at the date of a check-in before or after its period', () => {
    const issues = lintCheckIns([
      checkIn('c1', 'o1-kr1', '2025-12-31'),
      checkIn('c2', 'o1-kr2', '2026-02-15'),
      checkIn('c3', 'o1-kr3', '2026-04-01'),
    ])
    expect(issues.map(({ code, severity, path }) => ({ code, severity, path }))).toEqual([
      { code: 'checkin_outside_period', severity: 'warning', path: ['checkIns', 0, 'date'] },
      { code: 'checkin_outside_period', severity: 'warning', path: ['checkIns', 2, 'date'] },
    ])
    expect(issues[1]?.params).toEqual({
      checkInId: 'c3',
      keyResultId: 'o1-kr3',
      date: '2026-04-01',
      periodId: 'q1',
      start: '2026-01-01',
      end: '2026-03-31',
    })
    expect(issues[1]?.message).toBe(
      'This check-in is dated 2026-04-01, outside its period (2026-01-01 to 2026-03-31).',
    )
  })

  it('leaves check-ins of an unknown period to objective_unknown_period', () => {
    const issues = lintOkrSet(
      document({
        objectives: [objective('o1', { periodId: 'nowhere' })],
        checkIns: [checkIn('c1', 'o1-kr1', '1999-01-01')],
      }),
    )
    expect(issues.map((issue) => issue.code)).toEqual(['objective_unknown_period'])
  })
})

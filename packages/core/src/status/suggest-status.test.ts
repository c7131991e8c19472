import { describe, expect, it } from 'vitest'
import { OkrRangeError } from '../errors'
import type { Period } from '../model/period'
import { checkIn, metricKr, milestoneKr, Q1_2026 } from './__fixtures__/builders'
import { suggestStatus } from './suggest-status'

const HALFWAY = '2026-02-14' // 45 of Q1 2026's 90 days: expected progress 0.5
const growth = (current?: number) =>
  metricKr(
    'kr',
    current === undefined ? { start: 0, target: 100 } : { start: 0, target: 100, current },
  )

describe('suggestStatus by pace (no check-in yet)', () => {
  it('is on track from expected − 0.1', () => {
    expect(suggestStatus(growth(45), [], Q1_2026, HALFWAY)).toEqual({
      status: 'on-track',
      source: 'pace',
      stale: true,
      progress: 0.45,
      expectedProgress: 0.5,
      paceStatus: 'on-track',
      paceReason: 'on_pace',
      value: 45,
    })
    expect(suggestStatus(growth(40), [], Q1_2026, HALFWAY).status).toBe('on-track')
  })

  it('is at risk from expected − 0.25, off track below', () => {
    expect(suggestStatus(growth(39), [], Q1_2026, HALFWAY)).toMatchObject({
      status: 'at-risk',
      paceReason: 'behind',
      progress: 0.39,
    })
    expect(suggestStatus(growth(25), [], Q1_2026, HALFWAY).status).toBe('at-risk')
    expect(suggestStatus(growth(24), [], Q1_2026, HALFWAY)).toMatchObject({
      status: 'off-track',
      paceReason: 'far_behind',
      progress: 0.24,
    })
  })

  it('keeps boundaries inclusive despite float noise (0.8 − 0.1 = 0.7000000000000001)', () => {
    const tenDays: Period = { ...Q1_2026, start: '2026-03-01', end: '2026-03-10' }
    expect(suggestStatus(growth(70), [], tenDays, '2026-03-08')).toMatchObject({
      status: 'on-track',
      expectedProgress: 0.8,
      progress: 0.7,
    })
    expect(suggestStatus(growth(30), [], tenDays, '2026-03-04').status).toBe('on-track')
  })

  it('measures from start when nothing was measured', () => {
    expect(suggestStatus(growth(), [], Q1_2026, '2026-01-01')).toMatchObject({
      status: 'on-track',
      progress: 0,
      expectedProgress: 1 / 90,
      value: 0,
    })
    expect(suggestStatus(growth(), [], Q1_2026, HALFWAY).status).toBe('off-track')
  })

  it('counts overachievement as on track', () => {
    expect(suggestStatus(growth(150), [], Q1_2026, '2026-03-31')).toMatchObject({
      status: 'on-track',
      progress: 1.5,
      expectedProgress: 1,
    })
  })

  it('counts negative movement as off track', () => {
    const kr = metricKr('kr', { start: 50, target: 100, current: 40 })
    expect(suggestStatus(kr, [], Q1_2026, '2026-01-10')).toMatchObject({
      status: 'off-track',
      progress: -0.2,
      expectedProgress: 10 / 90,
    })
  })

  it('paces decreasing KRs the same way', () => {
    const churn = (current: number) => metricKr('kr', { start: 120, target: 60, current })
    expect(suggestStatus(churn(90), [], Q1_2026, HALFWAY)).toMatchObject({
      status: 'on-track',
      progress: 0.5,
    })
    expect(suggestStatus(churn(102), [], Q1_2026, HALFWAY)).toMatchObject({
      status: 'at-risk',
      progress: 0.3,
    })
    expect(suggestStatus(churn(108), [], Q1_2026, HALFWAY)).toMatchObject({
      status: 'off-track',
      progress: 0.2,
    })
    // Churn went up: the wrong way.
    expect(suggestStatus(churn(132), [], Q1_2026, '2026-01-05')).toMatchObject({
      status: 'off-track',
      progress: -0.2,
    })
    expect(suggestStatus(churn(45), [], Q1_2026, HALFWAY)).toMatchObject({
      status: 'on-track',
      progress: 1.25,
    })
  })

  it('takes configurable tolerances', () => {
    const strict = { tolerances: { onTrack: 0, atRisk: 0.05 } }
    expect(suggestStatus(growth(50), [], Q1_2026, HALFWAY, strict).status).toBe('on-track')
    expect(suggestStatus(growth(46), [], Q1_2026, HALFWAY, strict).status).toBe('at-risk')
    expect(suggestStatus(growth(44), [], Q1_2026, HALFWAY, strict).status).toBe('off-track')
    const lenient = { tolerances: { atRisk: 0.5 } }
    expect(suggestStatus(growth(1), [], Q1_2026, HALFWAY, lenient).status).toBe('at-risk')
  })

  it('throws OkrRangeError for inconsistent tolerances', () => {
    expect(() =>
      suggestStatus(growth(1), [], Q1_2026, HALFWAY, { tolerances: { onTrack: 0.3, atRisk: 0.2 } }),
    ).toThrow(OkrRangeError)
    expect(() =>
      suggestStatus(growth(1), [], Q1_2026, HALFWAY, { tolerances: { onTrack: -0.1 } }),
    ).toThrow(OkrRangeError)
    expect(() =>
      suggestStatus(growth(1), [], Q1_2026, HALFWAY, { tolerances: { atRisk: Number.NaN } }),
    ).toThrow(OkrRangeError)
  })

  it('throws OkrRangeError for a target equal to its start or a bad date', () => {
    const flat = metricKr('kr', { start: 5, target: 5 })
    expect(() => suggestStatus(flat, [], Q1_2026, HALFWAY)).toThrow(OkrRangeError)
    expect(() => suggestStatus(growth(1), [], Q1_2026, '2026-02-30')).toThrow(OkrRangeError)
  })
})

describe('suggestStatus with check-ins', () => {
  it('lets the team’s latest status win over pace', () => {
    const checkIns = [checkIn('kr', '2026-02-10', { id: 'c1', status: 'on-track', value: 10 })]
    expect(suggestStatus(growth(), checkIns, Q1_2026, HALFWAY)).toEqual({
      status: 'on-track',
      source: 'team',
      stale: false,
      progress: 0.1,
      expectedProgress: 0.5,
      paceStatus: 'off-track',
      paceReason: 'far_behind',
      value: 10,
      checkInId: 'c1',
      checkInDate: '2026-02-10',
    })
    const worried = [checkIn('kr', '2026-02-10', { status: 'at-risk', value: 80 })]
    expect(suggestStatus(growth(), worried, Q1_2026, HALFWAY)).toMatchObject({
      status: 'at-risk',
      source: 'team',
      paceStatus: 'on-track',
    })
  })

  it('uses the latest check-in up to asOf only', () => {
    const checkIns = [
      checkIn('kr', '2026-03-31', { id: 'later', status: 'off-track', value: 5 }),
      checkIn('kr', '2026-01-31', { id: 'jan', status: 'on-track', value: 20 }),
      checkIn('kr', '2026-02-14', { id: 'feb', status: 'at-risk', value: 30 }),
    ]
    expect(suggestStatus(growth(), checkIns, Q1_2026, HALFWAY)).toMatchObject({
      status: 'at-risk',
      checkInId: 'feb',
      value: 30,
      progress: 0.3,
    })
    expect(suggestStatus(growth(), checkIns, Q1_2026, '2026-02-13')).toMatchObject({
      status: 'on-track',
      checkInId: 'jan',
      value: 20,
    })
  })

  it('takes the last of same-day check-ins', () => {
    const checkIns = [
      checkIn('kr', '2026-02-10', { id: 'first', status: 'on-track', value: 50 }),
      checkIn('kr', '2026-02-10', { id: 'second', status: 'off-track', value: 20 }),
    ]
    expect(suggestStatus(growth(), checkIns, Q1_2026, HALFWAY)).toMatchObject({
      status: 'off-track',
      checkInId: 'second',
      value: 20,
    })
  })

  it('measures from the latest check-in that has a value', () => {
    const checkIns = [
      checkIn('kr', '2026-01-31', { value: 30 }),
      checkIn('kr', '2026-02-10', { status: 'at-risk' }),
    ]
    expect(suggestStatus(growth(90), checkIns, Q1_2026, HALFWAY)).toMatchObject({
      status: 'at-risk',
      value: 30,
      progress: 0.3,
      paceStatus: 'at-risk',
    })
  })

  it('falls back to current when no check-in has a value', () => {
    const checkIns = [checkIn('kr', '2026-02-10', { status: 'at-risk' })]
    expect(suggestStatus(growth(45), checkIns, Q1_2026, HALFWAY)).toMatchObject({
      status: 'at-risk',
      value: 45,
      paceStatus: 'on-track',
    })
  })

  it('ignores other KRs’ check-ins (callers may pass all of a document’s)', () => {
    const checkIns = [
      checkIn('other', '2026-02-10', { status: 'off-track', value: 1 }),
      checkIn('kr', '2026-01-31', { id: 'mine', status: 'on-track', value: 45 }),
    ]
    expect(suggestStatus(growth(), checkIns, Q1_2026, HALFWAY)).toMatchObject({
      status: 'on-track',
      stale: true,
      checkInId: 'mine',
      value: 45,
    })
  })
})

describe('suggestStatus staleness (silence is not green)', () => {
  const jan = [checkIn('kr', '2026-01-31', { status: 'on-track', value: 45 })]

  it('is stale without a check-in in asOf’s month, fresh with one', () => {
    expect(suggestStatus(growth(), jan, Q1_2026, '2026-01-31').stale).toBe(false)
    expect(suggestStatus(growth(), jan, Q1_2026, '2026-02-01').stale).toBe(true)
    expect(suggestStatus(growth(), jan, Q1_2026, HALFWAY).stale).toBe(true)
    const feb = [...jan, checkIn('kr', '2026-02-01', { status: 'on-track', value: 46 })]
    expect(suggestStatus(growth(), feb, Q1_2026, HALFWAY).stale).toBe(false)
    expect(suggestStatus(growth(), feb, Q1_2026, '2026-03-01').stale).toBe(true)
  })

  it('is not freshened by a check-in after asOf', () => {
    const later = [checkIn('kr', '2026-02-20', { status: 'on-track', value: 50 })]
    expect(suggestStatus(growth(45), later, Q1_2026, HALFWAY)).toMatchObject({
      stale: true,
      source: 'pace',
    })
  })

  it('flags an on-track-by-pace KR nobody checked in on', () => {
    expect(suggestStatus(growth(60), [], Q1_2026, HALFWAY)).toMatchObject({
      status: 'on-track',
      source: 'pace',
      stale: true,
    })
  })

  it('is stale on the first days of the period and across the year boundary', () => {
    const winter: Period = { ...Q1_2026, start: '2025-12-01', end: '2026-02-28' }
    const dec = [checkIn('kr', '2025-12-31', { value: 10 })]
    expect(suggestStatus(growth(), [], winter, '2025-12-01').stale).toBe(true)
    expect(suggestStatus(growth(), dec, winter, '2025-12-31').stale).toBe(false)
    expect(suggestStatus(growth(), dec, winter, '2026-01-01').stale).toBe(true)
  })

  it('is never stale before the period starts or after it ends', () => {
    expect(suggestStatus(growth(), [], Q1_2026, '2025-12-31')).toMatchObject({
      stale: false,
      expectedProgress: 0,
      status: 'on-track',
    })
    expect(suggestStatus(growth(), jan, Q1_2026, '2026-04-15')).toMatchObject({
      stale: false,
      expectedProgress: 1,
    })
  })

  it('takes asOf as a Date’s local calendar day', () => {
    const lateOnJan31 = new Date(2026, 0, 31, 23, 59)
    expect(suggestStatus(growth(), jan, Q1_2026, lateOnJan31)).toMatchObject({
      stale: false,
      expectedProgress: 31 / 90,
      checkInDate: '2026-01-31',
    })
    const earlyFeb1 = new Date(2026, 1, 1, 0, 1)
    expect(suggestStatus(growth(), jan, Q1_2026, earlyFeb1).stale).toBe(true)
  })
})

describe('suggestStatus for milestones', () => {
  it('is on track when done', () => {
    expect(suggestStatus(milestoneKr('m', true, '2026-01-15'), [], Q1_2026, HALFWAY)).toEqual({
      status: 'on-track',
      source: 'pace',
      stale: true,
      progress: 1,
      expectedProgress: 0.5,
      paceStatus: 'on-track',
      paceReason: 'milestone_done',
      due: '2026-01-15',
    })
  })

  it('is on track until the due day, off track after it', () => {
    const launch = milestoneKr('m', false, '2026-02-28')
    expect(suggestStatus(launch, [], Q1_2026, HALFWAY)).toMatchObject({
      status: 'on-track',
      paceReason: 'milestone_due',
      progress: 0,
      due: '2026-02-28',
    })
    expect(suggestStatus(launch, [], Q1_2026, '2026-02-28').status).toBe('on-track')
    expect(suggestStatus(launch, [], Q1_2026, '2026-03-01')).toMatchObject({
      status: 'off-track',
      paceReason: 'milestone_overdue',
    })
  })

  it('is due at the period’s end without a due date', () => {
    const launch = milestoneKr('m', false)
    expect(suggestStatus(launch, [], Q1_2026, '2026-03-31')).toMatchObject({
      status: 'on-track',
      due: '2026-03-31',
    })
    expect(suggestStatus(launch, [], Q1_2026, '2026-04-01')).toMatchObject({
      status: 'off-track',
      due: '2026-03-31',
    })
  })

  it('lets the team’s status win for milestones too', () => {
    const launch = milestoneKr('m', false, '2026-01-31')
    const checkIns = [checkIn('m', '2026-02-10', { status: 'at-risk' })]
    expect(suggestStatus(launch, checkIns, Q1_2026, HALFWAY)).toMatchObject({
      status: 'at-risk',
      source: 'team',
      paceStatus: 'off-track',
      stale: false,
    })
  })
})

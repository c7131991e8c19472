import { describe, expect, it } from 'vitest'
import { checkIn, metricKr, milestoneKr } from '../__fixtures__/factory'
import { resolveKeyResultScore } from './key-result-score'

describe('resolveKeyResultScore', () => {
  const kr = metricKr('k', 0, 100, {
    measure: { type: 'metric', start: 0, target: 100, current: 10 },
  })

  it('is computed from the measure when there is no check-in', () => {
    expect(resolveKeyResultScore(kr, [])).toEqual({ value: 0.1, provenance: 'computed' })
  })

  it('takes the latest check-in value as computed', () => {
    const checkIns = [
      checkIn('c2', 'k', '2026-02-27', { value: 60 }),
      checkIn('c1', 'k', '2026-01-30', { value: 30 }),
    ]
    expect(resolveKeyResultScore(kr, checkIns)).toEqual({
      value: 0.6,
      provenance: 'computed',
      checkInId: 'c2',
      date: '2026-02-27',
    })
  })

  it("lets the team's own score win as manual", () => {
    const checkIns = [checkIn('c1', 'k', '2026-01-30', { value: 30, score: 0.5 })]
    expect(resolveKeyResultScore(kr, checkIns)).toMatchObject({
      value: 0.5,
      provenance: 'manual',
      checkInId: 'c1',
    })
  })

  it('ignores other KRs and check-ins after asOf', () => {
    const checkIns = [
      checkIn('c1', 'k', '2026-01-30', { value: 30 }),
      checkIn('c2', 'k', '2026-02-27', { score: 0.9 }),
      checkIn('x', 'other', '2026-03-01', { score: 0.1 }),
    ]
    expect(resolveKeyResultScore(kr, checkIns, { asOf: '2026-02-01' })).toMatchObject({
      value: 0.3,
      checkInId: 'c1',
    })
    expect(resolveKeyResultScore(kr, checkIns)).toMatchObject({ value: 0.9, provenance: 'manual' })
  })

  it('takes the last of same-day check-ins', () => {
    const checkIns = [
      checkIn('a', 'k', '2026-01-30', { value: 20 }),
      checkIn('b', 'k', '2026-01-30', { value: 40 }),
    ]
    expect(resolveKeyResultScore(kr, checkIns).checkInId).toBe('b')
  })

  it('keeps the latest measurement when a later check-in gives only a status', () => {
    const checkIns = [
      checkIn('a', 'k', '2026-01-30', { value: 90 }),
      checkIn('b', 'k', '2026-02-27'),
    ]
    expect(resolveKeyResultScore(kr, checkIns)).toEqual({
      value: 0.9,
      provenance: 'computed',
      checkInId: 'a',
      date: '2026-01-30',
    })
    const statusOnly = [checkIn('b', 'k', '2026-02-27')]
    expect(resolveKeyResultScore(kr, statusOnly)).toEqual({ value: 0.1, provenance: 'computed' })
  })

  it('ignores a check-in value on a milestone', () => {
    const checkIns = [checkIn('a', 'm', '2026-01-30', { value: 1 })]
    expect(resolveKeyResultScore(milestoneKr('m', false), checkIns)).toEqual({
      value: 0,
      provenance: 'computed',
    })
  })

  it('scores milestones from done', () => {
    expect(resolveKeyResultScore(milestoneKr('m', true), [])).toEqual({
      value: 1,
      provenance: 'computed',
    })
  })
})

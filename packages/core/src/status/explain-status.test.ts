import { describe, expect, it } from 'vitest'
import { checkIn, metricKr, milestoneKr, Q1_2026 } from './__fixtures__/builders'
import { explainStatus } from './explain-status'
import { suggestStatus } from './suggest-status'

const HALFWAY = '2026-02-14'
const growth = (current: number) => metricKr('kr', { start: 0, target: 100, current })

describe('explainStatus', () => {
  it('explains pace, and flags a status nobody confirmed this month', () => {
    const suggestion = suggestStatus(growth(45), [], Q1_2026, HALFWAY)
    expect(explainStatus(suggestion)).toBe(
      '45% of the way to the target with 50% of the period gone: on pace. No check-in this month: the team has not confirmed this status.',
    )
    expect(explainStatus(suggestion, { locale: 'zh-CN' })).toBe(
      '已完成目标的 45%,时间已过去 50%:进度正常。本月尚未核查进度:此状态未经团队确认。',
    )
  })

  it('says how far behind pace a KR is', () => {
    const checkIns = [checkIn('other', '2026-02-01')]
    expect(explainStatus(suggestStatus(growth(30), checkIns, Q1_2026, HALFWAY))).toMatch(
      /^30% of the way to the target with 50% of the period gone: a little behind pace\. /,
    )
    expect(explainStatus(suggestStatus(growth(-10), [], Q1_2026, HALFWAY))).toMatch(
      /^-10% of the way to the target with 50% of the period gone: well behind pace\. /,
    )
    expect(explainStatus(suggestStatus(growth(120), [], Q1_2026, '2026-04-01'))).toBe(
      '120% of the way to the target with 100% of the period gone: on pace.',
    )
  })

  it('names the team’s status and what pace alone would say', () => {
    const checkIns = [checkIn('kr', '2026-02-10', { status: 'on-track', value: 10 })]
    const suggestion = suggestStatus(growth(0), checkIns, Q1_2026, HALFWAY)
    expect(explainStatus(suggestion)).toBe(
      'The team reported “On track” on 2026-02-10. By pace alone it would be “Off track”.',
    )
    expect(explainStatus(suggestion, { locale: 'zh-CN' })).toBe(
      '团队在 2026-02-10 的核查中报告为“正常”。仅按进度推算,状态应为“偏离”。',
    )
  })

  it('does not repeat pace when it agrees with the team, and flags an old check-in', () => {
    const checkIns = [checkIn('kr', '2026-01-31', { status: 'on-track', value: 45 })]
    expect(explainStatus(suggestStatus(growth(0), checkIns, Q1_2026, HALFWAY))).toBe(
      'The team reported “On track” on 2026-01-31. No check-in this month yet; the latest is from 2026-01-31.',
    )
    expect(
      explainStatus(suggestStatus(growth(0), checkIns, Q1_2026, HALFWAY), { locale: 'zh-CN' }),
    ).toBe('团队在 2026-01-31 的核查中报告为“正常”。本月尚未核查进度,最近一次核查在 2026-01-31。')
  })

  it('explains milestones', () => {
    const fresh = [checkIn('other', '2026-02-01')]
    const explain = (done: boolean, asOf: string) =>
      explainStatus(suggestStatus(milestoneKr('m', done, '2026-02-28'), fresh, Q1_2026, asOf))
    expect(explain(true, HALFWAY)).toMatch(/^The milestone is done\. /)
    expect(explain(false, HALFWAY)).toMatch(
      /^The milestone is not done yet; it is due 2026-02-28\. /,
    )
    expect(
      explainStatus(
        suggestStatus(milestoneKr('m', false, '2026-02-28'), [], Q1_2026, '2026-04-01'),
      ),
    ).toBe('The milestone is not done and was due 2026-02-28.')
    expect(
      explainStatus(
        suggestStatus(milestoneKr('m', false, '2026-02-28'), [], Q1_2026, '2026-04-01'),
        {
          locale: 'zh-CN',
        },
      ),
    ).toBe('里程碑尚未完成,已超过截止日期 2026-02-28。')
  })

  it('takes a host’s own wording', () => {
    const suggestion = suggestStatus(growth(45), [], Q1_2026, '2026-04-01')
    expect(
      explainStatus(suggestion, {
        messages: { 'pace.far_behind': 'Behind: {progress}/{expected}' },
      }),
    ).toBe('Behind: 45/100')
  })
})

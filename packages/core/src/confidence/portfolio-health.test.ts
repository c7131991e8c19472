import { describe, expect, it } from 'vitest'
import { portfolioHealth } from './portfolio-health'

const codes = (...args: Parameters<typeof portfolioHealth>) =>
  portfolioHealth(...args).findings.map((f) => f.code)

describe('portfolioHealth', () => {
  it('says all 1.0 means the goals were not ambitious enough', () => {
    const health = portfolioHealth([1, 1, 1, 1])
    expect(health.findings).toEqual([
      expect.objectContaining({
        code: 'portfolio_all_met',
        severity: 'warning',
        params: { count: 4 },
      }),
    ])
    expect(health.findings[0]?.message).toContain('Set harder ones next time')
    expect(health.averageScore).toBe(1)
  })

  it('flags a set with no mix of on- and off-track', () => {
    const entries = [0.6, 0.7, 0.8].map((score) => ({ score, status: 'on-track' as const }))
    expect(codes(entries)).toEqual(['portfolio_no_status_mix'])
    expect(portfolioHealth(entries, { locale: 'zh-CN' }).findings[0]?.message).toContain('“正常”')
    expect(
      codes([
        { score: 0.6, status: 'on-track' },
        { score: 0.7, status: 'off-track' },
        { score: 0.8, status: 'on-track' },
      ]),
    ).toEqual([])
  })

  it('flags an average far from 0.7 in either direction', () => {
    expect(codes([0.95, 0.9, 1, 0.92])).toEqual(['portfolio_average_high'])
    expect(codes([0.1, 0.3, 0.2])).toEqual(['portfolio_average_low'])
    expect(codes([0.5, 0.7, 0.9])).toEqual([])
  })

  it('does not judge too few scores, and tolerates missing ones', () => {
    expect(codes([1, 1])).toEqual([])
    const health = portfolioHealth([{ status: 'at-risk' }, 0.5])
    expect(health).toMatchObject({ scored: 1, withStatus: 1, averageScore: 0.5 })
    expect(portfolioHealth([]).averageScore).toBeUndefined()
  })
})

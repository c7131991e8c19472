import { describe, expect, it } from 'vitest'
import { calibrateTarget } from './calibrate-target'

describe('calibrateTarget', () => {
  it('puts 1.0 at the 50/50 outcome and scores the 80/20 one', () => {
    const result = calibrateTarget({ start: 30, fiftyFifty: 50, eightyTwenty: 44 })
    expect(result.success).toBe(true)
    expect(result.data?.target).toBe(50)
    expect(result.data?.eightyTwentyScore).toBeCloseTo(0.7)
    expect(result.data?.consistent).toBe(true)
  })

  it('works for decreasing metrics', () => {
    const result = calibrateTarget({ start: 6, fiftyFifty: 2, eightyTwenty: 3.2 })
    expect(result.data?.eightyTwentyScore).toBeCloseTo(0.7)
  })

  it('flags forecasts that disagree with the play', () => {
    const loose = calibrateTarget({ start: 0, fiftyFifty: 100, eightyTwenty: 40 })
    expect(loose.data).toMatchObject({ consistent: false })
    expect(loose.data?.gap).toBeCloseTo(-0.3)
    const tight = calibrateTarget(
      { start: 0, fiftyFifty: 100, eightyTwenty: 95 },
      { tolerance: 0.3 },
    )
    expect(tight.data?.consistent).toBe(true)
  })

  it('reports inconsistent input as issues', () => {
    expect(calibrateTarget({ start: 5, fiftyFifty: 5, eightyTwenty: 5 }).issues?.[0]).toMatchObject(
      {
        code: 'calibration_no_stretch',
        path: ['fiftyFifty'],
      },
    )
    const beyond = calibrateTarget(
      { start: 0, fiftyFifty: 10, eightyTwenty: 12 },
      { locale: 'zh-CN' },
    )
    expect(beyond.issues?.[0]).toMatchObject({ code: 'calibration_order', path: ['eightyTwenty'] })
    expect(beyond.issues?.[0]?.message).toContain('必须介于')
    expect(
      calibrateTarget({
        start: Number.NaN,
        fiftyFifty: 1,
        eightyTwenty: Number.POSITIVE_INFINITY,
      }).issues?.map((i) => i.path),
    ).toEqual([['start'], ['eightyTwenty']])
  })
})

import { describe, expect, it } from 'vitest'
import { OkrRangeError } from '../errors'
import { assessAmbition } from './assess-ambition'

describe('assessAmbition', () => {
  it('calls a 50/50 aspirational target a fitting stretch that should score about 1.0', () => {
    const result = assessAmbition({ confidence: 0.5, commitment: 'aspirational' })
    expect(result).toMatchObject({
      ambition: 'stretch',
      fits: true,
      adviceKey: 'ambition.aspirational.stretch',
    })
    expect(result.expectedScore).toBeCloseTo(1)
    expect(result.advice).toContain('50%')
  })

  it('calls 80/20 and surer aspirational targets too safe', () => {
    expect(assessAmbition({ confidence: 0.8, commitment: 'aspirational' })).toMatchObject({
      ambition: 'safe',
      fits: false,
    })
    expect(assessAmbition({ confidence: 0.74, commitment: 'aspirational' }).ambition).toBe(
      'stretch',
    )
  })

  it('calls long odds unrealistic', () => {
    expect(assessAmbition({ confidence: 0.29, commitment: 'aspirational' }).ambition).toBe(
      'unrealistic',
    )
    expect(assessAmbition({ confidence: 0.3, commitment: 'aspirational' }).ambition).toBe('stretch')
  })

  it('wants committed targets met in full', () => {
    expect(assessAmbition({ confidence: 0.95, commitment: 'committed' })).toMatchObject({
      ambition: 'safe',
      fits: true,
    })
    expect(assessAmbition({ confidence: 0.8, commitment: 'committed' })).toMatchObject({
      ambition: 'stretch',
      fits: false,
    })
    expect(assessAmbition({ confidence: 0.4, commitment: 'committed' }).ambition).toBe(
      'unrealistic',
    )
  })

  it('takes configured thresholds', () => {
    const options = { thresholds: { aspirational: { safeFrom: 0.9 } } }
    expect(assessAmbition({ confidence: 0.8, commitment: 'aspirational' }, options).ambition).toBe(
      'stretch',
    )
  })

  it('advises in Chinese', () => {
    const { advice } = assessAmbition(
      { confidence: 0.9, commitment: 'aspirational' },
      { locale: 'zh-CN' },
    )
    expect(advice).toContain('过于保守')
    expect(advice).toContain('90%')
  })

  it('refuses confidence outside 0–1', () => {
    expect(() => assessAmbition({ confidence: 2, commitment: 'committed' })).toThrow(OkrRangeError)
  })
})

import { describe, expect, it } from 'vitest'
import { OkrRangeError } from '../errors'
import { GRADE_ANCHORS, gradeLabel, gradeScore } from './grade'

describe('gradeScore', () => {
  it('puts the play anchors in their own bands', () => {
    expect(gradeScore(GRADE_ANCHORS.missed)).toBe('missed')
    expect(gradeScore(GRADE_ANCHORS.close)).toBe('close')
    expect(gradeScore(GRADE_ANCHORS.met)).toBe('met')
  })

  it('grades by the nearest anchor at the default boundaries', () => {
    expect(gradeScore(0)).toBe('missed')
    expect(gradeScore(0.49)).toBe('missed')
    expect(gradeScore(0.5)).toBe('close')
    expect(gradeScore(0.84)).toBe('close')
    expect(gradeScore(0.85)).toBe('met')
  })

  it('takes configured bands', () => {
    expect(gradeScore(0.7, { bands: { met: 0.7 } })).toBe('met')
    expect(gradeScore(0.45, { bands: { close: 0.4 } })).toBe('close')
  })

  it('refuses scores outside 0–1 and inconsistent bands', () => {
    expect(() => gradeScore(1.2)).toThrow(OkrRangeError)
    expect(() => gradeScore(Number.NaN)).toThrow(OkrRangeError)
    expect(() => gradeScore(0.5, { bands: { close: 0.9, met: 0.8 } })).toThrow(/close < met/)
  })
})

describe('gradeLabel', () => {
  it('speaks English and Chinese in the play words', () => {
    expect(gradeLabel('close')).toEqual({ label: 'Close', description: 'We came very close.' })
    expect(gradeLabel('missed', { locale: 'zh-CN' })).toEqual({
      label: '未达到',
      description: '我们没有达到目标。',
    })
    expect(gradeLabel('met', { locale: 'zh-CN' }).description).toContain(
      '也许我们未来应该设定更难的目标',
    )
  })
})

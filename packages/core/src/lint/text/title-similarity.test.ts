import { describe, expect, it } from 'vitest'
import { comparableTitle, titleSimilarity } from './title-similarity'

const similarity = (a: string, b: string) => titleSimilarity(comparableTitle(a), comparableTitle(b))

describe('comparableTitle', () => {
  it('drops case, punctuation, spacing and numbers, and English filler words', () => {
    expect(comparableTitle('Increase NPS to 50!').key).toBe('increase nps #')
    expect(comparableTitle('  increase the NPS   to 60 ').key).toBe('increase nps #')
    expect(comparableTitle('将客户留住率提高到 90%').key).toBe('客户留住率提高#')
    expect(comparableTitle('Ｉｎｃｒｅａｓｅ ＮＰＳ').key).toBe('increase nps')
  })
})

describe('titleSimilarity', () => {
  it('is 1 for the same title and 0 across languages or for empty ones', () => {
    expect(similarity('Grow NPS to 50', 'grow the NPS to 60.')).toBe(1)
    expect(similarity('Grow NPS to 50', '将 NPS 提高到 50')).toBe(0)
    expect(similarity('', '')).toBe(0)
    expect(similarity('!!!', '...')).toBe(0)
  })

  it('measures word overlap in English and character pairs in Chinese', () => {
    expect(similarity('Reduce churn', 'Reduce churn rate')).toBeCloseTo(2 / 3)
    expect(similarity('将客户留住率提高 10%', '将客户满意度提高 10%')).toBeLessThan(0.8)
    expect(
      similarity('新用户 7 日留存率达到 40%', '新用户 7 日留存率达到 45% 以上'),
    ).toBeGreaterThan(0.8)
  })
})

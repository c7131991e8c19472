import { describe, expect, it } from 'vitest'
import { analyzeObjectiveText } from './analyze-objective-text'

describe('analyzeObjectiveText', () => {
  it('reads the play’s example objectives as qualitative', () => {
    for (const title of [
      '提高客户满意度',
      '加快产品开发',
      '扩大市场覆盖面',
      '为未来而构建',
      '成为一家人工智能公司',
      '增加销售收入',
      'Improve customer satisfaction',
      'Win hearts and minds',
    ]) {
      expect(analyzeObjectiveText(title), title).toMatchObject({
        readsLikeMetric: false,
        reasons: [],
      })
    }
  })

  it('finds a target value in any notation, and says which', () => {
    expect(analyzeObjectiveText('Increase revenue by 20%')).toEqual({
      readsLikeMetric: true,
      locale: 'en',
      reasons: ['number:20'],
    })
    expect(analyzeObjectiveText('Keep p99 latency below 300 ms').reasons).toEqual([
      'number:300',
      'threshold:below',
    ])
    expect(analyzeObjectiveText('Move deploys from weekly to daily').reasons).toEqual(['range'])
    expect(analyzeObjectiveText('Grow into a $100M business').readsLikeMetric).toBe(true)
    expect(analyzeObjectiveText('可用性达到 99.99%')).toMatchObject({
      readsLikeMetric: true,
      locale: 'zh-CN',
    })
    expect(analyzeObjectiveText('把客诉率降到千分之一').readsLikeMetric).toBe(true)
  })

  it('does not count years, quarters, names or ranks', () => {
    for (const title of [
      'Make 2026 the year of quality',
      'Make Q3 our best quarter ever',
      'Launch v2 of the platform',
      'Be a top 3 vendor in our category',
      '成为行业前三',
      '让每一位客户都满意',
    ]) {
      expect(analyzeObjectiveText(title).readsLikeMetric, title).toBe(false)
    }
  })

  it('takes an explicit locale', () => {
    expect(analyzeObjectiveText('NPS 60', { locale: 'zh' }).locale).toBe('zh-CN')
  })
})

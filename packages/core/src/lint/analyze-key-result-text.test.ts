import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { analyzeKeyResultText, MAX_ANALYZED_TEXT_LENGTH } from './analyze-key-result-text'

describe('analyzeKeyResultText: the play’s examples', () => {
  it.each([
    ['Create 5 web pages', 'activity', undefined],
    ['创建 5 个网页', 'activity', undefined],
    ['Increase page views by 5%', 'outcome', 'increase'],
    ['页面浏览量增加 5%', 'outcome', 'increase'],
    ['净推荐值 (NPS) 达到 50 或更高', 'outcome', 'reach'],
    ['Achieve an NPS of 50 or higher', 'outcome', 'reach'],
    ['将客户咨询的平均回复时间缩短至 2 小时以内', 'outcome', 'decrease'],
    [
      'Reduce the average response time to customer inquiries to under 2 hours',
      'outcome',
      'decrease',
    ],
    ['到第 4 季度末推出两项新功能', 'activity', undefined],
    ['Launch two new features by the end of Q4', 'activity', undefined],
    ['与五个关键影响者或组织建立合作伙伴关系', 'activity', undefined],
    ['Establish partnerships with five key influencers or organizations', 'activity', undefined],
    ['将客户留住率提高 10%', 'outcome', 'increase'],
    ['将平均缺陷解决时间缩短 25%', 'outcome', 'decrease'],
    ['将自动化测试的百分比提高到 80%', 'outcome', 'increase'],
    ['在目标市场将品牌知名度提高 20%', 'outcome', 'increase'],
  ] as const)('%s → %s', (text, kind, direction) => {
    const analysis = analyzeKeyResultText(text)
    expect(analysis.kind).toBe(kind)
    expect(analysis.measurable).toBe(true)
    expect(analysis.direction).toBe(direction)
  })

  it('names the signals it used', () => {
    expect(analyzeKeyResultText('Create 5 web pages').reasons).toEqual([
      'delivery_verb:create',
      'number:5',
    ])
    expect(analyzeKeyResultText('与五个关键影响者或组织建立合作伙伴关系').reasons).toEqual([
      'delivery_verb:建立',
      'number:五',
    ])
    expect(analyzeKeyResultText('Increase page views by 5%').reasons).toEqual([
      'change_verb:increase',
      'metric:page views',
      'number:5',
    ])
  })
})

describe('analyzeKeyResultText: locale', () => {
  it('detects Chinese from Han characters and English otherwise', () => {
    expect(analyzeKeyResultText('页面浏览量增加 5%').locale).toBe('zh-CN')
    expect(analyzeKeyResultText('Increase page views by 5%').locale).toBe('en')
    expect(analyzeKeyResultText('').locale).toBe('en')
  })

  it('takes an explicit locale as a BCP 47 tag', () => {
    expect(analyzeKeyResultText('Ship it', { locale: 'zh-Hans-CN' }).locale).toBe('zh-CN')
    expect(analyzeKeyResultText('创建 5 个网页', { locale: 'en-GB' }).locale).toBe('en')
  })
})

describe('analyzeKeyResultText: English', () => {
  it('matches inflected delivery verbs', () => {
    for (const text of ['Launched 3 campaigns', 'Shipping 3 features', 'Wrote 4 blog posts']) {
      expect(analyzeKeyResultText(text).kind).toBe('activity')
    }
    expect(analyzeKeyResultText('Hosted 2 webinars').reasons).toContain('delivery_verb:host')
  })

  it('reads a range and takes its direction from the numbers', () => {
    const up = analyzeKeyResultText('Move automated test coverage from 40% to 80%')
    expect(up).toMatchObject({ kind: 'outcome', direction: 'increase' })
    expect(up.reasons).toContain('range')
    expect(analyzeKeyResultText('Improve churn from 5% to 3%').direction).toBe('decrease')
  })

  it('keeps an activity an activity when the number counts the work', () => {
    expect(analyzeKeyResultText('Launch 3 campaigns to increase signups').kind).toBe('activity')
    expect(analyzeKeyResultText('Launch 3 campaigns to lift signups by 10%').kind).toBe('outcome')
  })

  it('reads bounds and bare measures as outcomes', () => {
    expect(analyzeKeyResultText('NPS ≥ 50')).toMatchObject({ kind: 'outcome', direction: 'reach' })
    expect(analyzeKeyResultText('Churn at most 2% a month').kind).toBe('outcome')
    expect(analyzeKeyResultText('99.9% uptime').kind).toBe('outcome')
  })

  it('does not read a measure’s name as work', () => {
    const analysis = analyzeKeyResultText('Annual run rate of $10M')
    expect(analysis.kind).toBe('outcome')
    expect(analysis.reasons).not.toContain('delivery_verb:run')
  })

  it('counts number words and multiplying verbs as numbers', () => {
    expect(analyzeKeyResultText('Double weekly signups')).toMatchObject({
      kind: 'outcome',
      direction: 'increase',
      measurable: true,
    })
    expect(analyzeKeyResultText('Hire a dozen engineers').measurable).toBe(true)
  })

  it('is unclear and not measurable without signals', () => {
    expect(analyzeKeyResultText('Make customers happier')).toEqual({
      kind: 'unclear',
      measurable: false,
      locale: 'en',
      reasons: ['no_number'],
    })
    expect(analyzeKeyResultText('Improve onboarding')).toMatchObject({
      kind: 'outcome',
      measurable: false,
    })
  })
})

describe('analyzeKeyResultText: Chinese', () => {
  it('does not read a measure’s name as work', () => {
    expect(analyzeKeyResultText('任务完成率达到 95%').kind).toBe('outcome')
    expect(analyzeKeyResultText('任务完成率 95%').kind).toBe('outcome')
  })

  it('counts Chinese numerals, but not in words that are no quantity', () => {
    expect(analyzeKeyResultText('二十分钟内回复客户').measurable).toBe(true)
    expect(analyzeKeyResultText('十分重要的客户体验').measurable).toBe(false)
    expect(analyzeKeyResultText('建立统一的设计系统')).toMatchObject({
      kind: 'activity',
      measurable: false,
    })
    expect(analyzeKeyResultText('上线第三方登录').measurable).toBe(false)
  })

  it('reads full-width digits and 翻倍', () => {
    expect(analyzeKeyResultText('创建５个网页').measurable).toBe(true)
    expect(analyzeKeyResultText('收入翻倍')).toMatchObject({
      kind: 'outcome',
      direction: 'increase',
      measurable: true,
    })
  })

  it('reads a range', () => {
    const analysis = analyzeKeyResultText('将测试覆盖率从 40% 提高到 80%')
    expect(analysis).toMatchObject({ kind: 'outcome', direction: 'increase' })
    expect(analysis.reasons).toContain('range')
  })
})

describe('analyzeKeyResultText: any input', () => {
  it('only reads the first characters of a long text', () => {
    const filler = 'x'.repeat(MAX_ANALYZED_TEXT_LENGTH)
    expect(analyzeKeyResultText(`${filler} Create 5 web pages`).kind).toBe('unclear')
  })

  it('stays fast on adversarial input', () => {
    const inputs = [
      'a'.repeat(1_000_000),
      '1,'.repeat(500_000),
      'from 1 '.repeat(100_000),
      '从 1 到'.repeat(100_000),
      'increase '.repeat(100_000),
      '< '.repeat(500_000),
      '一'.repeat(1_000_000),
      '十分'.repeat(500_000),
      ' '.repeat(1_000_000),
    ]
    for (const input of inputs) {
      const started = performance.now()
      analyzeKeyResultText(input)
      expect(performance.now() - started).toBeLessThan(250)
    }
  })

  it('handles lone surrogates, emoji, combining marks and right-to-left text', () => {
    for (const text of [
      '\uD800',
      '\uDFFF launch',
      '🚀 Launch 3 🚀',
      'e\u0301'.repeat(50),
      'زيادة 5%',
    ]) {
      expect(['outcome', 'activity', 'unclear']).toContain(analyzeKeyResultText(text).kind)
    }
  })

  it('returns a well-formed analysis for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.string(), (text, locale) => {
        const analysis = analyzeKeyResultText(text, { locale })
        expect(['outcome', 'activity', 'unclear']).toContain(analysis.kind)
        expect(['en', 'zh-CN']).toContain(analysis.locale)
        expect(analysis.reasons.length).toBeGreaterThan(0)
      }),
    )
  })
})

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
      'work_noun:web page',
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
      // Catastrophic backtracking would take minutes; the margin is for a busy shared machine.
      expect(performance.now() - started).toBeLessThan(2_000)
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

describe('analyzeKeyResultText: numbers in any notation', () => {
  it.each([
    ['Grow ARR to $10M', 'money'],
    ['Cut vendor costs by €300k', 'money'],
    ['新增年度经常性收入 250 万元', 'money'],
    ['Increase NPS by 12 percent', 'percent'],
    ['季度复购率提升 5 个百分点', 'percent'],
    ['小红书笔记阅读量提升三成', 'percent'],
    ['员工满意度提升百分之二十', 'percent'],
    ['Grow pipeline coverage to 3x quota', 'multiple'],
    ['让平台支撑 10 倍流量', 'multiple'],
    ['Reduce onboarding drop-off by a third', 'fraction'],
    ['新手引导流失率降低三分之一', 'fraction'],
    ['Cut p95 latency to 200 ms', 'duration'],
    ['CI 构建时间缩短到 10 分钟以内', 'duration'],
  ])('%s states a quantity (%s)', (text) => {
    const analysis = analyzeKeyResultText(text)
    expect(analysis.measurable).toBe(true)
    expect(analysis.kind).toBe('outcome')
  })

  it('reads Chinese numerals with their value, and number words with theirs', () => {
    expect(analyzeKeyResultText('周活跃用户从四万增长到六万')).toMatchObject({
      kind: 'outcome',
      direction: 'increase',
      measurable: true,
    })
    expect(analyzeKeyResultText('Grow members from two hundred to five hundred').direction).toBe(
      'increase',
    )
    expect(analyzeKeyResultText('Increase weekly active users from 40k to 60k').direction).toBe(
      'increase',
    )
    expect(analyzeKeyResultText('Cut CI build time from 25 minutes to under 10').direction).toBe(
      'decrease',
    )
  })

  it('counts a deadline as measurable, and a milestone with one stays an activity', () => {
    for (const text of [
      'Launch the partner portal by June 30',
      'Migrate billing to Stripe by the end of March',
      'Implement a new expense tool by April',
      'Ship SSO in Q3',
      '6 月 30 日前上线合作伙伴门户',
      '年底前完成数据仓库迁移',
      '9 月底前完成 SOC 2 审计',
    ]) {
      expect(analyzeKeyResultText(text), text).toMatchObject({
        kind: 'activity',
        measurable: true,
      })
      expect(
        analyzeKeyResultText(text).reasons.some((r) => r.startsWith('date:')),
        text,
      ).toBe(true)
    }
  })

  it('does not count numbers inside names, years used as names, or ordinals', () => {
    for (const text of [
      'Achieve ISO 27001 certification',
      'Upgrade all production databases to PostgreSQL 16',
      'Write runbooks for every tier-1 service',
      'Release version 3 of the mobile app',
      'Publish the 2026 security report',
      'Open a second office in Berlin',
      'Fix all P1 bugs',
      '通过 ISO 27001 认证',
      '为所有一级服务编写运维手册',
      '在成都开设第二个仓配中心',
      '上线第三方登录',
    ]) {
      expect(analyzeKeyResultText(text).measurable, text).toBe(false)
    }
  })

  it('reads bounds on both sides of a number, in both languages', () => {
    for (const [text, bound] of [
      ['CSAT of 92% or higher', 'or higher'],
      ['At least 40% of revenue from new products', 'at least'],
      ['Churn below 1.5% per month', 'below'],
      ['NPS of 50+', '+'],
      ['客户满意度 (CSAT) 不低于 92%', '不低于'],
      ['主动离职率控制在 8% 以内', '以内'],
    ] as const) {
      const analysis = analyzeKeyResultText(text)
      expect(analysis.kind, text).toBe('outcome')
      expect(analysis.reasons, text).toContain(`threshold:${bound}`)
    }
  })
})

describe('analyzeKeyResultText: activity or outcome, by what the number counts', () => {
  it.each([
    ['Hold 4 customer workshops', 'activity'],
    ['Publish 12 blog posts', 'activity'],
    ['Five new integrations live in the marketplace', 'activity'],
    ['Sales team makes 50 calls a day', 'activity'],
    ['Interview 15 customers about onboarding', 'activity'],
    ['Complete 80% of the Q3 roadmap', 'activity'],
    ['Improve onboarding by launching 3 video tutorials', 'activity'],
    ['Increase the number of blog posts from 4 to 8 per month', 'activity'],
    ['Achieve ISO 27001 certification', 'activity'],
    ['New onboarding flow live for all users by May 31', 'activity'],
    ['NPS of 50+', 'outcome'],
    ['Launch the new search to 10,000 users', 'outcome'],
    ['Sign 15 new enterprise customers', 'outcome'],
    ['Add 500 paying customers', 'outcome'],
    ['Deliver 99.9% uptime for the payments API', 'outcome'],
    ['30% of new users complete onboarding on their first day', 'outcome'],
    ['Resolve 95% of P1 incidents within 4 hours', 'outcome'],
    ['Increase the number of teams using dashboards to 200', 'outcome'],
    ['Cut median time to merge pull requests to under 4 hours', 'outcome'],
    ['举办 4 场客户工作坊', 'activity'],
    ['应用市场新增 5 个集成', 'activity'],
    ['拜访 50 家重点客户', 'activity'],
    ['通过上线 3 个视频教程改善新手引导', 'activity'],
    ['已解决的帮助台请求单数量达到 1500 张', 'activity'],
    ['新版搜索覆盖 1 万名用户', 'outcome'],
    ['签约 15 家新的企业客户', 'outcome'],
    ['30% 的新用户在首日完成新手引导', 'outcome'],
    ['推出移动应用并获得 5 万次下载', 'outcome'],
    ['实现盈利', 'outcome'],
    ['实现单点登录', 'activity'],
  ])('%s → %s', (text, kind) => {
    expect(analyzeKeyResultText(text).kind).toBe(kind)
  })

  it('does not read what customers do as the team’s work', () => {
    const analysis = analyzeKeyResultText('More than 60% of users enable two-factor authentication')
    expect(analysis.kind).toBe('outcome')
    expect(analyzeKeyResultText('Users complete onboarding faster').kind).not.toBe('activity')
  })

  it('does not read nouns that look like verbs as work', () => {
    for (const text of [
      'Make onboarding simpler',
      'Improve code review turnaround',
      'Raise the share of automated tests to 80%',
      'Increase email open rate to 32%',
      'Reduce time to hire from 52 to 35 days',
    ]) {
      expect(analyzeKeyResultText(text).kind, text).not.toBe('activity')
    }
  })
})

describe('analyzeKeyResultText: output and quality', () => {
  it.each([
    ['Resolve 1,500 help desk tickets', 'output:resolve'],
    ['Close 40 deals in the EMEA region', 'output:deal'],
    ['Make 300 outbound calls per week', 'output:call'],
    ['Launch two new features by the end of Q4', 'output:feature'],
    ['已解决的帮助台请求单数量达到 1500 张', 'output:请求单'],
    ['关闭 200 张工单', 'output:关闭'],
    ['到第 4 季度末推出两项新功能', 'output:功能'],
  ])('%s counts output (%s)', (text, signal) => {
    expect(analyzeKeyResultText(text).reasons).toContain(signal)
  })

  it.each([
    ['Keep reopened tickets below 3%', 'quality:reopened'],
    ['Reduce the number of help desk tickets filed by 15%', 'quality:reduce'],
    ['Resolve 1,500 tickets with CSAT of 90% or more', 'quality:csat'],
    ['重新打开的工单占比低于 3%', 'quality:重新打开'],
    ['客户满意度 (CSAT) 不低于 92%', 'quality:满意度'],
  ])('%s guards quality (%s)', (text, signal) => {
    expect(analyzeKeyResultText(text).reasons).toContain(signal)
  })

  it('does not count a share, a level going down or the counted thing as output or guard', () => {
    expect(
      analyzeKeyResultText('First response time under 1 hour for 95% of tickets').reasons,
    ).not.toContain('output:ticket')
    expect(
      analyzeKeyResultText('Cut the ticket backlog to fewer than 50 open tickets').reasons.some(
        (r) => r.startsWith('output:'),
      ),
    ).toBe(false)
    const fix = analyzeKeyResultText('Fix 120 bugs').reasons
    expect(fix).toContain('output:fix')
    expect(fix.some((r) => r.startsWith('quality:'))).toBe(false)
  })
})

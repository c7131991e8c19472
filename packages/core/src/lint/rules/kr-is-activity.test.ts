import { describe, expect, it } from 'vitest'
import { formatMessage, type MessageKey } from '../../i18n/format'
import { document, keyResult, objective } from '../__fixtures__/documents'
import { lintOkrSet } from '../lint-okr-set'

const lintTitles = (titles: string[], locale?: string) =>
  lintOkrSet(
    document({
      objectives: [
        objective('o1', { keyResults: titles.map((title, i) => keyResult(`kr${i}`, { title })) }),
      ],
    }),
    { locale },
  ).filter((issue) => issue.code === 'kr_is_activity')

describe('kr_is_activity', () => {
  it('warns at the title of key results that describe work', () => {
    const issues = lintTitles([
      'Create 5 web pages',
      'Increase page views by 5%',
      '到第 4 季度末推出两项新功能',
      '与五个关键影响者或组织建立合作伙伴关系',
    ])
    expect(issues.map(({ code, severity, path }) => ({ code, severity, path }))).toEqual([
      {
        code: 'kr_is_activity',
        severity: 'warning',
        path: ['objectives', 0, 'keyResults', 0, 'title'],
      },
      {
        code: 'kr_is_activity',
        severity: 'warning',
        path: ['objectives', 0, 'keyResults', 2, 'title'],
      },
      {
        code: 'kr_is_activity',
        severity: 'warning',
        path: ['objectives', 0, 'keyResults', 3, 'title'],
      },
    ])
    expect(issues.map((issue) => issue.params.verb)).toEqual(['create', '推出', '建立'])
  })

  it('accepts the play’s outcome key results', () => {
    const issues = lintTitles([
      '净推荐值 (NPS) 达到 50 或更高',
      '将客户咨询的平均回复时间缩短至 2 小时以内',
      '将客户留住率提高 10%',
      'Increase page views by 5%',
    ])
    expect(issues).toEqual([])
  })

  it('points to the suggestion in both catalogs', () => {
    const [issue] = lintTitles([
      'Create 5 web pages',
      'Increase page views by 5%',
      'Grow NPS to 50',
    ])
    const key = issue?.params.suggestion as MessageKey
    expect(key).toBe('lint.kr_is_activity.suggestion')
    expect(formatMessage(key)).toContain(
      'what will be different for customers or the business when this is done?',
    )
    expect(formatMessage(key)).toContain('Increase <metric> from X to Y')
    expect(formatMessage(key, {}, { locale: 'zh-CN' })).toContain('客户或业务会有什么不同')
  })

  it('names the verb in the message, in either locale', () => {
    const titles = ['Create 5 web pages', 'Increase page views by 5%', 'Grow NPS to 50']
    expect(lintTitles(titles)[0]?.message).toContain('“create”')
    expect(lintTitles(titles, 'zh-CN')[0]?.message).toBe(
      '此关键成果描述的是活动(“create”),而不是成果。KR 是衡量工作的标准,而不是工作本身。',
    )
  })
})

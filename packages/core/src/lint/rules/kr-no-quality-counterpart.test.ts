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
  ).filter((issue) => issue.code === 'kr_no_quality_counterpart')

describe('kr_no_quality_counterpart', () => {
  it('informs at an output key result whose objective guards no quality', () => {
    const issues = lintTitles([
      'Resolve 1,500 help desk tickets',
      'Answer 2,000 customer chats',
      'Increase the self-service resolution rate to 40%',
    ])
    expect(issues).toMatchObject([
      {
        severity: 'info',
        path: ['objectives', 0, 'keyResults', 0, 'title'],
        params: {
          keyResultId: 'kr0',
          output: 'resolve',
          suggestion: 'lint.kr_no_quality_counterpart.suggestion',
        },
      },
      { path: ['objectives', 0, 'keyResults', 1, 'title'], params: { output: 'answer' } },
    ])
    expect(issues[0]?.message).toContain('“resolve”')
    expect(formatMessage(issues[0]?.params.suggestion as MessageKey)).toContain('reopened')
  })

  it('is satisfied by a key result that guards quality', () => {
    for (const guard of [
      'Keep reopened tickets below 3%',
      'Reduce the number of help desk tickets filed by 15%',
      'CSAT of 92% or higher',
    ]) {
      expect(lintTitles(['Resolve 1,500 help desk tickets', guard]), guard).toEqual([])
    }
    expect(lintTitles(['Resolve 1,500 tickets with CSAT of 90% or more'])).toEqual([])
  })

  it('works in Chinese, as the play puts it', () => {
    const issues = lintTitles(
      ['已解决的帮助台请求单数量达到 1500 张', '到第 4 季度末推出两项新功能'],
      'zh-CN',
    )
    expect(issues.map((issue) => issue.params.output)).toEqual(['请求单', '功能'])
    expect(issues[0]?.message).toContain('产出')
    expect(
      lintTitles(['已解决的帮助台请求单数量达到 1500 张', '提交的帮助台请求单数量减少 15%']),
    ).toEqual([])
    expect(lintTitles(['关闭 200 张工单', '重新打开的工单占比低于 3%'])).toEqual([])
    expect(
      formatMessage('lint.kr_no_quality_counterpart.suggestion', {}, { locale: 'zh-CN' }),
    ).toContain('重新打开')
  })

  it('leaves key results that count no output alone', () => {
    expect(
      lintTitles([
        'Increase page views by 5%',
        'Publish 12 blog posts',
        'Cut the ticket backlog to fewer than 50 open tickets',
        '页面浏览量增加 5%',
      ]),
    ).toEqual([])
  })
})

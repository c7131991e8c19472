import { describe, expect, it } from 'vitest'
import { formatMessage, type MessageKey } from '../../i18n/format'
import { document, objective } from '../__fixtures__/documents'
import { lintOkrSet } from '../lint-okr-set'

const lintTitle = (title: string, locale?: string) =>
  lintOkrSet(document({ objectives: [objective('o1', { title })] }), { locale }).filter(
    (issue) => issue.code === 'objective_reads_like_metric',
  )

describe('objective_reads_like_metric', () => {
  it.each([
    ['Increase revenue by 20%', 'number:20'],
    ['NPS of 60', 'number:60'],
    ['Double our pipeline', 'number:double'],
    ['Reduce churn to under 3%', 'number:3'],
    ['Improve conversion rate from 2% to 3%', 'number:2'],
    ['收入增长 20%', 'number:20'],
    ['月活跃用户突破 100 万', 'number:100'],
    ['基础设施成本降低三分之一', 'number:三'],
    ['销售线索翻倍', 'number:翻倍'],
  ])('warns at the title of “%s”', (title, signal) => {
    const issues = lintTitle(title)
    expect(issues).toMatchObject([
      {
        severity: 'warning',
        path: ['objectives', 0, 'title'],
        params: {
          objectiveId: 'o1',
          signal,
          suggestion: 'lint.objective_reads_like_metric.suggestion',
        },
      },
    ])
  })

  it.each([
    'Improve customer satisfaction',
    'Increase sales revenue',
    'Make 2026 the year of quality',
    'Be the number one choice for independent retailers',
    'Double down on enterprise',
    'Launch v2 of the platform',
    'Delight customers in area 7',
    '提高客户满意度',
    '增加销售收入',
    '成为一家人工智能公司',
    '打造一流的客服团队',
    '让 2026 年成为质量之年',
    '成为独立零售商的第一选择',
  ])('accepts the qualitative objective “%s”', (title) => {
    expect(lintTitle(title)).toEqual([])
  })

  it('says so in both languages, with advice', () => {
    const [english] = lintTitle('Increase revenue by 20%')
    const [chinese] = lintTitle('收入增长 20%', 'zh-CN')
    expect(english?.message).toContain('qualitative')
    expect(chinese?.message).toContain('定性')
    const key = english?.params.suggestion as MessageKey
    expect(formatMessage(key)).toContain('Increase NPS from 30 to 50')
    expect(formatMessage(key, {}, { locale: 'zh-CN' })).toContain('让企业客户惊喜')
  })
})

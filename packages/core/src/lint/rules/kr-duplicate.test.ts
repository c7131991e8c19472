import { describe, expect, it } from 'vitest'
import { document, keyResult, objective } from '../__fixtures__/documents'
import { lintOkrSet } from '../lint-okr-set'

const duplicates = (titles: string[], locale?: string) =>
  lintOkrSet(
    document({
      objectives: [
        objective('o1', { keyResults: titles.map((title, i) => keyResult(`kr${i}`, { title })) }),
      ],
    }),
    { locale },
  ).filter((issue) => issue.code === 'kr_duplicate')

describe('kr_duplicate', () => {
  it('warns at the later of two titles that differ only in case, spacing, punctuation, numbers', () => {
    const issues = duplicates([
      'Reduce churn to 2%',
      'Grow weekly active users by 10%',
      'reduce  churn to 3 %!',
    ])
    expect(issues).toMatchObject([
      {
        severity: 'warning',
        path: ['objectives', 0, 'keyResults', 2, 'title'],
        params: {
          keyResultId: 'kr2',
          duplicateOfId: 'kr0',
          duplicateOfTitle: 'Reduce churn to 2%',
          similarity: 1,
        },
      },
    ])
    expect(issues[0]?.message).toContain('“Reduce churn to 2%”')
  })

  it('finds near-duplicates by words in English and by character pairs in Chinese', () => {
    expect(
      duplicates([
        'Increase the weekly active users of the mobile app to 50,000',
        'Increase weekly active users of our mobile app to 60,000',
        'Cut the error rate in checkout by half',
      ]),
    ).toHaveLength(1)
    const chinese = duplicates(
      ['将客户留住率提高 10%', '净推荐值 (NPS) 达到 50 或更高', '把客户留住率提高到 90%'],
      'zh-CN',
    )
    expect(chinese).toMatchObject([{ path: ['objectives', 0, 'keyResults', 2, 'title'] }])
    expect(chinese[0]?.message).toContain('重复')
  })

  it('accepts different key results, and compares only within one objective', () => {
    expect(
      duplicates([
        'Reduce churn to 2%',
        'Reduce time to first value to 10 minutes',
        'Increase NPS to 50',
      ]),
    ).toEqual([])
    expect(
      duplicates(['将客户留住率提高 10%', '将客户满意度提高 10%', '缩短客户回复时间']),
    ).toEqual([])
    const doc = document({
      objectives: [
        objective('o1', { keyResults: [keyResult('a', { title: 'Reduce churn to 2%' })] }),
        objective('o2', { keyResults: [keyResult('b', { title: 'Reduce churn to 2%' })] }),
      ],
    })
    expect(lintOkrSet(doc).filter((issue) => issue.code === 'kr_duplicate')).toEqual([])
  })

  it('reports each key result once and leaves empty titles alone', () => {
    const issues = duplicates(['Reduce churn', 'Reduce churn', 'Reduce churn', '', ''])
    expect(issues.map((issue) => issue.params.keyResultId)).toEqual(['kr1', 'kr2'])
    expect(issues.map((issue) => issue.params.duplicateOfId)).toEqual(['kr0', 'kr0'])
  })

  it('stays fast on an objective with a hundred long key results', () => {
    const titles = Array.from(
      { length: 100 },
      (_, i) => `Increase metric number ${'x'.repeat(i)} across ${'region '.repeat(60)} ${i}`,
    )
    const started = performance.now()
    duplicates(titles)
    // A guard against blow-ups, with room for a shared machine running other suites.
    expect(performance.now() - started).toBeLessThan(2_000)
  })
})

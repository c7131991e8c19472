import { describe, expect, it } from 'vitest'
import { document, keyResult, objective } from '../__fixtures__/documents'
import { lintOkrSet } from '../lint-okr-set'

const krs = (count: number, prefix = 'kr') =>
  Array.from({ length: count }, (_, i) => keyResult(`${prefix}${i}`))

describe('objective_count', () => {
  it('accepts one to three objectives per team and period', () => {
    for (const count of [1, 2, 3]) {
      const objectives = Array.from({ length: count }, (_, i) => objective(`o${i}`))
      const issues = lintOkrSet(document({ objectives }))
      expect(issues.filter((issue) => issue.code === 'objective_count')).toEqual([])
    }
  })

  it('warns at the first objective of a team with more than three in a period', () => {
    const doc = document({
      objectives: [
        objective('a'),
        objective('other-team', { teamId: 't2' }),
        objective('b'),
        objective('c'),
        objective('next-quarter', { periodId: 'q2' }),
        objective('d'),
      ],
    })
    const issues = lintOkrSet(doc).filter((issue) => issue.code === 'objective_count')
    expect(issues).toHaveLength(1)
    expect(issues[0]).toMatchObject({
      severity: 'warning',
      path: ['objectives', 0],
      params: { teamId: 't1', periodId: 'q1', count: 4, min: 1, max: 3 },
    })
    expect(issues[0]?.message).toContain('4')
  })

  it('groups objectives without a team together', () => {
    const noTeam = (id: string) => objective(id, { teamId: undefined })
    const doc = document({
      objectives: [objective('t1'), noTeam('a'), noTeam('b'), noTeam('c'), noTeam('d')],
    })
    const issues = lintOkrSet(doc).filter((issue) => issue.code === 'objective_count')
    expect(issues.map((issue) => issue.path)).toEqual([['objectives', 1]])
    expect(issues[0]?.params).toMatchObject({ teamId: undefined, count: 4 })
  })

  it('reports a document without objectives at `objectives`', () => {
    const issues = lintOkrSet(document())
    expect(issues.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: 'objective_count', path: ['objectives'] },
    ])
    expect(issues[0]?.params.count).toBe(0)
  })

  it('speaks the play’s language in Chinese', () => {
    const [issue] = lintOkrSet(document(), { locale: 'zh-CN' })
    expect(issue?.message).toBe(
      '该团队在此时间段有 0 个目标。请确定 1 至 3 个目标,让团队专注于最重要的事项。',
    )
  })
})

describe('kr_count', () => {
  it('accepts three to five key results', () => {
    for (const count of [3, 4, 5]) {
      const doc = document({ objectives: [objective('o1', { keyResults: krs(count) })] })
      expect(lintOkrSet(doc)).toEqual([])
    }
  })

  it.each([0, 2, 6])('warns at `keyResults` of an objective with %i', (count) => {
    const doc = document({
      objectives: [objective('fine'), objective('o1', { keyResults: krs(count) })],
    })
    const issues = lintOkrSet(doc)
    expect(issues).toHaveLength(1)
    expect(issues[0]).toMatchObject({
      code: 'kr_count',
      severity: 'warning',
      path: ['objectives', 1, 'keyResults'],
      params: { objectiveId: 'o1', count, min: 3, max: 5 },
    })
  })

  it('localises the message', () => {
    const doc = document({ objectives: [objective('o1', { keyResults: krs(6) })] })
    expect(lintOkrSet(doc, { locale: 'zh' })[0]?.message).toBe(
      '此目标有 6 项关键成果。请为每个目标设定 3 至 5 项关键成果。',
    )
    expect(lintOkrSet(doc)[0]?.message).toBe(
      'This objective has 6 key results. Set 3 to 5 key results for each objective.',
    )
  })
})

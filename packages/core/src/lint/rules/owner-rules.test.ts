import { describe, expect, it } from 'vitest'
import { document, keyResult, objective } from '../__fixtures__/documents'
import { lintOkrSet } from '../lint-okr-set'

const withKeyResults = (...keyResults: ReturnType<typeof keyResult>[]) =>
  document({ objectives: [objective('o1', { keyResults })] })

describe('kr_missing_owner', () => {
  it('warns at the `ownerId` of a key result without one', () => {
    const doc = withKeyResults(
      keyResult('a'),
      keyResult('b', { ownerId: undefined }),
      keyResult('c'),
    )
    const issues = lintOkrSet(doc)
    expect(issues).toHaveLength(1)
    expect(issues[0]).toMatchObject({
      code: 'kr_missing_owner',
      severity: 'warning',
      path: ['objectives', 0, 'keyResults', 1, 'ownerId'],
      params: { keyResultId: 'b' },
    })
    expect(lintOkrSet(doc, { locale: 'zh-CN' })[0]?.message).toContain('负责人')
  })

  it('accepts owned key results', () => {
    expect(lintOkrSet(withKeyResults(keyResult('a'), keyResult('b'), keyResult('c')))).toEqual([])
  })
})

describe('kr_unknown_owner', () => {
  it('warns when the owner is not among the people', () => {
    const doc = withKeyResults(keyResult('a'), keyResult('b'), keyResult('c', { ownerId: 'ghost' }))
    const issues = lintOkrSet(doc)
    expect(issues).toHaveLength(1)
    expect(issues[0]).toMatchObject({
      code: 'kr_unknown_owner',
      severity: 'warning',
      path: ['objectives', 0, 'keyResults', 2, 'ownerId'],
      params: { keyResultId: 'c', ownerId: 'ghost' },
    })
  })

  it('accepts an owner from another team', () => {
    const doc = withKeyResults(keyResult('a'), keyResult('b'), keyResult('c', { ownerId: 'p2' }))
    expect(lintOkrSet(doc)).toEqual([])
  })
})

describe('objective_unknown_owner', () => {
  it('warns at the objective’s `ownerId`', () => {
    const doc = document({ objectives: [objective('o1', { ownerId: 'ghost' })] })
    expect(lintOkrSet(doc)).toMatchObject([
      {
        code: 'objective_unknown_owner',
        severity: 'warning',
        path: ['objectives', 0, 'ownerId'],
        params: { objectiveId: 'o1', ownerId: 'ghost' },
      },
    ])
  })

  it('accepts a known owner or none', () => {
    const doc = document({ objectives: [objective('o1', { ownerId: 'p1' }), objective('o2')] })
    expect(lintOkrSet(doc)).toEqual([])
  })
})

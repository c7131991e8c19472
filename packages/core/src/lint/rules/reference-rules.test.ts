import { describe, expect, it } from 'vitest'
import { document, objective } from '../__fixtures__/documents'
import { lintOkrSet } from '../lint-okr-set'

describe('objective_unknown_team', () => {
  it('warns at the objective’s `teamId`', () => {
    const doc = document({ objectives: [objective('o1', { teamId: 'ghosts' })] })
    expect(lintOkrSet(doc)).toMatchObject([
      {
        code: 'objective_unknown_team',
        severity: 'warning',
        path: ['objectives', 0, 'teamId'],
        params: { objectiveId: 'o1', teamId: 'ghosts' },
      },
    ])
  })

  it('accepts a known team or none', () => {
    const doc = document({
      objectives: [objective('o1'), objective('o2', { teamId: undefined })],
    })
    expect(lintOkrSet(doc)).toEqual([])
  })
})

describe('objective_unknown_period', () => {
  it('is an error at the objective’s `periodId`', () => {
    const doc = document({ objectives: [objective('o1', { periodId: '2030-q9' })] })
    const issues = lintOkrSet(doc)
    expect(issues).toMatchObject([
      {
        code: 'objective_unknown_period',
        severity: 'error',
        path: ['objectives', 0, 'periodId'],
        params: { objectiveId: 'o1', periodId: '2030-q9' },
      },
    ])
    expect(lintOkrSet(doc, { locale: 'zh-CN' })[0]?.message).toBe(
      '此目标的时间段“2030-q9”不在文档的时间段中。',
    )
  })
})

describe('objective_unknown_parent', () => {
  it('is information at the objective’s `parentId`: the parent may live elsewhere', () => {
    const doc = document({ objectives: [objective('o1', { parentId: 'company-2026' })] })
    expect(lintOkrSet(doc)).toMatchObject([
      {
        code: 'objective_unknown_parent',
        severity: 'info',
        path: ['objectives', 0, 'parentId'],
        params: { objectiveId: 'o1', parentId: 'company-2026' },
      },
    ])
  })

  it('accepts a parent in the document, also outside the linted scope', () => {
    const doc = document({
      objectives: [
        objective('company', { teamId: 't2' }),
        objective('team', { parentId: 'company' }),
      ],
    })
    expect(lintOkrSet(doc)).toEqual([])
    expect(lintOkrSet(doc, { teamId: 't1' })).toEqual([])
  })
})

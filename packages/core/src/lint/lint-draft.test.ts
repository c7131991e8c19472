import { describe, expect, it } from 'vitest'
import type { KeyResult } from '../model/key-result'
import { checkIn, document, keyResult, milestone, objective } from './__fixtures__/documents'
import { lintKeyResult, lintObjective } from './lint-draft'
import { lintOkrSet } from './lint-okr-set'

const USERS = 'Increase weekly active users by 10%'

const codes = (issues: { code: string; path: (string | number)[] }[]) =>
  issues.map((issue) => `${issue.code}@${issue.path.join('.')}`)

describe('lintKeyResult', () => {
  it('lints a draft on its own, with paths relative to it, in the asked locale', () => {
    const draft = milestone('draft', 'Create 5 web pages', { ownerId: undefined })
    expect(codes(lintKeyResult(draft))).toEqual([
      'kr_is_activity@title',
      'kr_missing_owner@ownerId',
    ])
    const [chinese] = lintKeyResult({ ...draft, title: '创建 5 个网页' }, { locale: 'zh-CN' })
    expect(chinese?.message).toContain('活动')
    expect(codes(lintKeyResult({ ...draft, title: 'Improve onboarding', ownerId: 'p1' }))).toEqual([
      'kr_not_measurable@',
    ])
  })

  it('compares with its siblings when given its objective', () => {
    const home = objective('o1', {
      keyResults: [keyResult('a', { title: 'Reduce churn to 2%' }), keyResult('b'), keyResult('c')],
    })
    const copy = keyResult('new', { title: 'Reduce churn to 3%' })
    expect(codes(lintKeyResult(copy))).toEqual([])
    expect(lintKeyResult(copy, { objective: home })).toMatchObject([
      { code: 'kr_duplicate', path: ['title'], params: { duplicateOfId: 'a' } },
    ])
    // Editing a key result in place replaces it: no duplicate of itself.
    expect(
      lintKeyResult({ ...home.keyResults[0], title: 'Reduce churn to 1%' } as KeyResult, {
        objective: home,
      }),
    ).toEqual([])
    // 'Reduce churn' guards quality; a growth objective does not.
    const output = keyResult('out', { title: 'Resolve 1,500 help desk tickets' })
    expect(codes(lintKeyResult(output, { objective: home }))).toEqual(['kr_is_activity@title'])
    const growth = objective('o2', { keyResults: [keyResult('g', { title: USERS })] })
    expect(codes(lintKeyResult(output, { objective: growth }))).toEqual([
      'kr_is_activity@title',
      'kr_no_quality_counterpart@title',
    ])
    expect(codes(lintKeyResult(output))).toEqual(['kr_is_activity@title'])
  })

  it('checks references only against a document, and finds its objective there', () => {
    const stranger = keyResult('a', { ownerId: 'ghost' })
    expect(codes(lintKeyResult(stranger))).toEqual([])
    const doc = document({
      objectives: [
        objective('o1', {
          keyResults: [keyResult('a'), keyResult('b', { title: 'Reduce churn to 2%' })],
        }),
      ],
    })
    expect(codes(lintKeyResult(stranger, { document: doc }))).toEqual(['kr_unknown_owner@ownerId'])
    const copy = keyResult('a', { title: 'Reduce churn to 5%' })
    expect(codes(lintKeyResult(copy, { document: doc }))).toEqual([])
    expect(
      codes(lintKeyResult(keyResult('z', { title: 'Reduce churn to 5%' }), { document: doc })),
    ).toEqual([])
    const later = keyResult('c', { title: 'Reduce churn to 5%' })
    const withC = {
      ...doc,
      objectives: [
        { ...doc.objectives[0], keyResults: [...(doc.objectives[0]?.keyResults ?? []), later] },
      ],
    } as typeof doc
    expect(codes(lintKeyResult(later, { document: withC }))).toEqual(['kr_duplicate@title'])
  })

  it('honours rule settings', () => {
    const draft = milestone('draft', 'Create 5 web pages')
    expect(lintKeyResult(draft, { rules: { kr_is_activity: 'off' } })).toEqual([])
    expect(lintKeyResult(draft, { rules: { kr_is_activity: 'error' } })[0]?.severity).toBe('error')
  })
})

describe('lintObjective', () => {
  it('lints a draft objective and its key results, paths relative to it', () => {
    const draft = objective('draft', {
      title: 'Increase revenue by 20%',
      keyResults: [keyResult('a', { title: USERS }), milestone('b', 'Launch two new features')],
    })
    expect(codes(lintObjective(draft))).toEqual([
      'objective_reads_like_metric@title',
      'kr_count@keyResults',
      'kr_is_activity@keyResults.1.title',
      'kr_no_quality_counterpart@keyResults.1.title',
    ])
  })

  it('checks references and check-ins only against a document', () => {
    const draft = objective('o9', { teamId: 'nowhere' })
    expect(codes(lintObjective(draft))).toEqual([])
    expect(codes(lintObjective(draft, { document: document() }))).toEqual([
      'objective_unknown_team@teamId',
    ])
    const doc = document({
      objectives: [objective('o1')],
      checkIns: ['o1-kr1', 'o1-kr2', 'o1-kr3'].map((id) =>
        checkIn(`c-${id}`, id, '2026-02-28', { confidence: 0.95 }),
      ),
    })
    expect(codes(lintObjective(doc.objectives[0] as never, { document: doc }))).toEqual([
      'set_too_safe@',
    ])
  })
})

describe('lintOkrSet: one objective or one key result', () => {
  const doc = document({
    objectives: [
      objective('o1', {
        title: 'Increase revenue by 20%',
        keyResults: [
          keyResult('a', { title: USERS }),
          milestone('b', 'Launch two new features'),
          keyResult('c', { title: 'Grow net revenue by 5%' }),
        ],
      }),
      objective('o2', { keyResults: [milestone('d', 'Write the docs')] }),
    ],
    checkIns: [checkIn('c1', 'b', '2027-01-01'), checkIn('c2', 'd', '2027-01-01')],
  })

  it('lints one objective with document paths, set-level rules silent', () => {
    expect(codes(lintOkrSet(doc, { objectiveId: 'o1' }))).toEqual([
      'objective_reads_like_metric@objectives.0.title',
      'kr_is_activity@objectives.0.keyResults.1.title',
      'kr_no_quality_counterpart@objectives.0.keyResults.1.title',
      'checkin_outside_period@checkIns.0.date',
    ])
  })

  it('lints one key result with document paths', () => {
    expect(codes(lintOkrSet(doc, { keyResultId: 'b' }))).toEqual([
      'kr_is_activity@objectives.0.keyResults.1.title',
      'kr_no_quality_counterpart@objectives.0.keyResults.1.title',
      'checkin_outside_period@checkIns.0.date',
    ])
    expect(codes(lintOkrSet(doc, { keyResultId: 'a' }))).toEqual([])
  })

  it('finds nothing for an id that is not there, or not in the other scope', () => {
    expect(lintOkrSet(doc, { objectiveId: 'ghost' })).toEqual([])
    expect(lintOkrSet(doc, { keyResultId: 'ghost' })).toEqual([])
    expect(lintOkrSet(doc, { keyResultId: 'd', objectiveId: 'o1' })).toEqual([])
    expect(lintOkrSet(doc, { objectiveId: 'o1', teamId: 't2' })).toEqual([])
  })
})

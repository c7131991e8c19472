import type { OkrDocument, OkrIssue } from '@okrkit/core'
import { describe, expect, it } from 'vitest'
import {
  collectObjectiveIssues,
  compareEditorPaths,
  fieldOfPath,
  groupIssuesByField,
  highestSeverity,
  issuesUnder,
} from './editor-issues'

const issue = (path: OkrIssue['path'], code = 'x'): OkrIssue => ({
  code,
  severity: 'warning',
  path,
  message: code,
  params: {},
})

const doc = (objectives: OkrDocument['objectives']): OkrDocument => ({
  schemaVersion: 1,
  periods: [{ id: 'q1', label: 'Q1', kind: 'quarter', start: '2026-01-01', end: '2026-03-31' }],
  teams: [{ id: 't1', name: 'T1' }],
  people: [{ id: 'p1', name: 'P1' }],
  objectives,
  checkIns: [],
  retrospectives: [],
})

const objective = (id: string, extra: Partial<OkrDocument['objectives'][number]> = {}) => ({
  id,
  periodId: 'q1',
  teamId: 't1',
  title: 'Delight our customers',
  level: 'team' as const,
  commitment: 'aspirational' as const,
  keyResults: ['users', 'revenue', 'retention'].map((k) => ({
    id: `${id}-${k}`,
    title: `Increase weekly ${k} by 10%`,
    ownerId: 'p1',
    weight: 1,
    measure: { type: 'metric' as const, start: 1, target: 2 },
  })),
  ...extra,
})

describe('fieldOfPath', () => {
  const fields = ['title', 'measure', 'measure.target']
  it.each([
    [['measure', 'target'], 'measure.target'],
    [['measure', 'type'], 'measure'],
    [['measure'], 'measure'],
    [['title', 0], 'title'],
    [['meta', 'x'], 'root'],
    [[], 'root'],
    [[3, 'title'], 'root'],
  ])('puts %j at %s', (path, field) => {
    expect(fieldOfPath(path, fields)).toBe(field)
  })
})

describe('issue helpers', () => {
  it('takes the issues under a prefix with relative paths', () => {
    const issues = [
      issue(['keyResults', 1, 'title']),
      issue(['keyResults', 10]),
      issue(['keyResults']),
    ]
    expect(issuesUnder(issues, ['keyResults', 1]).map((i) => i.path)).toEqual([['title']])
  })

  it('groups by field with an entry for every field', () => {
    const groups = groupIssuesByField([issue(['title']), issue(['other'])], ['title', 'weight'])
    expect([...groups.keys()]).toEqual(['root', 'title', 'weight'])
    expect(groups.get('root')?.map((i) => i.path)).toEqual([['other']])
  })

  it('finds the worst severity', () => {
    expect(
      highestSeverity([{ severity: 'info' }, { severity: 'error' }, { severity: 'warning' }]),
    ).toBe('error')
    expect(highestSeverity([])).toBeUndefined()
  })

  it('orders paths as the editors show them', () => {
    const paths = [
      ['objectives', 1],
      ['objectives', 0, 'keyResults', 0, 'weight'],
      ['checkIns', 0, 'date'],
      ['objectives', 0, 'keyResults', 0, 'measure', 'target'],
      ['objectives', 0, 'title'],
      ['objectives'],
    ]
    expect([...paths].sort(compareEditorPaths)).toEqual([
      ['objectives'],
      ['objectives', 0, 'title'],
      ['objectives', 0, 'keyResults', 0, 'measure', 'target'],
      ['objectives', 0, 'keyResults', 0, 'weight'],
      ['objectives', 1],
      ['checkIns', 0, 'date'],
    ])
  })
})

describe('collectObjectiveIssues', () => {
  it('merges schema and lint findings for the objectives asked about, one per code and place', () => {
    const d = doc([
      objective('o1', { title: ' ' }),
      objective('o2', { title: '' }),
      objective('o3'),
    ])
    const o3 = d.objectives[2]
    if (o3?.keyResults[0]?.measure.type === 'metric') o3.keyResults[0].measure.target = 1
    const found = collectObjectiveIssues(d, [0, 2], {})
    expect(found.map(({ code, path }) => `${code}@${path.join('.')}`)).toEqual([
      'too_short@objectives.0.title',
      // Core reports target = start both as a parse and a lint issue: shown once.
      'kr_target_equals_start@objectives.2.keyResults.0.measure.target',
    ])
  })
})

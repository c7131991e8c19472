import { describe, expect, it } from 'vitest'
import { checkIn, document, metricKr, objective } from '../__fixtures__/factory'
import { rollUp } from './roll-up'

const kr = (id: string, current: number, weight = 1) =>
  metricKr(id, 0, 10, { weight, measure: { type: 'metric', start: 0, target: 10, current } })

describe('rollUp', () => {
  it('scores KRs with provenance, objectives from their KRs and subtrees from all KRs under them', () => {
    const doc = document({
      objectives: [
        objective('company', [kr('c1', 10)], { level: 'company' }),
        objective('team', [kr('t1', 5), kr('t2', 0, 3)], { parentId: 'company' }),
        objective('person', [kr('p1', 2)], { level: 'individual', parentId: 'team' }),
      ],
      checkIns: [checkIn('x', 't2', '2026-02-01', { score: 0.4 })],
    })
    const result = rollUp(doc)
    expect(result.keyResults.get('c1')).toEqual({ value: 1, provenance: 'computed' })
    expect(result.keyResults.get('t2')).toMatchObject({
      value: 0.4,
      provenance: 'manual',
      checkInId: 'x',
    })

    const team = result.objectives.get('team')
    expect(team?.score).toEqual({ value: (0.5 + 0.4 * 3) / 4, provenance: 'rolled-up' })
    expect(team?.treeScore?.value).toBeCloseTo((0.5 + 1.2 + 0.2) / 5)
    expect(result.objectives.get('company')?.treeScore?.value).toBeCloseTo(
      (1 + 0.5 + 1.2 + 0.2) / 6,
    )
    expect(result.objectives.get('person')).toMatchObject({
      depth: 2,
      parentId: 'team',
      childIds: [],
    })
    expect(result.objectives.get('company')?.childIds).toEqual(['team'])
    expect(result.rootIds).toEqual(['company'])
    expect(result.cycles).toEqual([])
    expect(result.orphans).toEqual([])
  })

  it('honours asOf', () => {
    const doc = document({
      objectives: [objective('o', [kr('k', 0)])],
      checkIns: [
        checkIn('a', 'k', '2026-01-30', { value: 3 }),
        checkIn('b', 'k', '2026-02-27', { value: 6 }),
      ],
    })
    expect(rollUp(doc, { asOf: '2026-02-01' }).keyResults.get('k')?.value).toBeCloseTo(0.3)
    expect(rollUp(doc).keyResults.get('k')?.value).toBeCloseTo(0.6)
  })

  it('reports parents missing from the document and treats those objectives as roots', () => {
    const doc = document({ objectives: [objective('o', [kr('k', 1)], { parentId: 'elsewhere' })] })
    const result = rollUp(doc)
    expect(result.orphans).toEqual([{ objectiveId: 'o', parentId: 'elsewhere' }])
    expect(result.rootIds).toEqual(['o'])
    expect(result.objectives.get('o')?.parentId).toBeUndefined()
  })

  it('reports a cycle once, treats its members as roots and keeps what hangs off it', () => {
    const doc = document({
      objectives: [
        objective('a', [kr('ka', 2)], { parentId: 'c' }),
        objective('b', [kr('kb', 4)], { parentId: 'a' }),
        objective('c', [kr('kc', 6)], { parentId: 'b' }),
        objective('leaf', [kr('kl', 8)], { parentId: 'b' }),
        objective('self', [kr('ks', 1)], { parentId: 'self' }),
      ],
    })
    const result = rollUp(doc)
    expect(result.cycles).toHaveLength(2)
    expect(new Set(result.cycles[0])).toEqual(new Set(['a', 'b', 'c']))
    expect(result.cycles[1]).toEqual(['self'])
    expect(result.rootIds).toEqual(['a', 'b', 'c', 'self'])
    expect(result.objectives.get('b')?.childIds).toEqual(['leaf'])
    expect(result.objectives.get('b')?.treeScore?.value).toBeCloseTo(0.6)
  })

  it('leaves objectives without weighted KRs unscored rather than 0', () => {
    const doc = document({
      objectives: [objective('empty', []), objective('child', [kr('k', 5)], { parentId: 'empty' })],
    })
    const result = rollUp(doc)
    expect(result.objectives.get('empty')?.score).toBeUndefined()
    expect(result.objectives.get('empty')?.treeScore?.value).toBe(0.5)
  })

  it('handles a 10,000-deep alignment chain without recursion', () => {
    const objectives = Array.from({ length: 10_000 }, (_, i) =>
      objective(`o${i}`, [kr(`k${i}`, i % 10)], i > 0 ? { parentId: `o${i - 1}` } : {}),
    )
    const result = rollUp(document({ objectives }))
    expect(result.objectives.get('o9999')?.depth).toBe(9_999)
    expect(result.rootIds).toEqual(['o0'])
    expect(result.objectives.get('o0')?.treeScore?.value).toBeCloseTo(0.45)
  })
})

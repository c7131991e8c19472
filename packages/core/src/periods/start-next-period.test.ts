import { describe, expect, it, vi } from 'vitest'
import { OkrError, OkrRangeError } from '../errors'
import type { OkrDocument } from '../model/document'
import { okrDocumentSchema } from '../model/document'
import type { KeyResult } from '../model/key-result'
import type { Objective } from '../model/objective'
import type { Period } from '../model/period'
import {
  checkIn,
  deepFreeze,
  metricKr,
  milestoneKr,
  Q1_2026,
} from '../status/__fixtures__/builders'
import { startNextPeriod } from './start-next-period'

const Q2_2026: Period = {
  id: '2026-Q2',
  label: 'Q2 2026',
  kind: 'quarter',
  start: '2026-04-01',
  end: '2026-06-30',
}
const YEAR_2026: Period = {
  id: '2026',
  label: '2026',
  kind: 'year',
  start: '2026-01-01',
  end: '2026-12-31',
}

function objective(
  id: string,
  keyResults: KeyResult[],
  fields: Partial<Objective> = {},
): Objective {
  return {
    id,
    periodId: Q1_2026.id,
    title: `Objective ${id}`,
    level: 'team',
    commitment: 'aspirational',
    keyResults,
    ...fields,
  }
}

function buildDocument(): OkrDocument {
  return {
    schemaVersion: 1,
    periods: [YEAR_2026, Q1_2026],
    teams: [{ id: 'team' }].map(({ id }) => ({ id, name: 'Team' })),
    people: [],
    objectives: [
      objective('year', [metricKr('y1', { start: 0, target: 10 })], {
        periodId: YEAR_2026.id,
        level: 'company',
      }),
      objective(
        'company',
        [
          metricKr('met', { start: 0, target: 100 }),
          metricKr('growth', { start: 0, target: 100, unit: '%' }, { ownerId: 'ann', weight: 2 }),
          milestoneKr('shipped', true),
        ],
        { level: 'company', parentId: 'year', description: 'Grow', teamId: 'team' },
      ),
      objective(
        'team',
        [
          metricKr('churn', { start: 120, target: 60, current: 90 }),
          milestoneKr('launch', false, '2026-03-15'),
          milestoneKr('audit', false, '2026-05-15'),
          metricKr('judged', { start: 0, target: 10 }),
        ],
        { parentId: 'company', meta: { jira: 'OKR-1' } },
      ),
      objective('done', [metricKr('selfScored', { start: 0, target: 100 })], {
        parentId: 'company',
      }),
      objective('child-of-done', [metricKr('fresh', { start: 5, target: 50 })], {
        parentId: 'done',
        meta: { okrkit: { carriedFrom: { objectiveId: 'q4', periodId: '2025-Q4' }, pinned: true } },
      }),
      objective(
        'edges',
        [
          metricKr('over', { start: 0, target: 100 }),
          metricKr('backwards', { start: 50, target: 100 }, { meta: { source: 'bi' } }),
          metricKr('cutAtTarget', { start: 120, target: 60 }),
        ],
        { parentId: 'elsewhere' },
      ),
      objective('empty', []),
      objective('old', [metricKr('q4kr', { start: 0, target: 1 })], { periodId: '2025-Q4' }),
    ],
    checkIns: [
      checkIn('met', '2026-03-31', { value: 100 }),
      checkIn('growth', '2026-02-28', { value: 60 }),
      checkIn('growth', '2026-01-31', { value: 40 }),
      checkIn('growth', '2026-03-31', { status: 'at-risk' }),
      checkIn('judged', '2026-03-31', { value: 10, score: 0.9 }),
      checkIn('selfScored', '2026-03-31', { value: 50, score: 1 }),
      checkIn('over', '2026-03-31', { value: 120, score: 0.8 }),
      checkIn('backwards', '2026-03-31', { value: 40 }),
      checkIn('cutAtTarget', '2026-03-31', { value: 60, score: 0.9 }),
    ],
    retrospectives: [],
  }
}

function counter() {
  let n = 0
  return vi.fn((entity: 'objective' | 'keyResult') => `${entity}-${++n}`)
}

describe('startNextPeriod', () => {
  it('carries only unfinished objectives and key results, with new ids and remapped parents', () => {
    const doc = deepFreeze(buildDocument())
    const snapshot = structuredClone(doc)
    const createId = counter()
    const next = startNextPeriod(doc, Q1_2026.id, Q2_2026, { createId })

    expect(doc).toEqual(snapshot)
    expect(next).not.toBe(doc)
    expect(next.periods).toEqual([YEAR_2026, Q1_2026, Q2_2026])
    expect(next.objectives.slice(0, doc.objectives.length)).toEqual(doc.objectives)
    expect(next.checkIns).toEqual(doc.checkIns)
    expect(next.retrospectives).toEqual([])
    expect(okrDocumentSchema.safeParse(next).success).toBe(true)

    const from = (keyResultId: string) => ({
      okrkit: { carriedFrom: { keyResultId, periodId: '2026-Q1' } },
    })
    expect(next.objectives.slice(doc.objectives.length)).toEqual([
      {
        id: 'objective-1',
        periodId: '2026-Q2',
        title: 'Objective company',
        description: 'Grow',
        teamId: 'team',
        level: 'company',
        commitment: 'aspirational',
        // The yearly parent was not carried: the link stays.
        parentId: 'year',
        keyResults: [
          {
            id: 'keyResult-5',
            title: 'KR growth',
            ownerId: 'ann',
            weight: 2,
            measure: { type: 'metric', start: 60, target: 100, unit: '%' },
            meta: from('growth'),
          },
        ],
        meta: { okrkit: { carriedFrom: { objectiveId: 'company', periodId: '2026-Q1' } } },
      },
      {
        id: 'objective-2',
        periodId: '2026-Q2',
        title: 'Objective team',
        level: 'team',
        commitment: 'aspirational',
        parentId: 'objective-1',
        keyResults: [
          {
            id: 'keyResult-6',
            title: 'KR churn',
            weight: 1,
            measure: { type: 'metric', start: 90, target: 60 },
            meta: from('churn'),
          },
          {
            id: 'keyResult-7',
            title: 'KR launch',
            weight: 1,
            measure: { type: 'milestone', done: false },
            meta: from('launch'),
          },
          {
            id: 'keyResult-8',
            title: 'KR audit',
            weight: 1,
            measure: { type: 'milestone', done: false, due: '2026-05-15' },
            meta: from('audit'),
          },
          {
            id: 'keyResult-9',
            title: 'KR judged',
            weight: 1,
            // Scored 0.9 by the team at its target: rebasing would make start === target.
            measure: { type: 'metric', start: 0, target: 10 },
            meta: from('judged'),
          },
        ],
        meta: {
          jira: 'OKR-1',
          okrkit: { carriedFrom: { objectiveId: 'team', periodId: '2026-Q1' } },
        },
      },
      {
        id: 'objective-3',
        periodId: '2026-Q2',
        title: 'Objective child-of-done',
        level: 'team',
        commitment: 'aspirational',
        // 'done' scored 1 and stayed behind.
        parentId: 'done',
        keyResults: [
          {
            id: 'keyResult-10',
            title: 'KR fresh',
            weight: 1,
            measure: { type: 'metric', start: 5, target: 50 },
            meta: from('fresh'),
          },
        ],
        meta: {
          okrkit: {
            carriedFrom: { objectiveId: 'child-of-done', periodId: '2026-Q1' },
            pinned: true,
          },
        },
      },
      {
        id: 'objective-4',
        periodId: '2026-Q2',
        title: 'Objective edges',
        level: 'team',
        commitment: 'aspirational',
        parentId: 'elsewhere',
        keyResults: [
          {
            id: 'keyResult-11',
            title: 'KR over',
            weight: 1,
            // Beyond the target yet scored 0.8: starting at 120 would reverse the KR.
            measure: { type: 'metric', start: 0, target: 100 },
            meta: from('over'),
          },
          {
            id: 'keyResult-12',
            title: 'KR backwards',
            weight: 1,
            measure: { type: 'metric', start: 40, target: 100 },
            meta: { source: 'bi', ...from('backwards') },
          },
          {
            id: 'keyResult-13',
            title: 'KR cutAtTarget',
            weight: 1,
            measure: { type: 'metric', start: 120, target: 60 },
            meta: from('cutAtTarget'),
          },
        ],
        meta: { okrkit: { carriedFrom: { objectiveId: 'edges', periodId: '2026-Q1' } } },
      },
    ])
    expect(createId.mock.calls.map(([entity]) => entity)).toEqual([
      'objective',
      'objective',
      'objective',
      'objective',
      ...Array(9).fill('keyResult'),
    ])
  })

  it('never carries a metric with start === target or a reversed direction', () => {
    const doc = deepFreeze(buildDocument())
    const next = startNextPeriod(doc, Q1_2026.id, Q2_2026, { createId: counter() })
    const original = new Map(doc.objectives.flatMap((o) => o.keyResults).map((kr) => [kr.id, kr]))
    const carried = next.objectives
      .filter((o) => o.periodId === Q2_2026.id)
      .flatMap((o) => o.keyResults)
    const metrics = carried.filter((kr) => kr.measure.type === 'metric')
    expect(metrics).toHaveLength(7)
    for (const kr of metrics) {
      if (kr.measure.type !== 'metric') continue
      const from = (kr.meta?.okrkit as { carriedFrom: { keyResultId: string } } | undefined)
        ?.carriedFrom ?? { keyResultId: '' }
      const source = original.get(from.keyResultId)?.measure
      if (source?.type !== 'metric') throw new Error('carried metric without a metric source')
      expect(kr.measure.start).not.toBe(kr.measure.target)
      expect(Math.sign(kr.measure.target - kr.measure.start)).toBe(
        Math.sign(source.target - source.start),
      )
      expect('current' in kr.measure).toBe(false)
    }
  })

  it('keeps an existing period with the next period’s id instead of adding it again', () => {
    const base = buildDocument()
    const doc = deepFreeze({ ...base, periods: [...base.periods, Q2_2026] })
    const next = startNextPeriod(
      doc,
      Q1_2026.id,
      { ...Q2_2026, label: 'ignored' },
      {
        createId: counter(),
      },
    )
    expect(next.periods).toEqual([YEAR_2026, Q1_2026, Q2_2026])
    expect(next.objectives.filter((o) => o.periodId === Q2_2026.id)).toHaveLength(4)
  })

  it('carries from any period of the document', () => {
    const base = buildDocument()
    const doc = deepFreeze({ ...base, objectives: base.objectives.slice(0, 1) })
    const next = startNextPeriod(doc, YEAR_2026.id, Q2_2026, { createId: counter() })
    // y1 has no check-in and no current: it scores 0 and is carried from its start.
    expect(next.objectives.map((o) => [o.id, o.periodId])).toEqual([
      ['year', '2026'],
      ['objective-1', '2026-Q2'],
    ])
    expect(next.objectives[1]?.keyResults[0]?.measure).toEqual({
      type: 'metric',
      start: 0,
      target: 10,
    })
  })

  it('carries nothing when every key result scores 1, but still adds the period', () => {
    const base = buildDocument()
    const finished = base.objectives.filter((o) => o.id === 'done' || o.id === 'empty')
    const doc = deepFreeze({ ...base, objectives: finished })
    const next = startNextPeriod(doc, Q1_2026.id, Q2_2026, { createId: counter() })
    expect(next.objectives).toEqual(finished)
    expect(next.periods).toEqual([YEAR_2026, Q1_2026, Q2_2026])
  })

  it('creates UUIDs by default', () => {
    const next = startNextPeriod(deepFreeze(buildDocument()), Q1_2026.id, Q2_2026)
    const carried = next.objectives.filter((o) => o.periodId === Q2_2026.id)
    const ids = [
      ...carried.map((o) => o.id),
      ...carried.flatMap((o) => o.keyResults.map((kr) => kr.id)),
    ]
    expect(ids).toHaveLength(13)
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(new Set(ids).size).toBe(13)
  })

  it('throws OkrError for an unknown or identical period', () => {
    const doc = deepFreeze(buildDocument())
    expect(() => startNextPeriod(doc, '2030-Q1', Q2_2026)).toThrow(OkrError)
    try {
      startNextPeriod(doc, '2030-Q1', Q2_2026)
    } catch (error) {
      expect((error as OkrError).code).toBe('unknown_period')
    }
    try {
      startNextPeriod(doc, Q1_2026.id, { ...Q2_2026, id: Q1_2026.id })
      expect.unreachable()
    } catch (error) {
      expect((error as OkrError).code).toBe('same_period')
    }
  })

  it('throws OkrRangeError for a next period with invalid dates', () => {
    const doc = deepFreeze(buildDocument())
    expect(() =>
      startNextPeriod(doc, Q1_2026.id, { ...Q2_2026, start: '2026-07-01', end: '2026-06-30' }),
    ).toThrow(OkrRangeError)
  })
})

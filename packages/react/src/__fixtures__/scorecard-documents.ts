// Small documents for the scorecard and alignment tree tests: only what a test states matters.
import type { CheckIn, KeyResult, Objective, OkrDocument, Period } from '@okrkit/core'

export const Q1: Period = {
  id: '2026-Q1',
  label: '2026 Q1',
  kind: 'quarter',
  start: '2026-01-01',
  end: '2026-03-31',
}

export const Q2: Period = {
  id: '2026-Q2',
  label: '2026 Q2',
  kind: 'quarter',
  start: '2026-04-01',
  end: '2026-06-30',
}

/** A metric key result from `start` to `target`, owned by `p1` unless told otherwise. */
export function metricKr(
  id: string,
  start: number,
  target: number,
  extra: Partial<KeyResult> & { current?: number; unit?: string } = {},
): KeyResult {
  const { current, unit, ...rest } = extra
  return {
    id,
    title: `KR ${id}`,
    ownerId: 'p1',
    weight: 1,
    measure: {
      type: 'metric',
      start,
      target,
      ...(unit !== undefined && { unit }),
      ...(current !== undefined && { current }),
    },
    ...rest,
  }
}

export function milestoneKr(
  id: string,
  done: boolean,
  extra: Partial<KeyResult> & { due?: string } = {},
): KeyResult {
  const { due, ...rest } = extra
  return {
    id,
    title: `KR ${id}`,
    ownerId: 'p1',
    weight: 1,
    measure: { type: 'milestone', done, ...(due !== undefined && { due }) },
    ...rest,
  }
}

export function objective(
  id: string,
  keyResults: KeyResult[],
  extra: Partial<Objective> = {},
): Objective {
  return {
    id,
    periodId: Q1.id,
    title: `Objective ${id}`,
    level: 'team',
    commitment: 'aspirational',
    teamId: 't1',
    ownerId: 'p1',
    keyResults,
    ...extra,
  }
}

export function checkIn(keyResultId: string, date: string, extra: Partial<CheckIn> = {}): CheckIn {
  return {
    id: `ci-${keyResultId}-${date}`,
    keyResultId,
    date,
    status: 'on-track',
    update: { what: '', why: '', soWhat: '' },
    headwinds: [],
    tailwinds: [],
    decisions: [],
    risks: [],
    learnings: [],
    ...extra,
  }
}

/** One quarter, two teams, two people, and what the test adds. */
export function document(extra: Partial<OkrDocument> = {}): OkrDocument {
  return {
    schemaVersion: 1,
    periods: [Q1],
    teams: [
      { id: 't1', name: 'Team one' },
      { id: 't2', name: 'Team two' },
    ],
    people: [
      { id: 'p1', name: 'Pat One', teamId: 't1' },
      { id: 'p2', name: 'Sam Two', teamId: 't2' },
    ],
    objectives: [],
    checkIns: [],
    retrospectives: [],
    ...extra,
  }
}

/**
 * A large board: `objectiveCount` objectives of `keyResultCount` metric KRs each, spread over
 * five teams, each KR with two monthly check-ins.
 */
export function largeDocument(objectiveCount = 200, keyResultCount = 5): OkrDocument {
  const teams = Array.from({ length: 5 }, (_, i) => ({ id: `t${i}`, name: `Team ${i}` }))
  const people = Array.from({ length: 20 }, (_, i) => ({
    id: `p${i}`,
    name: `Person ${i}`,
    teamId: `t${i % 5}`,
  }))
  const objectives: Objective[] = []
  const checkIns: CheckIn[] = []
  for (let o = 0; o < objectiveCount; o++) {
    const keyResults: KeyResult[] = []
    for (let k = 0; k < keyResultCount; k++) {
      const id = `kr-${o}-${k}`
      keyResults.push(
        metricKr(id, 0, 100, { current: (o * 7 + k * 13) % 100, ownerId: `p${(o + k) % 20}` }),
      )
      checkIns.push(
        checkIn(id, '2026-01-30', { value: (o + k * 3) % 50, status: 'on-track' }),
        checkIn(id, '2026-02-27', {
          value: (o * 7 + k * 13) % 100,
          status: k % 3 === 0 ? 'at-risk' : 'on-track',
        }),
      )
    }
    objectives.push(
      objective(`obj-${o}`, keyResults, {
        title: `Objective ${o}`,
        teamId: `t${o % 5}`,
        ownerId: `p${o % 20}`,
      }),
    )
  }
  return document({ teams, people, objectives, checkIns })
}

import type { CheckIn } from '../model/check-in'
import type { OkrDocument } from '../model/document'
import type { KeyResult } from '../model/key-result'
import type { Objective } from '../model/objective'

/** A metric key result with the given start and target. */
export function metricKr(
  id: string,
  start: number,
  target: number,
  extra: Partial<KeyResult> = {},
): KeyResult {
  return {
    id,
    title: `KR ${id}`,
    ownerId: 'p1',
    weight: 1,
    measure: { type: 'metric', start, target },
    ...extra,
  }
}

/** A milestone key result. */
export function milestoneKr(id: string, done: boolean, extra: Partial<KeyResult> = {}): KeyResult {
  return {
    id,
    title: `KR ${id}`,
    ownerId: 'p1',
    weight: 1,
    measure: { type: 'milestone', done },
    ...extra,
  }
}

export function objective(
  id: string,
  keyResults: KeyResult[],
  extra: Partial<Objective> = {},
): Objective {
  return {
    id,
    periodId: 'q1',
    title: `Objective ${id}`,
    level: 'team',
    commitment: 'aspirational',
    teamId: 't1',
    keyResults,
    ...extra,
  }
}

export function checkIn(
  id: string,
  keyResultId: string,
  date: string,
  extra: Partial<CheckIn> = {},
): CheckIn {
  return {
    id,
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

/** A small valid document: one quarter, one team, one person, and what the test adds. */
export function document(extra: Partial<OkrDocument> = {}): OkrDocument {
  return {
    schemaVersion: 1,
    periods: [
      { id: 'q1', label: 'Q1 2026', kind: 'quarter', start: '2026-01-01', end: '2026-03-31' },
    ],
    teams: [{ id: 't1', name: 'Team one' }],
    people: [{ id: 'p1', name: 'Ada', teamId: 't1' }],
    objectives: [],
    checkIns: [],
    retrospectives: [],
    ...extra,
  }
}

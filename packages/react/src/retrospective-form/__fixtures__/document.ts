import type { CheckIn, OkrDocument, Period } from '@okrkit/core'

// Shared by the retrospective form's jsdom, browser and SSR tests.

export const q1: Period = {
  id: '2026-Q1',
  label: 'Q1 2026',
  kind: 'quarter',
  start: '2026-01-01',
  end: '2026-03-31',
}

const notes = {
  update: { what: '', why: '', soWhat: '' },
  headwinds: [],
  tailwinds: [],
  decisions: [],
  risks: [],
  learnings: [],
}

const csatMarch: CheckIn = {
  id: 'c-csat-mar',
  keyResultId: 'kr-csat',
  date: '2026-03-27',
  value: 4.5,
  score: 0.7,
  status: 'on-track',
  ...notes,
}
// After the period's end: the final score must not come from it.
const csatApril: CheckIn = { ...csatMarch, id: 'c-csat-apr', date: '2026-04-03', score: 1 }

/**
 * Q1 with two teams: support (response time scored from its measure: 0.5; CSAT scored 0.7 by
 * the team in March) and engineering (a milestone not done: 0), plus a Q2 objective.
 */
export const document: OkrDocument = {
  schemaVersion: 1,
  periods: [q1, { ...q1, id: '2026-Q2', label: 'Q2 2026', start: '2026-04-01', end: '2026-06-30' }],
  teams: [
    { id: 't-support', name: 'Customer Support' },
    { id: 't-eng', name: 'Product Engineering' },
  ],
  people: [],
  objectives: [
    {
      id: 'o-support',
      periodId: '2026-Q1',
      title: 'Every customer feels heard, fast',
      teamId: 't-support',
      level: 'team',
      commitment: 'committed',
      keyResults: [
        {
          id: 'kr-response',
          title: 'Cut the median first response time from 6 hours to 2',
          weight: 1,
          measure: { type: 'metric', start: 6, target: 2, unit: 'h', current: 4 },
        },
        {
          id: 'kr-csat',
          title: 'Raise customer satisfaction from 4.2 to 4.6',
          weight: 1,
          measure: { type: 'metric', start: 4.2, target: 4.6, current: 4.3 },
        },
      ],
    },
    {
      id: 'o-eng',
      periodId: '2026-Q1',
      title: 'Work offline',
      teamId: 't-eng',
      level: 'team',
      commitment: 'aspirational',
      keyResults: [
        {
          id: 'kr-offline',
          title: 'Offline mode live on iOS and Android',
          weight: 1,
          measure: { type: 'milestone', done: false, due: '2026-03-20' },
        },
      ],
    },
    {
      id: 'o-q2',
      periodId: '2026-Q2',
      title: 'Next quarter',
      level: 'team',
      commitment: 'aspirational',
      keyResults: [],
    },
  ],
  checkIns: [csatMarch, csatApril],
  retrospectives: [],
}

/** The final scores the form prefills for Q1, in document order. */
export const prefilled = [
  { keyResultId: 'kr-response', score: 0.5 },
  { keyResultId: 'kr-csat', score: 0.7 },
  { keyResultId: 'kr-offline', score: 0 },
]

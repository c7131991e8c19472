import { checkIn } from '../../__fixtures__/factory'
import type { CheckIn } from '../../model/check-in'
import type { OkrDocument } from '../../model/document'
import type { KeyResult } from '../../model/key-result'
import type { Objective } from '../../model/objective'

/** Outcome titles that lint clean and differ from each other (no `kr_duplicate`). */
export const CLEAN_TITLES = [
  'Increase weekly active users by 10%',
  'Reduce average response time to under 2 hours',
  'Raise customer retention from 80% to 90%',
  'Grow net revenue retention to 115%',
  'Cut the error rate in checkout by half',
  '将客户留住率提高 10%',
  '净推荐值 (NPS) 达到 50 或更高',
] as const

/** A clean title picked by id, so sibling key results (`a`, `b`, `o1-kr1`, `o1-kr2` …) differ. */
function titleFor(id: string): string {
  let sum = 0
  for (const char of id) sum += char.charCodeAt(0)
  return CLEAN_TITLES[sum % CLEAN_TITLES.length] as string
}

/** A metric key result that lints clean: an owned, measurable outcome. */
export function keyResult(id: string, extra: Partial<KeyResult> = {}): KeyResult {
  return {
    id,
    title: titleFor(id),
    ownerId: 'p1',
    weight: 1,
    measure: { type: 'metric', start: 100, target: 110 },
    ...extra,
  }
}

/** A milestone key result with the given title (no due date unless given). */
export function milestone(id: string, title: string, extra: Partial<KeyResult> = {}): KeyResult {
  return { ...keyResult(id), title, measure: { type: 'milestone', done: false }, ...extra }
}

/** An objective of team t1 in q1 with three clean key results `<id>-kr1` … `<id>-kr3`. */
export function objective(id: string, extra: Partial<Objective> = {}): Objective {
  return {
    id,
    periodId: 'q1',
    teamId: 't1',
    title: `Delight our customers (${id})`,
    level: 'team',
    commitment: 'aspirational',
    keyResults: [1, 2, 3].map((n) => keyResult(`${id}-kr${n}`)),
    ...extra,
  }
}

// Check-ins are the same in every test; lint's documents differ in their objectives and teams.
export { checkIn }

/** Q1 and Q2 2026, teams t1 and t2, people p1 and p2, and what the test adds. */
export function document(extra: Partial<OkrDocument> = {}): OkrDocument {
  return {
    schemaVersion: 1,
    periods: [
      { id: 'q1', label: 'Q1 2026', kind: 'quarter', start: '2026-01-01', end: '2026-03-31' },
      { id: 'q2', label: 'Q2 2026', kind: 'quarter', start: '2026-04-01', end: '2026-06-30' },
    ],
    teams: [
      { id: 't1', name: 'Growth' },
      { id: 't2', name: 'Platform' },
    ],
    people: [
      { id: 'p1', name: 'Ada', teamId: 't1' },
      { id: 'p2', name: 'Lin', teamId: 't2' },
    ],
    objectives: [],
    checkIns: [],
    retrospectives: [],
    ...extra,
  }
}

/** A document every rule passes: one objective per team in q1, a check-in inside the quarter. */
export function healthyDocument(): OkrDocument {
  return document({
    objectives: [objective('o1'), objective('o2', { teamId: 't2', ownerId: 'p2' })],
    checkIns: [checkIn('c1', 'o1-kr1', '2026-01-31'), checkIn('c2', 'o2-kr3', '2026-03-31')],
  })
}

const LARGE_TITLES = [
  'Reduce average response time by 10%',
  '将客户留住率提高 6%',
  'Grow net revenue retention to 115%',
  '将平均缺陷解决时间缩短 25%',
  'Cut the error rate in checkout by half',
]

/**
 * A clean document with `keyResultCount` key results: objectives of five KRs, three per team,
 * each aligned to the previous team's first objective, one check-in per key result.
 */
export function largeDocument(keyResultCount: number): OkrDocument {
  const objectiveCount = Math.ceil(keyResultCount / 5)
  const teamCount = Math.ceil(objectiveCount / 3)
  const objectives: Objective[] = []
  const checkIns: CheckIn[] = []
  for (let o = 0; o < objectiveCount; o++) {
    const team = Math.floor(o / 3)
    const keyResults = [0, 1, 2, 3, 4].map((k) =>
      keyResult(`o${o}-kr${k}`, {
        title: LARGE_TITLES[k] as string,
        ownerId: `p${team}`,
      }),
    )
    for (const kr of keyResults) checkIns.push(checkIn(`c-${kr.id}`, kr.id, '2026-02-28'))
    objectives.push(
      objective(`o${o}`, {
        teamId: `t${team}`,
        keyResults,
        ...(team > 0 && { parentId: `o${(team - 1) * 3}` }),
      }),
    )
  }
  return document({
    teams: Array.from({ length: teamCount }, (_, t) => ({ id: `t${t}`, name: `Team ${t}` })),
    people: Array.from({ length: teamCount }, (_, t) => ({ id: `p${t}`, name: `Person ${t}` })),
    objectives,
    checkIns,
  })
}

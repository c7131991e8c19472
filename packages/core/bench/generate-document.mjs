// A realistic document of a given size: 5 KRs per objective, objectives aligned three levels
// deep across teams, monthly check-ins for a quarter. Deterministic for a given size.

const MONTH_ENDS = ['2026-01-30', '2026-02-27', '2026-03-27']
const VERBS = ['Increase', 'Reduce', 'Raise', 'Grow', 'Cut']
const METRICS = ['weekly active users', 'median response time', 'NPS', 'churn', 'conversion rate']

/** @param {number} keyResultCount */
export function generateDocument(keyResultCount) {
  const objectiveCount = Math.ceil(keyResultCount / 5)
  const teamCount = Math.max(1, Math.ceil(objectiveCount / 3))
  const teams = Array.from({ length: teamCount }, (_, t) => ({
    id: `team-${t}`,
    name: `Team ${t}`,
    ...(t > 0 && { parentId: `team-${Math.floor((t - 1) / 4)}` }),
  }))
  const people = Array.from({ length: teamCount * 2 }, (_, p) => ({
    id: `person-${p}`,
    name: `Person ${p}`,
    teamId: `team-${p >> 1}`,
  }))
  const objectives = []
  const checkIns = []
  let kr = 0
  for (let o = 0; o < objectiveCount; o++) {
    const level = o === 0 ? 'company' : o < 1 + teamCount ? 'team' : 'individual'
    const keyResults = []
    for (let k = 0; k < 5 && kr < keyResultCount; k++, kr++) {
      const start = (kr % 50) * 2
      const target = k % 2 === 0 ? start + 40 : Math.max(0, start - 20) + (start === 0 ? 10 : 0)
      const id = `kr-${kr}`
      keyResults.push({
        id,
        title: `${VERBS[k]} ${METRICS[(o + k) % METRICS.length]} from ${start} to ${target}`,
        ownerId: `person-${(o * 5 + k) % people.length}`,
        weight: 1,
        measure: { type: 'metric', start, target, unit: '%' },
      })
      MONTH_ENDS.forEach((date, m) => {
        checkIns.push({
          id: `ci-${kr}-${m}`,
          keyResultId: id,
          date,
          value: start + ((target - start) * (m + 1)) / 4,
          status: (kr + m) % 5 === 0 ? 'off-track' : (kr + m) % 3 === 0 ? 'at-risk' : 'on-track',
          confidence: 0.5 + ((kr + m) % 5) / 10,
          update: { what: `Month ${m + 1} progress`, why: 'Steady work', soWhat: 'Keep going' },
          headwinds: [],
          tailwinds: [],
          decisions: [],
          risks: [],
          learnings: [],
        })
      })
    }
    objectives.push({
      id: `objective-${o}`,
      periodId: '2026-Q1',
      title: `Delight customers in area ${o}`,
      teamId: `team-${o % teamCount}`,
      level,
      ...(o > 0 && { parentId: `objective-${Math.floor((o - 1) / 3)}` }),
      commitment: o % 4 === 0 ? 'committed' : 'aspirational',
      keyResults,
    })
  }
  return {
    schemaVersion: 1,
    periods: [
      { id: '2026-Q1', label: 'Q1 2026', kind: 'quarter', start: '2026-01-01', end: '2026-03-31' },
    ],
    teams,
    people,
    objectives,
    checkIns,
    retrospectives: [],
  }
}

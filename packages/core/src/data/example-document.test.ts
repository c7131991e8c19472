import { describe, expect, it } from 'vitest'
import { lintOkrSet } from '../lint/lint-okr-set'
import { CHECK_IN_STATUSES } from '../model/check-in'
import { type OkrDocument, okrDocumentSchema } from '../model/document'
import type { KeyResult } from '../model/key-result'
import { parseOkrDocument } from '../parse/parse-okr-document'
import { rollUp } from '../scoring/roll-up'
import { exampleDocument, exampleDocumentZhCN } from './example-document'

const documents: [string, OkrDocument][] = [
  ['en', exampleDocument],
  ['zh-CN', exampleDocumentZhCN],
]

const keyResultsOf = (doc: OkrDocument): KeyResult[] =>
  doc.objectives.flatMap((objective) => objective.keyResults)

/** Replaces every string with a placeholder, to compare structure apart from the language. */
function shape(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value), (_key, v) => (typeof v === 'string' ? 's' : v))
}

describe.each(documents)('example document (%s)', (_locale, doc) => {
  it('parses with the document schema, unchanged', () => {
    const result = okrDocumentSchema.safeParse(doc)
    expect(result.error).toBeUndefined()
    // Equal after parsing: every defaulted field (weights, note lists, updates) is written out.
    expect(result.data).toStrictEqual(doc)
  })

  it('round-trips through JSON', () => {
    expect(JSON.parse(JSON.stringify(doc))).toStrictEqual(doc)
  })

  it('covers one quarter, three teams and 5–8 people', () => {
    expect(doc.periods).toEqual([
      expect.objectContaining({ kind: 'quarter', start: '2026-01-01', end: '2026-03-31' }),
    ])
    expect(doc.teams).toHaveLength(3)
    const roots = doc.teams.filter((team) => team.parentId === undefined)
    expect(roots).toHaveLength(1)
    const teamIds = new Set(doc.teams.map((team) => team.id))
    for (const team of doc.teams) if (team.parentId) expect(teamIds.has(team.parentId)).toBe(true)
    expect(doc.people.length).toBeGreaterThanOrEqual(5)
    expect(doc.people.length).toBeLessThanOrEqual(8)
    for (const person of doc.people) expect(teamIds.has(person.teamId ?? '')).toBe(true)
  })

  it('gives every team 1–3 objectives for the period', () => {
    for (const period of doc.periods) {
      for (const team of doc.teams) {
        const count = doc.objectives.filter(
          (objective) => objective.teamId === team.id && objective.periodId === period.id,
        ).length
        expect(count, team.id).toBeGreaterThanOrEqual(1)
        expect(count, team.id).toBeLessThanOrEqual(3)
      }
    }
  })

  it('gives every objective 3–5 key results, each owned by a person in the document', () => {
    const people = new Set(doc.people.map((person) => person.id))
    for (const objective of doc.objectives) {
      expect(objective.keyResults.length, objective.id).toBeGreaterThanOrEqual(3)
      expect(objective.keyResults.length, objective.id).toBeLessThanOrEqual(5)
      for (const kr of objective.keyResults) expect(people.has(kr.ownerId ?? ''), kr.id).toBe(true)
      if (objective.ownerId) expect(people.has(objective.ownerId)).toBe(true)
    }
  })

  it('has unique ids across objectives, key results, check-ins', () => {
    const ids = [
      ...doc.objectives.map((objective) => objective.id),
      ...keyResultsOf(doc).map((kr) => kr.id),
      ...doc.checkIns.map((checkIn) => checkIn.id),
    ]
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('cascades company → team → individual through parentIds that exist', () => {
    const byId = new Map(doc.objectives.map((objective) => [objective.id, objective]))
    expect(new Set(doc.objectives.map((objective) => objective.level))).toEqual(
      new Set(['company', 'team', 'individual']),
    )
    for (const objective of doc.objectives) {
      if (objective.level === 'company') {
        expect(objective.parentId).toBeUndefined()
        continue
      }
      const parent = byId.get(objective.parentId ?? '')
      expect(parent, objective.id).toBeDefined()
      expect(parent?.level).toBe(objective.level === 'team' ? 'company' : 'team')
    }
  })

  it('mixes increasing and decreasing metrics with milestones, targets apart from starts', () => {
    const measures = keyResultsOf(doc).map((kr) => kr.measure)
    const metrics = measures.flatMap((measure) => (measure.type === 'metric' ? [measure] : []))
    for (const metric of metrics) expect(metric.target).not.toBe(metric.start)
    expect(metrics.some((metric) => metric.target > metric.start)).toBe(true)
    expect(metrics.some((metric) => metric.target < metric.start)).toBe(true)
    expect(measures.some((measure) => measure.type === 'milestone')).toBe(true)
  })

  it('pairs the tickets-resolved output KR with a tickets-reopened quality KR', () => {
    const support = doc.objectives.find((objective) =>
      objective.keyResults.some((kr) => kr.id === 'kr-tickets-resolved'),
    )
    expect(support?.keyResults.map((kr) => kr.id)).toContain('kr-tickets-reopened')
  })

  it('has one check-in per key result per month, inside the period', () => {
    const keyResults = new Map(
      doc.objectives.flatMap((objective) =>
        objective.keyResults.map((kr) => [kr.id, objective] as const),
      ),
    )
    const periods = new Map(doc.periods.map((period) => [period.id, period]))
    for (const checkIn of doc.checkIns) {
      const objective = keyResults.get(checkIn.keyResultId)
      expect(objective, checkIn.id).toBeDefined()
      const period = periods.get(objective?.periodId ?? '')
      expect(period).toBeDefined()
      expect(checkIn.date >= (period?.start ?? '')).toBe(true)
      expect(checkIn.date <= (period?.end ?? '')).toBe(true)
    }
    const months = new Set(doc.checkIns.map((checkIn) => checkIn.date.slice(0, 7)))
    expect([...months].sort()).toEqual(['2026-01', '2026-02', '2026-03'])
    for (const kr of keyResultsOf(doc)) {
      const dates = doc.checkIns
        .filter((c) => c.keyResultId === kr.id)
        .map((c) => c.date.slice(0, 7))
      expect(dates, kr.id).toEqual(['2026-01', '2026-02', '2026-03'])
    }
  })

  it('has check-ins that tell the story: values, scores, confidence, update and notes', () => {
    const statuses = new Set(doc.checkIns.map((checkIn) => checkIn.status))
    expect([...statuses].sort()).toEqual([...CHECK_IN_STATUSES].sort())
    expect(doc.checkIns.some((checkIn) => checkIn.score !== undefined)).toBe(true)
    expect(doc.checkIns.some((checkIn) => checkIn.score === undefined)).toBe(true)
    for (const checkIn of doc.checkIns) {
      expect(checkIn.confidence).toBeDefined()
      expect(checkIn.update.what).not.toBe('')
      expect(checkIn.update.why).not.toBe('')
      expect(checkIn.update.soWhat).not.toBe('')
    }
    for (const list of ['headwinds', 'tailwinds', 'decisions', 'risks', 'learnings'] as const) {
      expect(
        doc.checkIns.some((checkIn) => checkIn[list].length > 0),
        list,
      ).toBe(true)
    }
  })

  it('records metric values on metric KRs only, and a current value equal to the last one', () => {
    const checkInsOf = (id: string) => doc.checkIns.filter((c) => c.keyResultId === id)
    for (const kr of keyResultsOf(doc)) {
      const last = checkInsOf(kr.id).at(-1)
      if (kr.measure.type === 'metric') {
        for (const checkIn of checkInsOf(kr.id)) expect(checkIn.value, checkIn.id).toBeDefined()
        expect(kr.measure.current, kr.id).toBe(last?.value)
      } else {
        for (const checkIn of checkInsOf(kr.id)) expect(checkIn.value).toBeUndefined()
      }
    }
  })

  it('keeps the team’s scores close to what the values measure', () => {
    const keyResults = new Map(keyResultsOf(doc).map((kr) => [kr.id, kr]))
    for (const checkIn of doc.checkIns) {
      const measure = keyResults.get(checkIn.keyResultId)?.measure
      if (checkIn.score === undefined || measure?.type !== 'metric' || checkIn.value === undefined)
        continue
      const computed = (checkIn.value - measure.start) / (measure.target - measure.start)
      expect(Math.abs(checkIn.score - computed), checkIn.id).toBeLessThanOrEqual(0.1)
    }
  })

  it('is a healthy set: not everything scores 1.0', () => {
    const scores = doc.retrospectives.flatMap((retro) => retro.finalScores.map((s) => s.score))
    expect(scores.some((score) => score < 1)).toBe(true)
    expect(scores.some((score) => score === 1)).toBe(true)
  })

  it('closes the quarter with one retrospective scoring every key result', () => {
    expect(doc.retrospectives).toHaveLength(1)
    const [retro] = doc.retrospectives
    expect(retro?.periodId).toBe(doc.periods[0]?.id)
    expect(retro?.finalScores.map((s) => s.keyResultId).sort()).toEqual(
      keyResultsOf(doc)
        .map((kr) => kr.id)
        .sort(),
    )
    expect(retro?.wentWell.length).toBeGreaterThan(0)
    expect(retro?.toImprove.length).toBeGreaterThan(0)
  })

  it('is frozen, so a story or test cannot change it for the next', () => {
    expect(Object.isFrozen(doc)).toBe(true)
    expect(Object.isFrozen(doc.checkIns[0]?.update)).toBe(true)
    expect(Object.isFrozen(doc.objectives[0]?.keyResults[0]?.measure)).toBe(true)
  })
})

describe('exampleDocumentZhCN', () => {
  it('has the structure and numbers of the English document', () => {
    expect(shape(exampleDocumentZhCN)).toEqual(shape(exampleDocument))
    expect(exampleDocumentZhCN.checkIns.map((c) => [c.id, c.keyResultId, c.date])).toEqual(
      exampleDocument.checkIns.map((c) => [c.id, c.keyResultId, c.date]),
    )
  })

  it('is written in Chinese', () => {
    const han = /\p{Script=Han}/u
    for (const objective of exampleDocumentZhCN.objectives) {
      expect(objective.title).toMatch(han)
      for (const kr of objective.keyResults) expect(kr.title).toMatch(han)
    }
    for (const checkIn of exampleDocumentZhCN.checkIns) expect(checkIn.update.what).toMatch(han)
    for (const person of exampleDocumentZhCN.people) expect(person.name).toMatch(han)
  })

  it('differs from the English document in every free text', () => {
    exampleDocument.checkIns.forEach((checkIn, index) => {
      const zh = exampleDocumentZhCN.checkIns[index]
      expect(zh?.update.why).not.toBe(checkIn.update.why)
      expect(zh?.update.soWhat).not.toBe(checkIn.update.soWhat)
    })
  })
})

describe('example documents through the public pipeline', () => {
  it.each([
    ['en', exampleDocument],
    ['zh-CN', exampleDocumentZhCN],
  ] as const)(
    '%s parses unchanged, lints without errors and rolls up without loops',
    (locale, doc) => {
      const parsed = parseOkrDocument(JSON.parse(JSON.stringify(doc)), { locale })
      expect(parsed.issues).toBeUndefined()
      expect(parsed.data).toEqual(doc)
      expect(lintOkrSet(doc, { locale }).filter((issue) => issue.severity === 'error')).toEqual([])
      const { cycles, orphans, rootIds } = rollUp(doc)
      expect({ cycles, orphans, roots: rootIds.length }).toEqual({
        cycles: [],
        orphans: [],
        roots: 1,
      })
    },
  )

  it.each([
    ['en', exampleDocument],
    ['zh-CN', exampleDocumentZhCN],
  ] as const)(
    '%s: the only lint findings are its dated milestones, which the play counts as activities',
    (locale, doc) => {
      const findings = lintOkrSet(doc, { locale }).map((issue) => {
        const kr = doc.objectives[issue.path[1] as number]?.keyResults[issue.path[3] as number]
        return [issue.code, kr?.measure.type]
      })
      expect(findings.length).toBeGreaterThan(0)
      expect(
        findings.every(([code, type]) => code === 'kr_is_activity' && type === 'milestone'),
      ).toBe(true)
    },
  )
})

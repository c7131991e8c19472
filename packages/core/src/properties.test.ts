import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { isoDate, keyResult, metricNumber, okrDocument, title } from './__fixtures__/arbitraries'
import { document, metricKr, objective } from './__fixtures__/factory'
import { expectNoPoisoning, watchGlobals } from './__fixtures__/poisoning'
import { toPreRelease } from './__fixtures__/pre-release'
import { confidenceFor, expectedScore } from './confidence/expected-score'
import { lintOkrSet } from './lint/lint-okr-set'
import type { KeyResult } from './model/key-result'
import { migrateDocument, parseOkrDocument } from './parse/parse-okr-document'
import { checkInDates } from './periods/check-in-dates'
import { elapsedFraction } from './periods/elapsed-fraction'
import { quarterOf } from './periods/quarter-of'
import { GRADES, gradeScore } from './scoring/grade'
import { rollUp } from './scoring/roll-up'
import { progressOf, scoreKeyResult } from './scoring/score-key-result'
import { scoreObjective } from './scoring/score-objective'

const metric = fc
  .record({ start: metricNumber, target: metricNumber })
  .filter(({ start, target }) => start !== target)
  .map(({ start, target }) => metricKr('k', start, target))

describe('scoring properties', () => {
  it('a score always lies in [0, 1]', () => {
    fc.assert(
      fc.property(metric, metricNumber, (kr, value) => {
        const score = scoreKeyResult(kr, value)
        return score >= 0 && score <= 1
      }),
    )
  })

  it('moving the value in the KR direction never lowers the score', () => {
    fc.assert(
      fc.property(
        metric,
        metricNumber,
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        (kr, value, step) => {
          const { start, target } = kr.measure as { start: number; target: number }
          const onward = value + Math.sign(target - start) * step
          return scoreKeyResult(kr, onward) >= scoreKeyResult(kr, value)
        },
      ),
    )
  })

  it('progress is 0 at the start and 1 at the target, in either direction', () => {
    fc.assert(
      fc.property(metric, (kr) => {
        const { start, target } = kr.measure as { start: number; target: number }
        return progressOf(kr, start) === 0 && Math.abs(progressOf(kr, target) - 1) < 1e-9
      }),
    )
  })

  it("an objective's score lies between its KRs' min and max", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(keyResult('x'), fc.double({ min: 0, max: 1, noNaN: true })), {
          minLength: 1,
          maxLength: 8,
        }),
        (pairs) => {
          const krs: KeyResult[] = pairs.map(([kr], i) => ({ ...kr, id: `k${i}` }))
          const scores = Object.fromEntries(pairs.map(([, s], i) => [`k${i}`, s]))
          const counted = pairs.filter(([kr]) => kr.weight > 0).map(([, s]) => s)
          const score = scoreObjective(objective('o', krs), scores)
          if (counted.length === 0) return score === undefined
          return (
            score !== undefined &&
            score >= Math.min(...counted) - 1e-12 &&
            score <= Math.max(...counted) + 1e-12
          )
        },
      ),
    )
  })

  it('grades are monotonic in the score', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (a, b) => {
          const [low, high] = a <= b ? [a, b] : [b, a]
          return GRADES.indexOf(gradeScore(low)) <= GRADES.indexOf(gradeScore(high))
        },
      ),
    )
  })
})

describe('alignment properties', () => {
  it('rollUp terminates on any parent graph and its cycles are real cycles', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.nat({ max: 30 }), { nil: undefined }), { maxLength: 30 }),
        (parents) => {
          const doc = document({
            objectives: parents.map((parent, i) =>
              objective(`o${i}`, [], parent === undefined ? {} : { parentId: `o${parent}` }),
            ),
          })
          const { cycles, objectives, rootIds, orphans } = rollUp(doc)
          for (const loop of cycles) {
            for (const [i, id] of loop.entries()) {
              const next = loop[(i + 1) % loop.length]
              expect(doc.objectives.find((o) => o.id === id)?.parentId).toBe(next)
            }
          }
          // Every objective sits in the tree exactly once: reachable from a root, depth = parent's + 1.
          let reached = 0
          const queue = [...rootIds]
          while (queue.length > 0) {
            const node = objectives.get(queue.shift() as string)
            reached++
            for (const child of node?.childIds ?? []) {
              expect(objectives.get(child)?.depth).toBe((node?.depth ?? 0) + 1)
              queue.push(child)
            }
          }
          expect(reached).toBe(doc.objectives.length)
          expect(
            orphans.every(({ parentId }) => !doc.objectives.some((o) => o.id === parentId)),
          ).toBe(true)
        },
      ),
    )
  })
})

watchGlobals()

describe('parsing properties', () => {
  // Parsing hostile input must leave every global and prototype as it was, not only `{}`.
  afterEach(expectNoPoisoning)

  it('never throws on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => typeof parseOkrDocument(value).success === 'boolean'),
    )
  })

  it('never throws on anything at all', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBoxedValues: true,
          withMap: true,
          withSet: true,
          withTypedArray: true,
          withSparseArray: true,
        }),
        (value) => {
          const result = parseOkrDocument(value)
          return result.success || result.issues.length > 0
        },
      ),
    )
  })

  it('a valid document survives serialise → parse unchanged', () => {
    fc.assert(
      fc.property(okrDocument, (doc) => {
        const result = parseOkrDocument(JSON.parse(JSON.stringify(doc)))
        expect(result.issues).toBeUndefined()
        expect(result.data).toEqual(doc)
      }),
    )
  })

  it('migration is idempotent, from the current and the pre-release format', () => {
    fc.assert(
      fc.property(okrDocument, fc.boolean(), (doc, preRelease) => {
        const once = migrateDocument(preRelease ? toPreRelease(doc) : doc)
        expect(once.success).toBe(true)
        const twice = once.success ? migrateDocument(once.data) : once
        expect(twice).toEqual(once)
      }),
    )
  })

  it('a pre-release document parses to the document it was written from, nothing lost', () => {
    fc.assert(
      fc.property(okrDocument, (doc) => {
        const result = parseOkrDocument(JSON.parse(JSON.stringify(toPreRelease(doc))))
        expect(result.issues).toBeUndefined()
        expect(result.data).toEqual(doc)
      }),
    )
  })

  it('a reserved key anywhere is refused and no prototype is touched', () => {
    fc.assert(
      fc.property(
        okrDocument,
        fc.constantFrom('__proto__', 'constructor', 'prototype'),
        fc.nat(),
        (doc, key, pick) => {
          // Give one object of the document, anywhere, an own reserved key, as JSON.parse would.
          const hostile = JSON.parse(JSON.stringify(doc))
          const objects: object[] = []
          const walk = (value: unknown) => {
            if (typeof value !== 'object' || value === null) return
            if (!Array.isArray(value)) objects.push(value)
            for (const child of Object.values(value)) walk(child)
          }
          walk(hostile)
          Object.defineProperty(objects[pick % objects.length], key, {
            value: { polluted: true },
            enumerable: true,
            configurable: true,
            writable: true,
          })
          const result = parseOkrDocument(hostile)
          expect(result.issues?.map((i) => i.code)).toEqual(['reserved_key'])
          expect(({} as Record<string, unknown>).polluted).toBeUndefined()
          expect(Object.prototype).not.toHaveProperty('polluted')
        },
      ),
    )
  })

  it("zod's compiled parser answers as its interpreted one, for valid and damaged documents", () => {
    // parseOkrDocument takes the compiled path unless the host configured zod as jitless.
    const interpreted = (input: unknown) => {
      const config = z.config()
      config.jitless = true
      try {
        return parseOkrDocument(input)
      } finally {
        // zod's config is global: leave it as found (unset), as the poisoning check expects.
        delete config.jitless
      }
    }
    fc.assert(
      fc.property(okrDocument, fc.nat(), fc.option(fc.jsonValue()), (doc, pick, damage) => {
        const input = JSON.parse(JSON.stringify(doc))
        if (damage !== null) {
          // Replace one value anywhere in the document: a field, an item or a whole list.
          const slots: [Record<string, unknown>, string][] = []
          const walk = (value: unknown) => {
            if (typeof value !== 'object' || value === null) return
            for (const [key, child] of Object.entries(value)) {
              slots.push([value as Record<string, unknown>, key])
              walk(child)
            }
          }
          walk(input)
          const [parent, key] = slots[pick % slots.length] as [Record<string, unknown>, string]
          parent[key] = damage
        }
        expect(parseOkrDocument(input)).toStrictEqual(interpreted(input))
      }),
    )
  })
})

describe('lint properties', () => {
  it('never throws on arbitrary Unicode titles', () => {
    fc.assert(
      fc.property(
        okrDocument,
        fc.array(fc.string({ unit: 'binary', maxLength: 300 })),
        (doc, texts) => {
          const retitled = {
            ...doc,
            objectives: doc.objectives.map((o, i) => ({
              ...o,
              title: texts[i] || o.title,
              keyResults: o.keyResults.map((kr, k) => ({
                ...kr,
                title: texts[i + k + 1] || kr.title,
              })),
            })),
          }
          for (const locale of ['en', 'zh-CN']) {
            const issues = lintOkrSet(retitled, { locale })
            expect(
              issues.every(
                (issue) => typeof issue.message === 'string' && issue.message.length > 0,
              ),
            ).toBe(true)
          }
        },
      ),
    )
  })
})

describe('confidence properties', () => {
  it('expectedScore falls as confidence rises', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.001, max: 0.999, noNaN: true }),
        fc.double({ min: 0.001, max: 0.999, noNaN: true }),
        (a, b) => {
          fc.pre(Math.abs(a - b) > 1e-6)
          const [low, high] = a < b ? [a, b] : [b, a]
          return expectedScore(low) > expectedScore(high)
        },
      ),
    )
  })

  it('confidenceFor inverts expectedScore', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        (c) => Math.abs(confidenceFor(expectedScore(c)) - c) < 1e-5,
      ),
    )
  })
})

describe('period properties', () => {
  const period = fc.tuple(isoDate, fc.integer({ min: 0, max: 800 })).map(([start, days]) => ({
    id: 'p',
    label: 'P',
    kind: 'custom' as const,
    start,
    end: new Date(Date.parse(start) + days * 86_400_000).toISOString().slice(0, 10),
  }))

  it('check-in dates lie inside their period, ordered and distinct', () => {
    fc.assert(
      fc.property(period, (p) => {
        const dates = checkInDates(p)
        expect(dates.length).toBeGreaterThan(0)
        for (const [i, date] of dates.entries()) {
          expect(date >= p.start && date <= p.end).toBe(true)
          if (i > 0) expect(date > (dates[i - 1] as string)).toBe(true)
        }
      }),
    )
  })

  it('elapsed fraction stays in [0, 1] and never falls as time passes', () => {
    fc.assert(
      fc.property(period, isoDate, isoDate, (p, a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a]
        const x = elapsedFraction(p, early)
        const y = elapsedFraction(p, late)
        return x >= 0 && y <= 1 && x <= y
      }),
    )
  })

  it('quarterOf contains its date, for any fiscal year start', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 1, max: 12 }), (date, fiscalYearStartMonth) => {
        const q = quarterOf(date, { fiscalYearStartMonth })
        return q.start <= date && date <= q.end
      }),
    )
  })
})

describe('fixtures', () => {
  it('titles are never blank', () => {
    fc.assert(fc.property(title, (t) => /\S/.test(t)))
  })
})

import fc from 'fast-check'
import type { CheckIn } from '../model/check-in'
import type { OkrDocument } from '../model/document'
import type { KeyResult } from '../model/key-result'
import type { Objective } from '../model/objective'

const DAY = 86_400_000
const EPOCH_2020 = Date.UTC(2020, 0, 1)

/** An ISO date between 2020 and about 2040. */
export const isoDate = fc
  .integer({ min: 0, max: 7_300 })
  .map((days) => new Date(EPOCH_2020 + days * DAY).toISOString().slice(0, 10))

/** A finite number of a sensible magnitude for a metric (never −0, which JSON cannot write). */
export const metricNumber = fc
  .double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true })
  .map((n) => n + 0)

/** A non-blank title of any Unicode. */
export const title = fc
  .string({ minLength: 1, maxLength: 80, unit: 'grapheme' })
  .filter((s) => /\S/.test(s))

/** A metric KR with target ≠ start, or a milestone. */
export const keyResult = (id: string): fc.Arbitrary<KeyResult> =>
  fc.oneof(
    fc
      .record({
        start: metricNumber,
        target: metricNumber,
        current: fc.option(metricNumber, { nil: undefined }),
      })
      .filter(({ start, target }) => start !== target)
      .chain(({ start, target, current }) =>
        fc.record({
          id: fc.constant(id),
          title,
          weight: fc.integer({ min: 0, max: 5 }),
          measure: fc.constant({
            type: 'metric' as const,
            start,
            target,
            ...(current !== undefined && { current }),
          }),
        }),
      ),
    fc.record({
      id: fc.constant(id),
      title,
      weight: fc.integer({ min: 0, max: 5 }),
      measure: fc.record({ type: fc.constant('milestone' as const), done: fc.boolean() }),
    }),
  )

/** A valid document: one period, objectives with KRs and parent links, check-ins in the period. */
export const okrDocument: fc.Arbitrary<OkrDocument> = fc
  .record({
    start: isoDate,
    length: fc.integer({ min: 0, max: 400 }),
    shape: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 0, maxLength: 6 }),
  })
  .chain(({ start, length, shape }) => {
    const end = new Date(Date.parse(start) + length * DAY).toISOString().slice(0, 10)
    const objectives = fc.tuple(
      ...shape.map((krCount, o) =>
        fc.record({
          id: fc.constant(`o${o}`),
          periodId: fc.constant('p'),
          title,
          level: fc.constantFrom('company' as const, 'team' as const, 'individual' as const),
          commitment: fc.constantFrom('aspirational' as const, 'committed' as const),
          parentId: fc.option(fc.constantFrom(...shape.map((_, i) => `o${i}`)), { nil: undefined }),
          keyResults: fc.tuple(
            ...Array.from({ length: krCount }, (_, k) => keyResult(`o${o}k${k}`)),
          ),
        }),
      ),
    )
    const krIds = shape.flatMap((count, o) => Array.from({ length: count }, (_, k) => `o${o}k${k}`))
    const checkIns =
      krIds.length === 0
        ? fc.constant([] as CheckIn[])
        : fc
            .array(
              fc.record({
                keyResultId: fc.constantFrom(...krIds),
                offset: fc.integer({ min: 0, max: length }),
                value: fc.option(metricNumber, { nil: undefined }),
                score: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
                status: fc.constantFrom(
                  'on-track' as const,
                  'off-track' as const,
                  'at-risk' as const,
                ),
              }),
              { maxLength: 12 },
            )
            .map((items) =>
              items.map(
                ({ keyResultId, offset, value, score, status }, i): CheckIn => ({
                  id: `c${i}`,
                  keyResultId,
                  date: new Date(Date.parse(start) + offset * DAY).toISOString().slice(0, 10),
                  ...(value !== undefined && { value }),
                  ...(score !== undefined && { score }),
                  status,
                  update: { what: '', why: '', soWhat: '' },
                  headwinds: [],
                  tailwinds: [],
                  decisions: [],
                  risks: [],
                  learnings: [],
                }),
              ),
            )
    return fc.record({ objectives, checkIns }).map(
      ({ objectives: list, checkIns: items }): OkrDocument => ({
        schemaVersion: 1,
        periods: [{ id: 'p', label: 'Period', kind: 'custom', start, end }],
        teams: [],
        people: [],
        objectives: list.map((o) => {
          const { parentId, ...rest } = o
          return (parentId === undefined ? rest : { ...rest, parentId }) as Objective
        }),
        checkIns: items,
        retrospectives: [],
      }),
    )
  })

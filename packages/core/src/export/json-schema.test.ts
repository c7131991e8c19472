import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exampleDocument, exampleDocumentZhCN } from '../data/example-document'
import type { ParseCode } from '../parse/parse-codes'
import { parseOkrDocument } from '../parse/parse-okr-document'
import { okrDocumentJsonSchema } from './json-schema'

const ajv = new Ajv2020({ allErrors: true, strict: true })
addFormats(ajv)
const validate = ajv.compile(okrDocumentJsonSchema)

/** What parsing refuses and the JSON Schema cannot say: checks across fields or of the whole tree. */
const PARSE_ONLY: readonly ParseCode[] = [
  'duplicate_id',
  'period_end_before_start',
  'kr_target_equals_start',
  'too_deep',
]

type Doc = ReturnType<typeof clone>
const clone = () => JSON.parse(JSON.stringify(exampleDocument))

const verdicts = (input: unknown) => {
  const parsed = parseOkrDocument(input)
  return {
    parse: parsed.success,
    schema: validate(input) as boolean,
    codes: parsed.issues?.map((issue) => issue.code) ?? [],
  }
}

const mutated = (edit: (doc: Doc) => void) => {
  const doc = clone()
  edit(doc)
  return doc
}

const kr = (doc: Doc) => doc.objectives[0].keyResults[0]

/** Both validators accept. */
const VALID: [string, unknown][] = [
  ['exampleDocument', exampleDocument],
  ['exampleDocumentZhCN', exampleDocumentZhCN],
  ['a key result without weight (defaulted)', mutated((d) => delete kr(d).weight)],
  [
    'a check-in without update and note lists',
    mutated((d) => {
      for (const key of ['update', 'headwinds', 'tailwinds', 'decisions', 'risks', 'learnings'])
        delete d.checkIns[0][key]
    }),
  ],
  [
    'a leap day',
    mutated((d) => Object.assign(d.periods[0], { start: '2024-01-01', end: '2024-02-29' })),
  ],
  ['meta holding any JSON', mutated((d) => (d.meta = { a: [1, 'two', null, { b: true }] }))],
  [
    'a decreasing metric',
    mutated((d) => (kr(d).measure = { type: 'metric', start: 5, target: -5 })),
  ],
  [
    'a milestone without due date',
    mutated((d) => (kr(d).measure = { type: 'milestone', done: false })),
  ],
  // Both count code points: 500 emoji are 1,000 UTF-16 units but 500 characters.
  ['a title of 500 emoji', mutated((d) => (d.objectives[0].title = '🎯'.repeat(500)))],
  [
    'an empty document',
    {
      ...clone(),
      periods: [],
      teams: [],
      people: [],
      objectives: [],
      checkIns: [],
      retrospectives: [],
    },
  ],
]

/** Both validators refuse. */
const INVALID: [string, unknown][] = [
  ['null', null],
  ['an array', []],
  ['a string', 'okrs'],
  ['an unknown root key', mutated((d) => (d.colour = 'red'))],
  ['an unknown key result key', mutated((d) => (kr(d).progress = 3))],
  ['an unknown measure key', mutated((d) => (kr(d).measure.percent = true))],
  ['a milestone key on a metric', mutated((d) => (kr(d).measure.done = true))],
  ['a missing title', mutated((d) => delete d.objectives[0].title)],
  ['a blank title', mutated((d) => (d.objectives[0].title = ' \t '))],
  ['a title over 500 characters', mutated((d) => (d.objectives[0].title = 'x'.repeat(501)))],
  ['a title of 501 emoji', mutated((d) => (d.objectives[0].title = '🎯'.repeat(501)))],
  ['an empty id', mutated((d) => (d.people[0].id = ''))],
  ['an unknown level', mutated((d) => (d.objectives[0].level = 'department'))],
  [
    'an unknown measure type',
    mutated((d) => (kr(d).measure = { type: 'percent', start: 0, target: 1 })),
  ],
  ['a metric without target', mutated((d) => delete kr(d).measure.target)],
  ['a number as a string', mutated((d) => (kr(d).measure.start = '5'))],
  ['30 February', mutated((d) => (d.periods[0].end = '2026-02-30'))],
  ['29 February 2026', mutated((d) => (d.periods[0].end = '2026-02-29'))],
  ['a date without zero padding', mutated((d) => (d.checkIns[0].date = '2026-1-5'))],
  ['a date with a time', mutated((d) => (d.checkIns[0].date = '2026-01-05T10:00:00Z'))],
  ['a score above 1', mutated((d) => (d.checkIns[0].score = 1.5))],
  ['a confidence below 0', mutated((d) => (d.checkIns[0].confidence = -0.1))],
  ['an unknown status', mutated((d) => (d.checkIns[0].status = 'green'))],
  ['a negative weight', mutated((d) => (kr(d).weight = -1))],
  ['a weight over 1000', mutated((d) => (kr(d).weight = 1001))],
  ['schemaVersion 2', mutated((d) => (d.schemaVersion = 2))],
  ['schemaVersion "1"', mutated((d) => (d.schemaVersion = '1'))],
  ['201 risks', mutated((d) => (d.checkIns[0].risks = Array(201).fill('r')))],
  ['a retrospective score above 1', mutated((d) => (d.retrospectives[0].finalScores[0].score = 2))],
  ['an unknown period kind', mutated((d) => (d.periods[0].kind = 'week'))],
  ['meta that is an array', mutated((d) => (d.meta = [1]))],
  [
    'meta with 1,001 keys',
    mutated(
      (d) => (d.meta = Object.fromEntries(Array.from({ length: 1001 }, (_, i) => [`k${i}`, i]))),
    ),
  ],
  ['a meta key of 201 characters', mutated((d) => (d.meta = { ['k'.repeat(201)]: 1 }))],
  ['a list of 1,001 items in meta', mutated((d) => (d.meta = { list: Array(1001).fill(0) }))],
  ['a string of 20,001 characters in meta', mutated((d) => (d.meta = { s: 'x'.repeat(20_001) }))],
  ...['__proto__', 'constructor', 'prototype'].map((key): [string, unknown] => [
    `a ${key} key in meta`,
    JSON.parse(
      JSON.stringify(exampleDocument).replace(
        '"schemaVersion":1',
        `"schemaVersion":1,"meta":{"a":{"${key}":{"x":1}}}`,
      ),
    ),
  ]),
  [
    'a __proto__ key in a key result',
    JSON.parse(
      JSON.stringify(exampleDocument).replace('"id":"kr-nps",', '"id":"kr-nps","__proto__":{},'),
    ),
  ],
]

const deep = () => {
  let value: unknown = 1
  for (let i = 0; i < 70; i++) value = { d: value }
  return value
}

/**
 * Parsing reads, the JSON Schema refuses: documents of earlier versions, which parsing migrates.
 * The JSON Schema describes the current version only.
 */
const MIGRATED: [string, unknown][] = [
  ['no schemaVersion (the pre-release format)', mutated((d) => delete d.schemaVersion)],
  [
    'the pre-release format: baseline and snake_case statuses',
    mutated((d) => {
      delete d.schemaVersion
      kr(d).measure = { type: 'metric', baseline: 0, target: 10 }
      d.checkIns[0].status = 'at_risk'
    }),
  ],
]

/** Parsing refuses, the JSON Schema accepts: each named with the parse code that tells them apart. */
const DIFFERENT: [string, ParseCode, unknown][] = [
  ['a duplicate person id', 'duplicate_id', mutated((d) => (d.people[1].id = d.people[0].id))],
  [
    'a KR id used in two objectives',
    'duplicate_id',
    mutated((d) => (d.objectives[1].keyResults[0].id = kr(d).id)),
  ],
  [
    'a period ending before it starts',
    'period_end_before_start',
    mutated((d) => (d.periods[0].end = '2025-12-31')),
  ],
  [
    'a target equal to the start',
    'kr_target_equals_start',
    mutated((d) => (kr(d).measure = { type: 'metric', start: 5, target: 5 })),
  ],
  ['meta nested 70 levels deep', 'too_deep', mutated((d) => (d.meta = { deep: deep() }))],
]

describe('okrDocumentJsonSchema', () => {
  it('is a strict-mode draft 2020-12 schema that refuses unknown keys everywhere', () => {
    expect(okrDocumentJsonSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(okrDocumentJsonSchema.additionalProperties).toBe(false)
    const objects = Object.values(okrDocumentJsonSchema.$defs ?? {}).filter(
      (def) => typeof def === 'object' && def.type === 'object' && def.properties,
    )
    expect(objects.length).toBeGreaterThanOrEqual(10)
    for (const def of objects) expect(def).toMatchObject({ additionalProperties: false })
  })

  it('is frozen', () => {
    expect(Object.isFrozen(okrDocumentJsonSchema)).toBe(true)
    expect(Object.isFrozen(okrDocumentJsonSchema.$defs?.Objective)).toBe(true)
  })

  it.each(VALID)('agrees with parseOkrDocument: %s is valid', (_name, input) => {
    expect(verdicts(input)).toEqual({ parse: true, schema: true, codes: [] })
  })

  it.each(INVALID)('agrees with parseOkrDocument: %s is invalid', (_name, input) => {
    const { parse, schema } = verdicts(input)
    expect({ parse, schema }).toEqual({ parse: false, schema: false })
  })

  it.each(MIGRATED)('differs where documented: %s is an earlier version', (_name, input) => {
    expect(verdicts(input)).toEqual({ parse: true, schema: false, codes: [] })
  })

  it.each(DIFFERENT)('differs where documented: %s (%s)', (_name, code, input) => {
    expect(verdicts(input)).toEqual({ parse: false, schema: true, codes: [code] })
  })

  it('agrees on random edits of the example, apart from the documented differences', () => {
    // Put a random value at a random place (often one of the same type), add a key or delete
    // one, then ask both validators.
    const example = clone()
    const paths: (string | number)[][] = []
    const walk = (value: unknown, path: (string | number)[]) => {
      if (path.length > 0) paths.push(path)
      if (value && typeof value === 'object') {
        for (const [key, child] of Object.entries(value)) {
          walk(child, [...path, Array.isArray(value) ? Number(key) : key])
        }
      }
    }
    walk(example, [])
    const at = (path: (string | number)[]) => path.reduce((value, key) => value?.[key], example)
    const like = (original: unknown): fc.Arbitrary<unknown> => {
      if (typeof original === 'string') {
        const near = [
          '',
          ' ',
          '2024-02-29',
          '2026-02-29',
          '2026-1-5',
          'at-risk',
          'milestone',
          'x'.repeat(501),
        ]
        return fc.oneof(fc.string(), fc.constantFrom(...near))
      }
      if (typeof original === 'number') {
        const near = [0, 1, -1, 0.5, 1.5, 1000, 1001, -0.1]
        return fc.oneof(
          fc.double({ noNaN: true, noDefaultInfinity: true }),
          fc.constantFrom(...near),
        )
      }
      if (typeof original === 'boolean') return fc.boolean()
      return fc.jsonValue({ maxDepth: 2 })
    }
    const edit = fc.constantFrom(...paths).chain((path) =>
      fc.record({
        path: fc.constant(path),
        value: fc.option(fc.oneof(like(at(path)), fc.jsonValue({ maxDepth: 2 })), {
          nil: undefined,
          freq: 10,
        }),
        extraKey: fc.option(fc.string({ minLength: 1, maxLength: 8 }), { nil: undefined, freq: 2 }),
      }),
    )
    const outcomes = { valid: 0, invalid: 0 }
    fc.assert(
      fc.property(edit, ({ path, value, extraKey }) => {
        const doc = clone()
        let parent = doc
        for (const key of path.slice(0, -1)) parent = parent[key]
        const last = path.at(-1) as string | number
        if (
          extraKey !== undefined &&
          parent &&
          typeof parent === 'object' &&
          !Array.isArray(parent)
        )
          parent[extraKey] = value ?? null
        else if (value === undefined && !Array.isArray(parent)) delete parent[last]
        else parent[last] = value ?? null
        const { parse, schema, codes } = verdicts(doc)
        outcomes[parse ? 'valid' : 'invalid']++
        if (!Object.hasOwn(doc, 'schemaVersion')) {
          // The edit removed it: the pre-release format, which parsing migrates (see MIGRATED).
          expect(schema).toBe(false)
        } else if (parse !== schema) {
          expect(schema).toBe(true)
          expect(codes.filter((code) => !PARSE_ONLY.includes(code))).toEqual([])
        }
      }),
      { numRuns: 400 },
    )
    // Both sides of the line are exercised, not only documents broken beyond doubt.
    expect(outcomes.valid).toBeGreaterThan(30)
    expect(outcomes.invalid).toBeGreaterThan(30)
  }, 60_000)

  it('equals the shipped schema.json, which can never drift', () => {
    const file = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'schema.json')
    const shipped = JSON.parse(readFileSync(file, 'utf8'))
    // Regenerate with `npm run schema -w @okrkit/core` after changing a zod schema.
    expect(shipped).toEqual(okrDocumentJsonSchema)
  })
})

import { afterEach, describe, expect, it } from 'vitest'
import { document, metricKr, objective } from '../__fixtures__/factory'
import { expectNoPoisoning, watchGlobals } from '../__fixtures__/poisoning'
import { parseOkrDocument } from './parse-okr-document'

// No parse, of any input, may add, change or remove a global or a prototype.
watchGlobals()
afterEach(expectNoPoisoning)

const valid = () =>
  JSON.parse(JSON.stringify(document({ objectives: [objective('o1', [metricKr('k1', 0, 10)])] })))

const codes = (input: unknown) => {
  const result = parseOkrDocument(input)
  return result.success ? [] : result.issues.map((i) => i.code)
}

describe('parseOkrDocument', () => {
  it('accepts a valid document and fills defaults', () => {
    const input = valid()
    delete input.objectives[0].keyResults[0].weight
    const result = parseOkrDocument(input)
    expect(result.success).toBe(true)
    expect(result.data?.objectives[0]?.keyResults[0]?.weight).toBe(1)
  })

  it('round-trips a parsed document unchanged', () => {
    const first = parseOkrDocument(valid())
    const second = parseOkrDocument(JSON.parse(JSON.stringify(first.data)))
    expect(second.data).toEqual(first.data)
  })

  it.each([null, undefined, 42, 'doc', [], new Date(), new Map()])(
    'refuses %p as not a document',
    (input) => {
      expect(codes(input)).toEqual(['not_a_document'])
    },
  )

  it('keeps meta untouched', () => {
    const input = valid()
    input.meta = { source: 'jira', nested: { list: [1, 'two', null, true] } }
    input.objectives[0].meta = { color: '#f00' }
    const result = parseOkrDocument(input)
    expect(result.data?.meta).toEqual(input.meta)
    expect(result.data?.objectives[0]?.meta).toEqual({ color: '#f00' })
  })

  describe('issues', () => {
    it('reports unknown keys with their path instead of dropping them', () => {
      const input = valid()
      input.objectives[0].keyResults[0].progress = 3
      input.colour = 'red'
      const result = parseOkrDocument(input)
      expect(result.success).toBe(false)
      expect(result.issues).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            code: 'unknown_key',
            path: ['colour'],
            params: { key: 'colour' },
          }),
          expect.objectContaining({
            code: 'unknown_key',
            path: ['objectives', 0, 'keyResults', 0, 'progress'],
          }),
        ]),
      )
    })

    it('names missing fields, wrong types, bad enums and bad dates', () => {
      const input = valid()
      delete input.objectives[0].title
      input.objectives[0].level = 'department'
      input.periods[0].start = '2026-02-30'
      input.people[0].name = 42
      const result = parseOkrDocument(input)
      const byCode = Object.fromEntries((result.issues ?? []).map((i) => [i.code, i]))
      expect(byCode.required?.path).toEqual(['objectives', 0, 'title'])
      expect(byCode.invalid_value).toMatchObject({
        path: ['objectives', 0, 'level'],
        params: { options: 'company, team, individual' },
      })
      expect(byCode.invalid_date?.path).toEqual(['periods', 0, 'start'])
      expect(byCode.invalid_type).toMatchObject({
        path: ['people', 0, 'name'],
        params: { expected: 'string', received: 'number' },
      })
    })

    it('accepts 29 February only in leap years', () => {
      const leap = valid()
      leap.periods[0].end = '2024-02-29'
      leap.periods[0].start = '2024-01-01'
      expect(parseOkrDocument(leap).success).toBe(true)
      const common = valid()
      common.periods[0].end = '2026-02-29'
      expect(codes(common)).toEqual(['invalid_date'])
    })

    it('reports an unknown measure type with the allowed ones', () => {
      const input = valid()
      input.objectives[0].keyResults[0].measure = { type: 'percent', start: 0, target: 1 }
      const result = parseOkrDocument(input)
      expect(result.issues?.[0]).toMatchObject({
        code: 'invalid_value',
        path: ['objectives', 0, 'keyResults', 0, 'measure', 'type'],
        params: { options: 'metric, milestone' },
      })
    })

    it('refuses a target equal to the start', () => {
      const input = valid()
      input.objectives[0].keyResults[0].measure = { type: 'metric', start: 5, target: 5 }
      const result = parseOkrDocument(input)
      expect(result.issues).toEqual([
        expect.objectContaining({
          code: 'kr_target_equals_start',
          severity: 'error',
          path: ['objectives', 0, 'keyResults', 0, 'measure', 'target'],
          params: { start: 5 },
        }),
      ])
    })

    it('refuses duplicate ids, KR ids across objectives included', () => {
      const input = valid()
      input.objectives.push({ ...input.objectives[0], id: 'o2' })
      input.people.push({ id: 'p1', name: 'Again' })
      const result = parseOkrDocument(input)
      expect(result.issues?.map((i) => [i.code, i.path])).toEqual([
        ['duplicate_id', ['people', 1, 'id']],
        ['duplicate_id', ['objectives', 1, 'keyResults', 0, 'id']],
      ])
    })

    it('refuses a period that ends before it starts', () => {
      const input = valid()
      input.periods[0].end = '2025-12-31'
      expect(codes(input)).toEqual(['period_end_before_start'])
    })

    it('refuses scores and confidence outside 0–1, NaN and Infinity', () => {
      const input = valid()
      input.checkIns.push({
        id: 'c',
        keyResultId: 'k1',
        date: '2026-01-30',
        status: 'on-track',
        score: 1.5,
        confidence: -0.1,
        value: Number.NaN,
      })
      const result = parseOkrDocument(input)
      expect(result.issues?.map((i) => [i.code, i.path.at(-1)])).toEqual(
        expect.arrayContaining([
          ['too_big', 'score'],
          ['too_small', 'confidence'],
        ]),
      )
      expect(result.issues?.some((i) => i.path.at(-1) === 'value')).toBe(true)
    })

    it('refuses blank titles but keeps surrounding spaces as typed', () => {
      const blank = valid()
      blank.objectives[0].title = '   '
      expect(parseOkrDocument(blank).issues?.[0]).toMatchObject({
        code: 'too_short',
        path: ['objectives', 0, 'title'],
      })
      const spaced = valid()
      spaced.objectives[0].title = ' Delight customers '
      expect(parseOkrDocument(spaced).data?.objectives[0]?.title).toBe(' Delight customers ')
    })

    it('refuses strings over the length limit', () => {
      const input = valid()
      input.objectives[0].title = 'x'.repeat(501)
      expect(parseOkrDocument(input).issues?.[0]).toMatchObject({
        code: 'too_long',
        params: { maximum: 500 },
      })
    })

    it('refuses meta values that are not JSON', () => {
      const input = valid()
      input.meta = { when: new Date(0), fn: () => 1 }
      expect(codes(input)).toEqual(['invalid_json', 'invalid_json'])
    })

    it('localises messages', () => {
      const input = valid()
      input.extra = true
      const en = parseOkrDocument(input)
      const zh = parseOkrDocument(input, { locale: 'zh-CN' })
      expect(en.issues?.[0]?.message).toBe('Unknown field "extra". Put host data in "meta".')
      expect(zh.issues?.[0]?.message).toBe('未知字段“extra”。宿主应用的数据请放在“meta”中。')
    })
  })

  describe('hostile input', () => {
    it.each(['__proto__', 'constructor', 'prototype'])('refuses an own %s key anywhere', (key) => {
      const text = JSON.stringify(valid()).replace(
        '"title":"KR k1"',
        `"title":"KR k1","${key}":{"polluted":true}`,
      )
      const result = parseOkrDocument(JSON.parse(text))
      expect(result.issues).toEqual([
        expect.objectContaining({
          code: 'reserved_key',
          path: ['objectives', 0, 'keyResults', 0, key],
          params: { key },
        }),
      ])
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    })

    it('refuses reserved keys inside meta too', () => {
      const input = valid()
      input.meta = JSON.parse('{"a":{"__proto__":{"x":1}}}')
      expect(codes(input)).toEqual(['reserved_key'])
    })

    it('refuses nesting beyond the depth limit without overflowing the stack', () => {
      let deep: unknown = 1
      for (let i = 0; i < 100_000; i++) deep = { d: deep }
      const input = valid()
      input.meta = { deep }
      const result = parseOkrDocument(input)
      expect(result.issues?.[0]).toMatchObject({ code: 'too_deep', params: { maximum: 64 } })
    })

    it('refuses a list over the size limit before walking it', () => {
      const input = valid()
      input.checkIns = new Array(1_000_001)
      const started = performance.now()
      const result = parseOkrDocument(input)
      expect(performance.now() - started).toBeLessThan(500)
      expect(result.issues).toEqual([
        expect.objectContaining({
          code: 'too_many',
          path: ['checkIns'],
          params: { maximum: 1_000_000 },
        }),
      ])
    })

    it('bounds host data in meta: string length, list size and key count', () => {
      const long = valid()
      long.meta = { note: 'x'.repeat(20_001) }
      expect(parseOkrDocument(long).issues?.[0]).toMatchObject({
        code: 'too_long',
        path: ['meta', 'note'],
        params: { maximum: 20_000 },
      })
      const keys = valid()
      keys.meta = Object.fromEntries(Array.from({ length: 1_001 }, (_, i) => [`k${i}`, i]))
      expect(parseOkrDocument(keys).issues?.[0]).toMatchObject({
        code: 'too_many',
        path: ['meta'],
        params: { maximum: 1_000 },
      })
      const fine = valid()
      fine.meta = { list: Array.from({ length: 1_000 }, (_, i) => i), nested: { a: [{ b: 'c' }] } }
      expect(parseOkrDocument(fine).success).toBe(true)
    })

    it('reports each problem deep inside meta at its own path', () => {
      const input = valid()
      input.objectives[0].meta = {
        a: { list: Array(1_001).fill(0), ['k'.repeat(201)]: 1 },
        b: [{ c: Number.NaN }, { d: 'x'.repeat(20_001) }],
      }
      const at = ['objectives', 0, 'meta']
      const issues = parseOkrDocument(input).issues
      expect(issues).toHaveLength(4)
      expect(issues).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ code: 'too_many', path: [...at, 'a', 'list'] }),
          expect.objectContaining({ code: 'invalid', path: [...at, 'a', 'k'.repeat(201)] }),
          expect.objectContaining({ code: 'invalid_json', path: [...at, 'b', 0, 'c'] }),
          expect.objectContaining({ code: 'too_long', path: [...at, 'b', 1, 'd'] }),
        ]),
      )
    })

    it('terminates on cyclic input', () => {
      const input = valid()
      input.meta = { self: input }
      expect(parseOkrDocument(input).issues).toEqual([
        expect.objectContaining({ code: 'cyclic', path: ['meta', 'self'] }),
      ])
    })

    it('accepts an object shared by two branches', () => {
      const input = valid()
      const shared = { tag: 'x' }
      input.meta = { a: shared, b: shared }
      expect(parseOkrDocument(input).success).toBe(true)
    })

    it('walks a shared object once, not once per path to it', () => {
      // 2^50 paths through 50 objects: a walk per path would never end.
      let level: Record<string, unknown> = { leaf: true }
      for (let i = 0; i < 50; i++) level = { a: level, b: level }
      const input = valid()
      input.meta = { graph: level }
      const issues = parseOkrDocument(input).issues ?? []
      expect(issues.map((issue) => issue.code)).not.toContain('cyclic')
      expect(issues.map((issue) => issue.code)).not.toContain('too_deep')
    })

    it('answers a throwing getter with an issue, not an exception', () => {
      const input = valid()
      Object.defineProperty(input, 'teams', {
        enumerable: true,
        get: () => {
          throw new Error('boom')
        },
      })
      expect(codes(input)).toEqual(['invalid'])
    })
  })

  describe('versions', () => {
    it('refuses a newer schemaVersion as a typed failure', () => {
      const input = { ...valid(), schemaVersion: 2, newField: [] }
      const result = parseOkrDocument(input)
      expect(result.issues).toEqual([
        expect.objectContaining({
          code: 'unsupported_schema_version',
          path: ['schemaVersion'],
          params: { found: '2', supported: 1 },
        }),
      ])
      expect(result.issues?.[0]?.message).toContain('Update okrkit')
    })

    it.each([0, -1, 1.5, '1', null])('refuses schemaVersion %p', (schemaVersion) => {
      expect(codes({ ...valid(), schemaVersion })).toEqual(['invalid_schema_version'])
    })

    it('reads a document without schemaVersion as the pre-release format and migrates it', () => {
      const input = valid()
      delete input.schemaVersion
      input.objectives[0].keyResults[0].measure = { type: 'metric', baseline: 0, target: 10 }
      const result = parseOkrDocument(input)
      expect(result.issues).toBeUndefined()
      expect(result.data).toEqual(parseOkrDocument(valid()).data)
    })
  })
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exampleDocument, exampleDocumentZhCN } from '../data/example-document'
import { formatMessage } from '../i18n/format'
import { LOCALES } from '../i18n/locale'
import type { OkrDocument } from '../model/document'
import type { KeyResult } from '../model/key-result'
import type { Objective } from '../model/objective'
import { parseOkrDocument } from '../parse/parse-okr-document'
import { CSV_COLUMNS, NUMERIC_CSV_COLUMNS } from './csv-columns'
import { readCsv } from './csv-format'
import { CSV_CODES, fromCsv } from './from-csv'
import { toCsv } from './to-csv'

const HEADER =
  'objective_id,objective_title,objective_period,kr_id,kr_title,kr_type,kr_start,kr_target'

const issuesOf = (text: string, options = {}) => {
  const result = fromCsv(text, options)
  return (result.issues ?? []).map((i) => [i.code, i.path])
}

// Text a spreadsheet or a CSV writer could trip over, mixed into arbitrary Unicode.
const tricky = fc.constantFrom(
  '=',
  '+',
  '-',
  '@',
  '\t',
  '\r',
  '\n',
  ',',
  '"',
  "'",
  ' ',
  'a',
  '中',
  '🎯',
)
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: tricky, maxLength: 8 }),
  fc.constantFrom('=1+1', "'=1+1", "''=x", '  -5', '\r\n', '"a, b"', "'", '-5', '@me'),
)
const nonBlank = text.filter((s) => /\S/.test(s))
const optionalText = fc.option(
  text.filter((s) => s !== '' && s.length <= 50),
  { nil: undefined },
)
const number = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -1000, max: 1000 }),
  fc.constant(-0),
)
const measure = fc.oneof(
  fc
    .record({
      start: number,
      target: number,
      current: fc.option(number, { nil: undefined }),
      unit: optionalText,
    })
    .filter((m) => m.start !== m.target)
    .map((m) => ({ type: 'metric' as const, ...m })),
  fc
    .record({
      done: fc.boolean(),
      due: fc.option(fc.constantFrom('2026-02-28', '2024-02-29'), { nil: undefined }),
    })
    .map((m) => ({ type: 'milestone' as const, ...m })),
)
const keyResult = fc.record({
  id: text,
  title: nonBlank,
  ownerId: optionalText,
  weight: fc.oneof(fc.double({ min: 0, max: 1000, noNaN: true }), fc.constant(1)),
  measure,
})
const objectiveArb = fc.record({
  id: text,
  title: nonBlank,
  description: optionalText,
  level: fc.constantFrom('company', 'team', 'individual'),
  commitment: fc.constantFrom('aspirational', 'committed'),
  periodId: fc.constantFrom('2026-Q1', '=p', 'fy26'),
  teamId: optionalText,
  ownerId: optionalText,
  parentId: optionalText,
  keyResults: fc.array(keyResult, { maxLength: 4 }),
})

/** Drops undefined fields, as a document read from JSON has none. */
const clean = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T

type ObjectiveDraft = typeof objectiveArb extends fc.Arbitrary<infer T> ? T : never

/** A valid document around arbitrary objectives: unique ids, every referenced entity present. */
function documentOf(drafts: ObjectiveDraft[]): OkrDocument {
  const objectives = drafts.map(
    (draft, o): Objective =>
      clean({
        ...draft,
        id: `${draft.id}#${o}`,
        keyResults: draft.keyResults.map(
          (kr, k): KeyResult =>
            clean({ ...kr, id: `${kr.id}#${o}.${k}`, measure: clean(kr.measure) }),
        ),
      }) as Objective,
  )
  const ids = (pick: (o: Objective) => (string | undefined)[]) => [
    ...new Set(objectives.flatMap(pick).filter((id): id is string => id !== undefined)),
  ]
  const doc: OkrDocument = {
    schemaVersion: 1,
    periods: ids((o) => [o.periodId]).map((id) => ({
      id,
      label: 'P',
      kind: 'custom',
      start: '2026-01-01',
      end: '2026-06-30',
    })),
    teams: ids((o) => [o.teamId]).map((id) => ({ id, name: 'Team' })),
    people: ids((o) => [o.ownerId, ...o.keyResults.map((kr) => kr.ownerId)]).map((id) => ({
      id,
      name: 'Person',
    })),
    objectives,
    checkIns: [],
    retrospectives: [],
    meta: { source: 'test' },
  }
  const parsed = parseOkrDocument(doc)
  if (!parsed.success) throw new Error(JSON.stringify(parsed.issues))
  return parsed.data
}

describe('fromCsv', () => {
  it.each([
    ['en', exampleDocument],
    ['zh-CN', exampleDocumentZhCN],
  ])('reads back what toCsv wrote (%s example), keeping the base document', (_l, doc) => {
    expect(fromCsv(toCsv(doc), { base: doc })).toStrictEqual({ success: true, data: doc })
    expect(fromCsv(toCsv(doc, { bom: true }), { base: doc }).data).toStrictEqual(doc)
  })

  it('round-trips any objectives and key results exactly (property)', () => {
    fc.assert(
      fc.property(fc.array(objectiveArb, { maxLength: 4 }), (drafts) => {
        const doc = documentOf(drafts)
        const result = fromCsv(toCsv(doc), { base: doc })
        expect(result.issues).toBeUndefined()
        expect(result.data).toStrictEqual(doc)
      }),
      { numRuns: 200 },
    )
  }, 60_000)

  it('never writes a text cell a spreadsheet would run as a formula (property)', () => {
    fc.assert(
      fc.property(fc.array(objectiveArb, { maxLength: 3 }), (drafts) => {
        const [, ...records] = readCsv(toCsv(documentOf(drafts))).records ?? []
        for (const { cells } of records) {
          CSV_COLUMNS.forEach((column, i) => {
            if (!NUMERIC_CSV_COLUMNS.has(column)) expect(cells[i]).not.toMatch(/^ *[=+\-@\t\r]/)
          })
        }
      }),
      { numRuns: 100 },
    )
  }, 60_000)

  it('builds periods, teams and people from the ids it meets, without a base', () => {
    const result = fromCsv(toCsv(exampleDocument))
    expect(result.success).toBe(true)
    expect(result.data?.objectives).toStrictEqual(exampleDocument.objectives)
    expect(result.data?.periods).toEqual([
      { id: '2026-Q1', label: 'Q1 2026', kind: 'quarter', start: '2026-01-01', end: '2026-03-31' },
    ])
    expect(result.data?.teams.map((t) => [t.id, t.name])).toEqual([
      ['team-company', 'team-company'],
      ['team-support', 'team-support'],
      ['team-product', 'team-product'],
    ])
    expect(result.data?.people).toContainEqual({ id: 'p-ceo', name: 'p-ceo' })
    expect(result.data?.checkIns).toEqual([])
  })

  it('reads a hand-made sheet: LF, any column order and case, defaults, spreadsheet booleans', () => {
    const sheet = [
      'KR_Title,Objective_ID,objective_title,objective_period,kr_id,kr_start,kr_target,kr_done,kr_due',
      'Grow signups,o1,Grow,2026-03,k1,10,20,,',
      'Launch,o1,,2026-03,k2,,,TRUE,2026-03-20',
      "Shrink churn,o1,Grow,2026-03,k3,'5,2,,",
      '',
      ',o2,Second,2026,,,,,',
      ',,,,,,,,',
    ].join('\n')
    const result = fromCsv(sheet)
    expect(result.issues).toBeUndefined()
    const [o1, o2] = result.data?.objectives ?? []
    expect(o1).toStrictEqual({
      id: 'o1',
      periodId: '2026-03',
      title: 'Grow',
      level: 'team',
      commitment: 'aspirational',
      keyResults: [
        {
          id: 'k1',
          title: 'Grow signups',
          weight: 1,
          measure: { type: 'metric', start: 10, target: 20 },
        },
        {
          id: 'k2',
          title: 'Launch',
          weight: 1,
          measure: { type: 'milestone', done: true, due: '2026-03-20' },
        },
        {
          id: 'k3',
          title: 'Shrink churn',
          weight: 1,
          measure: { type: 'metric', start: 5, target: 2 },
        },
      ],
    })
    expect(o2).toMatchObject({ id: 'o2', periodId: '2026', keyResults: [] })
    expect(result.data?.periods.map((p) => [p.id, p.kind, p.start, p.end])).toEqual([
      ['2026-03', 'month', '2026-03-01', '2026-03-31'],
      ['2026', 'year', '2026-01-01', '2026-12-31'],
    ])
  })

  describe('issues', () => {
    it('names the row and column of values it cannot read', () => {
      const sheet = `${HEADER},kr_done,kr_weight\r\no1,O,2026-Q1,k1,K,metric,ten,5,,1\r\no1,O,2026-Q1,k2,K,milestone,,,maybe,heavy\r\n`
      expect(issuesOf(sheet)).toEqual([
        ['not_a_number', [2, 'kr_start']],
        ['not_a_number', [3, 'kr_weight']],
        ['not_a_boolean', [3, 'kr_done']],
      ])
      const [first] = fromCsv(sheet).issues ?? []
      expect(first?.message).toBe(
        'Row 2, kr_start: "ten" is not a number. Write digits with a dot for decimals, such as -2.5.',
      )
      expect(first?.params).toEqual({ row: 2, column: 'kr_start', value: 'ten' })
    })

    it('places the schema’s findings at the cell they came from', () => {
      const sheet = [
        `${HEADER},objective_level`,
        'o1,O,2026-Q1,k1,,metric,0,1,team',
        'o1,O,2026-Q1,k3,K,percent,,,team',
        'o2,P,2026-Q1,k4,K,metric,0,,department',
      ].join('\r\n')
      const result = fromCsv(sheet)
      expect(result.issues?.map((i) => [i.code, i.path])).toEqual([
        ['too_short', [2, 'kr_title']],
        ['invalid_value', [3, 'kr_type']],
        ['invalid_value', [4, 'objective_level']],
        ['required', [4, 'kr_target']],
      ])
      expect(result.issues?.[0]?.message).toBe('Row 2, kr_title: Must not be empty.')
      expect(result.issues?.[1]?.params).toMatchObject({ options: 'metric, milestone', row: 3 })
      // Checks across fields run once the shape is right, as in parseOkrDocument.
      const consistent = [
        HEADER,
        'o1,O,2026-Q1,k1,K,metric,0,1',
        'o1,O,2026-Q1,k2,K,metric,5,5',
        'o2,P,2026-Q1,k1,K,metric,0,1',
      ].join('\r\n')
      expect(issuesOf(consistent)).toEqual([
        ['kr_target_equals_start', [3, 'kr_target']],
        ['duplicate_id', [4, 'kr_id']],
      ])
    })

    it('refuses an objective whose repeated columns disagree', () => {
      const sheet = `${HEADER}\r\no1,First,2026-Q1,k1,K,metric,0,1\r\no1,Second,2026-Q1,k2,K,metric,0,1\r\n`
      const [found] = fromCsv(sheet).issues ?? []
      expect(found).toMatchObject({
        code: 'objective_mismatch',
        path: [3, 'objective_title'],
        params: { value: 'Second', first: 'First', firstRow: 2 },
      })
    })

    it('refuses values that do not fit the key result type', () => {
      const sheet = `${HEADER},kr_done\r\no1,O,2026-Q1,k1,K,metric,0,1,true\r\no1,O,2026-Q1,k2,K,milestone,0,,false\r\n`
      expect(issuesOf(sheet)).toEqual([
        ['not_applicable', [2, 'kr_done']],
        ['not_applicable', [3, 'kr_start']],
      ])
    })

    it('asks for the dates of a period it cannot name', () => {
      const sheet = `${HEADER}\r\no1,O,next quarter,k1,K,metric,0,1\r\n`
      expect(issuesOf(sheet)).toEqual([['unknown_period', [2, 'objective_period']]])
      const base = structuredClone(exampleDocument) as OkrDocument
      base.periods.push({
        id: 'next quarter',
        label: 'Next',
        kind: 'custom',
        start: '2026-04-01',
        end: '2026-06-30',
      })
      expect(fromCsv(sheet, { base }).success).toBe(true)
    })

    it('checks the header row', () => {
      expect(issuesOf('objective_id,objective_title,notes,kr_id,kr_id\r\n')).toEqual([
        ['unknown_column', [1, 'notes']],
        ['duplicate_column', [1, 'kr_id']],
        ['missing_column', [1, 'objective_period']],
      ])
      expect(issuesOf('')).toEqual([['empty', []]])
      expect(issuesOf('\r\n,,\r\n')).toEqual([['empty', []]])
    })

    it('reports broken quoting and cells outside the header', () => {
      expect(issuesOf(`${HEADER}\r\no1,"O,2026-Q1\r\n`)).toEqual([['unclosed_quote', [2]]])
      expect(issuesOf(`${HEADER}\r\no1,"O"x,2026-Q1\r\n`)).toEqual([['invalid_quote', [2]]])
      expect(issuesOf(`${HEADER}\r\no1,O,2026-Q1,k1,K,metric,0,1,stray\r\n`)).toEqual([
        ['extra_cells', [2]],
      ])
      // Trailing empty cells, as spreadsheets write them, are fine.
      expect(fromCsv(`${HEADER},\r\no1,O,2026-Q1,k1,K,metric,0,1,,\r\n`).success).toBe(true)
    })

    it('speaks Chinese and never throws', () => {
      const sheet = `${HEADER}\r\no1,O,2026-Q1,k1,K,metric,十,1\r\n`
      expect(fromCsv(sheet, { locale: 'zh-CN' }).issues?.[0]?.message).toBe(
        '第 2 行 kr_start:“十”不是数字。请用阿拉伯数字书写,小数用点号,例如 -2.5。',
      )
      expect(fromCsv(42 as unknown as string).issues?.[0]?.code).toBe('empty')
      expect(fromCsv(sheet, { base: null as unknown as OkrDocument }).success).toBe(false)
    })

    it.each(LOCALES)('has a %s message for every code', (locale) => {
      for (const code of CSV_CODES) {
        expect(formatMessage(`csv.${code}`, {}, { locale })).not.toBe('')
      }
    })
  })
})

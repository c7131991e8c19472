import { type CatalogKey, CSV_MESSAGES, mergeCatalogs, PARSE_MESSAGES } from '../i18n/catalogs'
import { formatMessageFrom, type LocaleOptions } from '../i18n/format'
import type { IssueParams, IssuePath, OkrIssue, OkrResult } from '../issue'
import { CURRENT_SCHEMA_VERSION, type OkrDocument } from '../model/document'
import type { KeyResult } from '../model/key-result'
import type { Objective } from '../model/objective'
import type { Period } from '../model/period'
import type { Person, Team } from '../model/team'
import type { ParseCode } from '../parse/parse-codes'
import { parseOkrDocument } from '../parse/parse-okr-document'
import { monthOf, quarterOf, yearOf } from '../periods/quarter-of'
import {
  CSV_COLUMNS,
  type CsvColumn,
  KEY_RESULT_CSV_COLUMNS,
  NUMERIC_CSV_COLUMNS,
  OBJECTIVE_CSV_COLUMNS,
  REQUIRED_CSV_COLUMNS,
} from './csv-columns'
import { type CsvRecord, readCsv, restoreCell } from './csv-format'

// Cells are checked by the document parser too, so its messages come along.
const CSV_IMPORT_MESSAGES = /* @__PURE__ */ mergeCatalogs(CSV_MESSAGES, PARSE_MESSAGES)
type CsvMessageKey = CatalogKey<typeof CSV_IMPORT_MESSAGES>

/**
 * Codes of the issues `fromCsv` reports about the sheet itself; each has a `csv.<code>` catalog
 * message. Problems with the values (a missing title, an unknown level) are reported with the
 * codes of `parseOkrDocument`, at the cell they came from.
 *
 * @example
 * CSV_CODES.includes('not_a_number') // true
 */
export const CSV_CODES = [
  'empty',
  'unclosed_quote',
  'invalid_quote',
  'missing_column',
  'unknown_column',
  'duplicate_column',
  'extra_cells',
  'not_a_number',
  'not_a_boolean',
  'not_applicable',
  'objective_mismatch',
  'unknown_period',
] as const

/**
 * A code of a `fromCsv` issue about the sheet: one of {@link CSV_CODES}.
 *
 * @example
 * const code: CsvCode = 'unknown_column'
 */
export type CsvCode = (typeof CSV_CODES)[number]

/** Options of {@link fromCsv}. */
export interface FromCsvOptions extends LocaleOptions {
  /**
   * A document to import into. Its periods, teams, people, check-ins, retrospectives and `meta`
   * are kept and its objectives replaced by the sheet's; an objective or key result whose id it
   * already has keeps its `meta` (the sheet has no column for it).
   */
  base?: OkrDocument
}

type CsvIssue = OkrIssue<CsvCode | ParseCode>

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i
const BOOLEANS: Record<string, boolean> = { true: true, false: false, yes: true, no: false }
const METRIC_ONLY: readonly CsvColumn[] = ['kr_start', 'kr_target', 'kr_current', 'kr_unit']
const MILESTONE_ONLY: readonly CsvColumn[] = ['kr_done', 'kr_due']

// The ids quarterOf, monthOf and yearOf give to calendar periods, so their dates are known.
const QUARTER_ID = /^(\d{4})-Q([1-4])$/
const MONTH_ID = /^(\d{4})-(0[1-9]|1[0-2])$/
const YEAR_ID = /^(\d{4})$/

function periodFromId(id: string): Period | undefined {
  const quarter = QUARTER_ID.exec(id)
  if (quarter) {
    const month = String((Number(quarter[2]) - 1) * 3 + 1).padStart(2, '0')
    return quarterOf(`${quarter[1]}-${month}-01`)
  }
  if (MONTH_ID.test(id)) return monthOf(`${id}-01`)
  if (YEAR_ID.test(id)) return yearOf(`${id}-01-01`)
  return undefined
}

/** Where a field of the model comes from in the sheet. */
const OBJECTIVE_FIELDS: Record<string, CsvColumn> = {
  id: 'objective_id',
  title: 'objective_title',
  description: 'objective_description',
  level: 'objective_level',
  commitment: 'objective_commitment',
  periodId: 'objective_period',
  teamId: 'objective_team',
  ownerId: 'objective_owner',
  parentId: 'objective_parent',
  keyResults: 'kr_id',
}
const KEY_RESULT_FIELDS: Record<string, CsvColumn> = {
  id: 'kr_id',
  title: 'kr_title',
  ownerId: 'kr_owner',
  weight: 'kr_weight',
  measure: 'kr_type',
}
const MEASURE_FIELDS: Record<string, CsvColumn> = {
  type: 'kr_type',
  start: 'kr_start',
  target: 'kr_target',
  current: 'kr_current',
  unit: 'kr_unit',
  done: 'kr_done',
  due: 'kr_due',
}

/** One data row: its cells by column, neutralisation undone on text columns. */
interface Row {
  row: number
  get(column: CsvColumn): string
}

interface ObjectiveDraft {
  rows: Row[]
  /** Each objective column's value, and the row it was first given on. */
  values: Map<CsvColumn, { value: string; row: number }>
  keyResults: { kr: KeyResult; row: number }[]
}

/**
 * Reads a spreadsheet exported as CSV (the columns of `toCsv`, in any order, names in any case)
 * into a valid OKR document; `toCsv` → `fromCsv` gives back the same objectives and key results.
 * Never throws: returns the document or every issue, each with `[row, column]` as its path (rows
 * counted as the spreadsheet does, the header being row 1) and a localised message.
 *
 * Rows with the same `objective_id` make one objective; its columns may repeat the same value or
 * be left empty after the first. A row whose KR columns are all empty adds no key result. Empty
 * cells are absent fields, except `objective_level` (default `team`), `objective_commitment`
 * (`aspirational`), `kr_weight` (1) and `kr_type` (`milestone` when `kr_done` or `kr_due` is
 * set, else `metric`). Booleans are `true`/`false` (or `yes`/`no`), any case. The `'` that
 * `toCsv` puts before formula-like text is removed.
 *
 * Periods, teams and people the rows refer to come from `base` when given; others are created:
 * a team or person named by its id, a period from an id `quarterOf` / `monthOf` / `yearOf`
 * would give (`2026-Q1`, `2026-03`, `2026`). Any other unknown period is an issue.
 *
 * @example
 * const result = fromCsv(text, { locale: 'zh-CN' })
 * if (result.success) save(result.data)
 * else for (const issue of result.issues) console.error(issue.path.join(':'), issue.message)
 * // 3:kr_target 第 3 行 kr_target:“ten”不是数字。…
 */
export function fromCsv(
  text: string,
  options: FromCsvOptions = {},
): OkrResult<OkrDocument, CsvCode | ParseCode> {
  try {
    return readSheet(text, options)
  } catch {
    // Exotic input (not a string, a hostile base) still gets an answer, not an exception.
    return { success: false, issues: [issue('invalid', [], {}, options, 'parse.invalid')] }
  }
}

function issue(
  code: CsvCode | ParseCode,
  path: IssuePath,
  params: IssueParams,
  options: LocaleOptions,
  key: CsvMessageKey = `csv.${code as CsvCode}`,
): CsvIssue {
  return {
    code,
    severity: 'error',
    path,
    params,
    message: formatMessageFrom(CSV_IMPORT_MESSAGES, key, params, options),
  }
}

function readSheet(
  text: string,
  options: FromCsvOptions,
): OkrResult<OkrDocument, CsvCode | ParseCode> {
  if (typeof text !== 'string') return fail([issue('empty', [], {}, options)])
  const read = readCsv(text)
  if (read.error) {
    const { code, row, cell } = read.error
    return fail([issue(code, [row], { row, cell: cell + 1 }, options)])
  }
  const records = read.records.filter((record) => record.cells.some((cell) => cell.trim() !== ''))
  const header = records[0]
  if (header === undefined) return fail([issue('empty', [], {}, options)])
  const headerRow = header.row

  const issues: CsvIssue[] = []
  const columnAt = new Map<CsvColumn, number>()
  header.cells.forEach((cell, index) => {
    const name = cell.trim().toLowerCase()
    if (name === '') return
    if (!(CSV_COLUMNS as readonly string[]).includes(name)) {
      const params = { row: headerRow, column: cell, columns: CSV_COLUMNS.join(', ') }
      issues.push(issue('unknown_column', [headerRow, cell], params, options))
    } else if (columnAt.has(name as CsvColumn)) {
      const params = { row: headerRow, column: name }
      issues.push(issue('duplicate_column', [headerRow, name], params, options))
    } else columnAt.set(name as CsvColumn, index)
  })
  for (const column of REQUIRED_CSV_COLUMNS) {
    if (!columnAt.has(column)) {
      const params = { row: headerRow, column }
      issues.push(issue('missing_column', [headerRow, column], params, options))
    }
  }
  if (issues.length > 0) return fail(issues)

  const named = new Set(columnAt.values())
  const rows: Row[] = []
  for (const record of records.slice(1)) {
    const stray = record.cells.findIndex((cell, index) => !named.has(index) && cell.trim() !== '')
    if (stray !== -1) {
      const params = { row: record.row, cell: stray + 1 }
      issues.push(issue('extra_cells', [record.row], params, options))
      continue
    }
    rows.push(toRow(record, columnAt))
  }

  const drafts = new Map<string, ObjectiveDraft>()
  for (const row of rows) {
    const id = row.get('objective_id')
    let draft = drafts.get(id)
    if (!draft) {
      draft = { rows: [], values: new Map(), keyResults: [] }
      drafts.set(id, draft)
    }
    draft.rows.push(row)
    for (const column of OBJECTIVE_CSV_COLUMNS) {
      const value = row.get(column)
      if (value === '') continue
      const first = draft.values.get(column)
      if (!first) draft.values.set(column, { value, row: row.row })
      else if (first.value !== value) {
        const params = { row: row.row, column, value, first: first.value, firstRow: first.row }
        issues.push(issue('objective_mismatch', [row.row, column], params, options))
      }
    }
    if (KEY_RESULT_CSV_COLUMNS.some((column) => row.get(column).trim() !== '')) {
      draft.keyResults.push({ kr: readKeyResult(row, issues, options), row: row.row })
    }
  }

  const base = options.base
  const baseObjectives = new Map(base?.objectives.map((o) => [o.id, o]))
  const baseKeyResults = new Map(
    base?.objectives.flatMap((o) => o.keyResults.map((kr) => [kr.id, kr] as const)),
  )
  const objectives: Objective[] = []
  /** The sheet row of each objective column and key result, to place the document's issues. */
  const objectiveRows: ((column: CsvColumn) => number)[] = []
  const keyResultRows: number[][] = []
  for (const [id, draft] of drafts) {
    const value = (column: CsvColumn) => draft.values.get(column)?.value
    const firstRow = draft.rows[0]?.row ?? 1
    const optional = (key: keyof Objective, column: CsvColumn) => {
      const v = value(column)
      return v === undefined ? {} : { [key]: v }
    }
    // Enumerations forgive case and spaces; an empty one takes the default.
    const choice = (column: CsvColumn) => value(column)?.trim().toLowerCase()
    const meta = baseObjectives.get(id)?.meta
    const keyResults = draft.keyResults.map(({ kr }) => {
      const krMeta = baseKeyResults.get(kr.id)?.meta
      return krMeta === undefined ? kr : { ...kr, meta: krMeta }
    })
    objectives.push({
      id,
      periodId: value('objective_period') ?? '',
      title: value('objective_title') ?? '',
      ...optional('description', 'objective_description'),
      ...optional('ownerId', 'objective_owner'),
      ...optional('teamId', 'objective_team'),
      level: (choice('objective_level') || 'team') as Objective['level'],
      ...optional('parentId', 'objective_parent'),
      commitment: (choice('objective_commitment') || 'aspirational') as Objective['commitment'],
      keyResults,
      ...(meta !== undefined && { meta }),
    } as Objective)
    objectiveRows.push((column) => draft.values.get(column)?.row ?? firstRow)
    keyResultRows.push(draft.keyResults.map((k) => k.row))
  }

  const periods = [...(base?.periods ?? [])]
  const teams = [...(base?.teams ?? [])]
  const people = [...(base?.people ?? [])]
  const known = (list: { id: string }[]) => new Set(list.map((item) => item.id))
  const periodIds = known(periods)
  const teamIds = known(teams)
  const personIds = known(people)
  const addPerson = (id: string | undefined) => {
    if (id === undefined || id.trim() === '' || personIds.has(id)) return
    personIds.add(id)
    people.push({ id, name: id } satisfies Person)
  }
  objectives.forEach((objective, o) => {
    const periodId = objective.periodId
    if (periodId !== '' && !periodIds.has(periodId)) {
      periodIds.add(periodId)
      const period = periodFromId(periodId)
      if (period) periods.push(period)
      else {
        const row = objectiveRows[o]?.('objective_period') ?? 1
        const params = { row, column: 'objective_period', periodId }
        issues.push(issue('unknown_period', [row, 'objective_period'], params, options))
      }
    }
    const teamId = objective.teamId
    if (teamId !== undefined && teamId.trim() !== '' && !teamIds.has(teamId)) {
      teamIds.add(teamId)
      teams.push({ id: teamId, name: teamId } satisfies Team)
    }
    addPerson(objective.ownerId)
    for (const kr of objective.keyResults) addPerson(kr.ownerId)
  })

  const doc: OkrDocument = {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    periods,
    teams,
    people,
    objectives,
    checkIns: [...(base?.checkIns ?? [])],
    retrospectives: [...(base?.retrospectives ?? [])],
    ...(base?.meta !== undefined && { meta: base.meta }),
  }
  const parsed = parseOkrDocument(doc, options)
  if (parsed.success && issues.length === 0) return parsed

  // Each problem once: a cell the sheet already reported is not reported again by the schema.
  const reported = new Set(issues.map((i) => i.path.join('\u0000')))
  for (const found of parsed.issues ?? []) {
    const place = locate(found.path, objectiveRows, keyResultRows)
    if (!place) {
      issues.push(found)
      continue
    }
    const [row, column] = place
    if (reported.has(`${row}\u0000${column}`)) continue
    reported.add(`${row}\u0000${column}`)
    const params = { ...found.params, row, column }
    issues.push({
      ...found,
      path: place,
      params,
      message: formatMessageFrom(
        CSV_IMPORT_MESSAGES,
        'csv.at',
        { row, column, message: found.message },
        options,
      ),
    })
  }
  return fail(sortIssues(issues))
}

function fail(issues: CsvIssue[]): { success: false; issues: CsvIssue[] } {
  return { success: false, issues }
}

function toRow(record: CsvRecord, columnAt: Map<CsvColumn, number>): Row {
  return {
    row: record.row,
    get(column) {
      const index = columnAt.get(column)
      const cell = index === undefined ? '' : (record.cells[index] ?? '')
      return NUMERIC_CSV_COLUMNS.has(column) ? cell : restoreCell(cell)
    },
  }
}

function readKeyResult(row: Row, issues: CsvIssue[], options: LocaleOptions): KeyResult {
  const at = row.row
  const number = (column: CsvColumn): number | undefined => {
    // Other tools neutralise every cell; a `'` before a number is theirs.
    const cell = row.get(column).trim().replace(/^'/, '')
    if (cell === '') return undefined
    const value = Number(cell)
    if (NUMBER.test(cell) && Number.isFinite(value)) return value
    const params = { row: at, column, value: row.get(column) }
    issues.push(issue('not_a_number', [at, column], params, options))
    return undefined
  }
  const given = (column: CsvColumn) => row.get(column).trim() !== ''
  const optional = <K extends string>(key: K, value: unknown) =>
    value === undefined ? {} : ({ [key]: value } as Record<K, unknown>)

  const rawType = row.get('kr_type').trim().toLowerCase()
  const type = rawType !== '' ? rawType : MILESTONE_ONLY.some(given) ? 'milestone' : 'metric'
  const notApplicable = (columns: readonly CsvColumn[]) => {
    for (const column of columns.filter(given)) {
      const params = { row: at, column, type }
      issues.push(issue('not_applicable', [at, column], params, options))
    }
  }

  let measure: Record<string, unknown>
  if (type === 'metric') {
    notApplicable(MILESTONE_ONLY)
    const unit = row.get('kr_unit')
    measure = {
      type,
      ...optional('start', number('kr_start')),
      ...optional('target', number('kr_target')),
      ...optional('unit', unit === '' ? undefined : unit),
      ...optional('current', number('kr_current')),
    }
  } else if (type === 'milestone') {
    notApplicable(METRIC_ONLY)
    const cell = row.get('kr_done').trim()
    let done: boolean | undefined
    if (cell !== '') {
      done = BOOLEANS[cell.toLowerCase()]
      if (done === undefined) {
        const params = { row: at, column: 'kr_done', value: row.get('kr_done') }
        issues.push(issue('not_a_boolean', [at, 'kr_done'], params, options))
      }
    }
    const due = row.get('kr_due').trim()
    measure = { type, ...optional('done', done), ...optional('due', due === '' ? undefined : due) }
  } else {
    // Not a measure type: the schema names the allowed ones, at kr_type.
    measure = { type: row.get('kr_type') }
  }

  const owner = row.get('kr_owner')
  return {
    id: row.get('kr_id'),
    title: row.get('kr_title'),
    ...optional('ownerId', owner === '' ? undefined : owner),
    weight: number('kr_weight') ?? 1,
    measure,
  } as KeyResult
}

/** The sheet cell a document path points into, or `undefined` outside the objectives. */
function locate(
  path: IssuePath,
  objectiveRows: ((column: CsvColumn) => number)[],
  keyResultRows: number[][],
): [number, CsvColumn] | undefined {
  const [collection, o, field, k, krField, measureField] = path
  if (collection !== 'objectives' || typeof o !== 'number') return undefined
  const rowOf = objectiveRows[o]
  if (!rowOf) return undefined
  if (field === 'keyResults' && typeof k === 'number') {
    const row = keyResultRows[o]?.[k]
    if (row === undefined) return undefined
    const column =
      krField === 'measure' && typeof measureField === 'string'
        ? MEASURE_FIELDS[measureField]
        : KEY_RESULT_FIELDS[String(krField)]
    return [row, column ?? 'kr_id']
  }
  const column = OBJECTIVE_FIELDS[String(field)] ?? 'objective_id'
  return [rowOf(column), column]
}

const COLUMN_ORDER = new Map<string, number>(CSV_COLUMNS.map((column, index) => [column, index]))

function sortIssues(issues: CsvIssue[]): CsvIssue[] {
  const row = (i: CsvIssue) => (typeof i.path[0] === 'number' ? i.path[0] : 0)
  const column = (i: CsvIssue) => COLUMN_ORDER.get(String(i.path[1])) ?? -1
  return issues.sort((a, b) => row(a) - row(b) || column(a) - column(b))
}

import type { OkrDocument } from '../model/document'
import type { KeyResult } from '../model/key-result'
import type { Objective } from '../model/objective'
import { CSV_COLUMNS, type CsvColumn, NUMERIC_CSV_COLUMNS } from './csv-columns'
import { neutralizeCell, writeCsv } from './csv-format'

/** Options of {@link toCsv}. */
export interface ToCsvOptions {
  /**
   * Start with a UTF-8 byte order mark, so Excel opens non-ASCII text (Chinese, accents) in the
   * right encoding. `fromCsv` skips it. Default `false`.
   */
  bom?: boolean
}

type Cells = Partial<Record<CsvColumn, string | number | boolean | undefined>>

// -0 would print as "0"; the sign is kept so numbers round-trip exactly.
const formatNumber = (value: number) => (Object.is(value, -0) ? '-0' : String(value))

function objectiveCells(objective: Objective): Cells {
  return {
    objective_id: objective.id,
    objective_title: objective.title,
    objective_description: objective.description,
    objective_level: objective.level,
    objective_commitment: objective.commitment,
    objective_period: objective.periodId,
    objective_team: objective.teamId,
    objective_owner: objective.ownerId,
    objective_parent: objective.parentId,
  }
}

function keyResultCells(kr: KeyResult): Cells {
  const { measure } = kr
  const cells: Cells = {
    kr_id: kr.id,
    kr_title: kr.title,
    kr_owner: kr.ownerId,
    kr_weight: kr.weight,
    kr_type: measure.type,
  }
  if (measure.type === 'metric') {
    cells.kr_start = measure.start
    cells.kr_target = measure.target
    cells.kr_current = measure.current
    cells.kr_unit = measure.unit
  } else {
    cells.kr_done = measure.done
    cells.kr_due = measure.due
  }
  return cells
}

function cellText(column: CsvColumn, value: Cells[CsvColumn]): string {
  if (value === undefined) return ''
  if (typeof value === 'number' && NUMERIC_CSV_COLUMNS.has(column)) return formatNumber(value)
  // Everything else may hold user text: ids, titles, units. Enum values pass through unchanged.
  return neutralizeCell(String(value))
}

/**
 * The objectives and key results of a document as RFC 4180 CSV for a spreadsheet: one row per
 * key result with its objective's columns repeated (`CSV_COLUMNS`), CRLF line ends. Text cells a
 * spreadsheet would run as a formula (starting with `= + - @`, tab or CR, also after spaces) get
 * a `'` prefix; numeric columns stay plain numbers, so `-5` is still a number. `fromCsv` reads it
 * back. Check-ins, retrospectives and `meta` are not part of the sheet.
 *
 * @example
 * toCsv(exampleDocument).split('\r\n')[0] // 'objective_id,objective_title,…,kr_due'
 * toCsv(exampleDocumentZhCN, { bom: true }) // for Excel
 */
export function toCsv(doc: OkrDocument, options: ToCsvOptions = {}): string {
  const records: string[][] = [[...CSV_COLUMNS]]
  for (const objective of doc.objectives) {
    const objectiveRow = objectiveCells(objective)
    const rows = objective.keyResults.length > 0 ? objective.keyResults.map(keyResultCells) : [{}]
    for (const krRow of rows) {
      const cells: Cells = { ...objectiveRow, ...krRow }
      records.push(CSV_COLUMNS.map((column) => cellText(column, cells[column])))
    }
  }
  return `${options.bom ? '\uFEFF' : ''}${writeCsv(records)}`
}

/**
 * The columns of okrkit's CSV, in order: one row per key result, the objective's columns repeated
 * on each of its rows (an objective without key results gets one row with the KR columns empty).
 * Ids are kept exactly; an empty cell is an absent field. Stable: hosts and spreadsheets rely on
 * the names.
 *
 * @example
 * CSV_COLUMNS[0] // 'objective_id'
 */
export const CSV_COLUMNS = [
  'objective_id',
  'objective_title',
  'objective_description',
  'objective_level',
  'objective_commitment',
  'objective_period',
  'objective_team',
  'objective_owner',
  'objective_parent',
  'kr_id',
  'kr_title',
  'kr_owner',
  'kr_weight',
  'kr_type',
  'kr_start',
  'kr_target',
  'kr_current',
  'kr_unit',
  'kr_done',
  'kr_due',
] as const

/**
 * A column of okrkit's CSV: one of {@link CSV_COLUMNS}.
 *
 * @example
 * const column: CsvColumn = 'kr_target'
 */
export type CsvColumn = (typeof CSV_COLUMNS)[number]

/** Columns a CSV must have: without them no objective or key result can be built. */
export const REQUIRED_CSV_COLUMNS: readonly CsvColumn[] = [
  'objective_id',
  'objective_title',
  'objective_period',
]

/** Columns written as plain numbers: never neutralised, so `-5` stays a number. */
export const NUMERIC_CSV_COLUMNS: ReadonlySet<CsvColumn> = /* @__PURE__ */ new Set<CsvColumn>([
  'kr_weight',
  'kr_start',
  'kr_target',
  'kr_current',
])

/** The objective's own columns, repeated on each of its rows. */
export const OBJECTIVE_CSV_COLUMNS: readonly CsvColumn[] = /* @__PURE__ */ CSV_COLUMNS.filter(
  (column) => column.startsWith('objective_'),
)

/** The key result's columns; all empty on an objective's row without a key result. */
export const KEY_RESULT_CSV_COLUMNS: readonly CsvColumn[] = /* @__PURE__ */ CSV_COLUMNS.filter(
  (column) => column.startsWith('kr_'),
)

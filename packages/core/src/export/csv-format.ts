// RFC 4180 reading and writing, and the formula neutralisation spreadsheets need. Internal: the
// public functions are toCsv and fromCsv.

/** RFC 4180: fields holding a comma, a quote, CR or LF are quoted. */
const NEEDS_QUOTES = /[",\r\n]/

/**
 * A cell a spreadsheet would run as a formula: after optional spaces, one of `= + - @`, tab or
 * CR. Our own `'` prefixes are skipped first, so a text that already starts with `'` gets one
 * more and {@link restoreCell} can always undo exactly one.
 */
const FORMULA = /^'* *[=+\-@\t\r]/

/**
 * Quotes a cell for RFC 4180 when it needs it, doubling its quotes.
 *
 * @example
 * quoteCell('Say "hi", then leave') // '"Say ""hi"", then leave"'
 */
export function quoteCell(cell: string): string {
  return NEEDS_QUOTES.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell
}

/**
 * Prefixes `'` to a text cell a spreadsheet would otherwise run as a formula (CSV injection).
 *
 * @example
 * neutralizeCell('=HYPERLINK("http://evil")') // "'=HYPERLINK(\"http://evil\")"
 * neutralizeCell('Grow revenue') // 'Grow revenue'
 */
export function neutralizeCell(text: string): string {
  return FORMULA.test(text) ? `'${text}` : text
}

/**
 * The inverse of {@link neutralizeCell}: removes the prefix it adds, and nothing else.
 *
 * @example
 * restoreCell("'=1+1") // '=1+1'
 * restoreCell("'quoted'") // "'quoted'"
 */
export function restoreCell(cell: string): string {
  return cell.startsWith("'") && FORMULA.test(cell.slice(1)) ? cell.slice(1) : cell
}

/** One record of a CSV file with its 1-based row number (the header is row 1), as a spreadsheet counts. */
export interface CsvRecord {
  row: number
  cells: string[]
}

/** Why a CSV file cannot be read, and where. */
export interface CsvSyntaxError {
  code: 'unclosed_quote' | 'invalid_quote'
  row: number
  /** 0-based index of the cell in its record. */
  cell: number
}

export type CsvReadResult =
  | { records: CsvRecord[]; error?: undefined }
  | { records?: undefined; error: CsvSyntaxError }

/**
 * Reads CSV text into records (RFC 4180, leniently: CRLF, LF or CR line ends, a leading byte
 * order mark, a quote inside an unquoted cell kept as text). A quoted cell that never closes, or
 * text after a closing quote, is an error with its row. The last line end is optional.
 *
 * @example
 * readCsv('a,b\r\n"1,5",2\r\n').records // [{ row: 1, cells: ['a', 'b'] }, { row: 2, cells: ['1,5', '2'] }]
 */
export function readCsv(text: string): CsvReadResult {
  const records: CsvRecord[] = []
  const length = text.length
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0
  let cells: string[] = []
  let row = 1
  if (at >= length) return { records }
  while (true) {
    let cell: string
    if (text[at] === '"') {
      // A quoted cell runs to the next quote that is not doubled.
      let value = ''
      let from = at + 1
      while (true) {
        const quote = text.indexOf('"', from)
        if (quote === -1) return { error: { code: 'unclosed_quote', row, cell: cells.length } }
        value += text.slice(from, quote)
        if (text[quote + 1] === '"') {
          value += '"'
          from = quote + 2
        } else {
          at = quote + 1
          break
        }
      }
      cell = value
      const next = text[at]
      if (at < length && next !== ',' && next !== '\r' && next !== '\n') {
        return { error: { code: 'invalid_quote', row, cell: cells.length } }
      }
    } else {
      let end = at
      while (end < length) {
        const c = text[end]
        if (c === ',' || c === '\r' || c === '\n') break
        end++
      }
      cell = text.slice(at, end)
      at = end
    }
    cells.push(cell)
    if (at >= length) {
      records.push({ row, cells })
      return { records }
    }
    if (text[at] === ',') {
      at++
      continue
    }
    // A line end: CRLF, LF or CR.
    at += text[at] === '\r' && text[at + 1] === '\n' ? 2 : 1
    records.push({ row, cells })
    cells = []
    row++
    if (at >= length) return { records }
  }
}

/**
 * Writes records as RFC 4180 CSV: cells quoted as needed, CRLF after every record.
 *
 * @example
 * writeCsv([['a', 'b'], ['1,5', '2']]) // 'a,b\r\n"1,5",2\r\n'
 */
export function writeCsv(records: readonly (readonly string[])[]): string {
  let out = ''
  for (const record of records) out += `${record.map(quoteCell).join(',')}\r\n`
  return out
}

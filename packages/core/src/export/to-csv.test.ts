import { describe, expect, it } from 'vitest'
import { document, metricKr, milestoneKr, objective } from '../__fixtures__/factory'
import { exampleDocument } from '../data/example-document'
import { CSV_COLUMNS } from './csv-columns'
import { neutralizeCell, quoteCell, readCsv, restoreCell } from './csv-format'
import { toCsv } from './to-csv'

const rows = (csv: string) => {
  const read = readCsv(csv)
  if (!read.records) throw new Error('unreadable CSV')
  return read.records.map((record) => record.cells)
}

const cellsByColumn = (csv: string) =>
  rows(csv)
    .slice(1)
    .map((cells) => Object.fromEntries(CSV_COLUMNS.map((column, i) => [column, cells[i]])))

describe('toCsv', () => {
  it('writes the documented header and one row per key result, with CRLF line ends', () => {
    const csv = toCsv(exampleDocument)
    expect(csv.split('\r\n')[0]).toBe(CSV_COLUMNS.join(','))
    expect(csv.endsWith('\r\n')).toBe(true)
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/(?<!")\n/)
    const krCount = exampleDocument.objectives.flatMap((o) => o.keyResults).length
    expect(rows(csv)).toHaveLength(krCount + 1)
    for (const cells of rows(csv)) expect(cells).toHaveLength(CSV_COLUMNS.length)
  })

  it('repeats the objective on each of its rows and writes each measure in its own columns', () => {
    const doc = document({
      objectives: [
        objective('o1', [
          metricKr('k1', 10, -5, {
            measure: { type: 'metric', start: 10, target: -5, unit: '%', current: -0 },
          }),
          milestoneKr('k2', true, {
            measure: { type: 'milestone', done: true, due: '2026-03-01' },
          }),
        ]),
      ],
    })
    const [metric, milestone] = cellsByColumn(toCsv(doc))
    expect(metric).toMatchObject({
      objective_id: 'o1',
      objective_level: 'team',
      objective_commitment: 'aspirational',
      objective_period: 'q1',
      objective_team: 't1',
      kr_id: 'k1',
      kr_weight: '1',
      kr_type: 'metric',
      kr_start: '10',
      // Numbers are never neutralised, and -0 keeps its sign.
      kr_target: '-5',
      kr_current: '-0',
      kr_unit: '%',
      kr_done: '',
      kr_due: '',
    })
    expect(milestone).toMatchObject({
      objective_id: 'o1',
      kr_type: 'milestone',
      kr_start: '',
      kr_done: 'true',
      kr_due: '2026-03-01',
    })
  })

  it('writes an objective without key results as one row with empty KR columns', () => {
    const [row] = cellsByColumn(toCsv(document({ objectives: [objective('o1', [])] })))
    expect(row?.objective_id).toBe('o1')
    expect(Object.entries(row ?? {}).filter(([c, v]) => c.startsWith('kr_') && v !== '')).toEqual(
      [],
    )
  })

  it('quotes cells with commas, quotes, CR and LF (RFC 4180), doubling quotes', () => {
    const title = 'Say "hi", then\r\nleave\r'
    const doc = document({ objectives: [objective('o1', [metricKr('k1', 0, 1, { title })])] })
    const csv = toCsv(doc)
    expect(csv).toContain('"Say ""hi"", then\r\nleave\r"')
    expect(cellsByColumn(csv)[0]?.kr_title).toBe(title)
  })

  it.each([
    ['=HYPERLINK("http://x","y")'],
    ['+1'],
    ['-1 day'],
    ['@SUM(A1)'],
    ['\tindented'],
    ['\rreturn'],
    ['   =after spaces'],
    ["'=already quoted"],
  ])('neutralises the formula-like text %j in every text column', (text) => {
    const kr = metricKr('k1', 0, 1, { title: text, ownerId: text })
    const doc = document({ objectives: [objective(text, [kr], { title: text })] })
    const [row] = cellsByColumn(toCsv(doc))
    for (const column of ['objective_id', 'objective_title', 'kr_title', 'kr_owner'] as const) {
      expect(row?.[column]).toBe(`'${text}`)
    }
  })

  it('leaves ordinary text alone', () => {
    for (const text of ['Grow revenue', "It's fine", ' leading space', 'a=b', '5-3', '中文'])
      expect(neutralizeCell(text)).toBe(text)
  })

  it('starts with a byte order mark when asked, for Excel', () => {
    expect(toCsv(exampleDocument, { bom: true }).startsWith('\uFEFFobjective_id,')).toBe(true)
    expect(toCsv(exampleDocument).startsWith('objective_id,')).toBe(true)
  })
})

describe('CSV cells', () => {
  it('restoreCell undoes exactly what neutralizeCell did', () => {
    for (const text of ['=1', "'=1", "''=1", "'", "'a", "' =1", ' =1', 'x', '', "'\t"]) {
      expect(restoreCell(neutralizeCell(text))).toBe(text)
    }
  })

  it('quotes only what needs quoting', () => {
    expect(quoteCell('plain')).toBe('plain')
    expect(quoteCell(' spaced ')).toBe(' spaced ')
    expect(quoteCell('a"b')).toBe('"a""b"')
  })

  it('reads CRLF, LF and CR line ends, empty cells and a byte order mark', () => {
    expect(readCsv('\uFEFFa,b\r\n1,\n,2\r3,"4"').records).toEqual([
      { row: 1, cells: ['a', 'b'] },
      { row: 2, cells: ['1', ''] },
      { row: 3, cells: ['', '2'] },
      { row: 4, cells: ['3', '4'] },
    ])
    expect(readCsv('').records).toEqual([])
    expect(readCsv('a\r\n').records).toEqual([{ row: 1, cells: ['a'] }])
  })

  it('reports an unclosed quote and text after a closing quote, with the row', () => {
    expect(readCsv('a\r\n"b,c\r\n').error).toEqual({ code: 'unclosed_quote', row: 2, cell: 0 })
    expect(readCsv('a,b\r\nx,"y"z').error).toEqual({ code: 'invalid_quote', row: 2, cell: 1 })
  })
})

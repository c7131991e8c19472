// Budget (issue #7): a board of 200 objectives × 5 key results mounts within 3× the time of a
// plain <table> with the same rows and texts, both rendered by React in the same page, each timed
// until the browser has laid it out: what a reader waits for. React's production build. The
// commit-only ratio is reported beside it: the board's JavaScript (scores, statuses, formatting
// of 1,000 rows) is ~15× a bare table's, while layout of the same rows costs both about the same.
import { type OkrDocument, parseOkrDocument } from '@okrkit/core'
import type { ReactElement } from 'react'
import { createRoot } from 'react-dom/client'
import { afterAll, describe, expect, it } from 'vitest'
import { OkrScorecard } from '../src/okr-scorecard/okr-scorecard'
import { OkrProvider } from '../src/provider/okr-provider'
import { BENCH_TODAY, generateBoardDocument } from './board-document'
import {
  benchReport,
  commit,
  forceLayout,
  median,
  NOISE_MARGIN,
  REPETITIONS,
  settle,
  WARM_UP_RUNS,
} from './measure'

const report = benchReport('okr-scorecard-mount')
afterAll(() => report.write())

type Cell = { header: boolean; text: string }

function Board({ document }: { document: OkrDocument }) {
  return (
    <OkrProvider today={BENCH_TODAY}>
      <OkrScorecard document={document} />
    </OkrProvider>
  )
}

/** The baseline: the board's rows as bare cells, no components, no computation. */
function PlainTable({ headers, rows }: { headers: string[]; rows: Cell[][] }) {
  return (
    <table>
      <thead>
        <tr>
          {headers.map((text) => (
            <th key={text} scope="col">
              {text}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((cells, r) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, rendered once
          <tr key={r}>
            {cells.map((cell, c) =>
              cell.header ? (
                // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, rendered once
                <th key={c} scope="row">
                  {cell.text}
                </th>
              ) : (
                // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, rendered once
                <td key={c}>{cell.text}</td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** Mounts an element in a fresh root: the time until React has committed, then to lay it out. */
function timeMount(
  element: ReactElement,
  inspect?: (container: HTMLElement) => void,
): { commit: number; layout: number } {
  const container = document.createElement('div')
  document.body.append(container)
  const root = createRoot(container)
  const start = performance.now()
  commit(() => root.render(element))
  const committed = performance.now()
  forceLayout(container)
  const laidOut = performance.now()
  inspect?.(container)
  root.unmount()
  container.remove()
  return { commit: committed - start, layout: laidOut - committed }
}

describe('OkrScorecard mount budget (200 objectives × 5 key results)', () => {
  const doc = generateBoardDocument(200, 5)

  it('generates a valid, deterministic bilingual document', () => {
    expect(parseOkrDocument(doc).success).toBe(true)
    expect(generateBoardDocument(200, 5)).toEqual(doc)
    expect(doc.objectives).toHaveLength(200)
    expect(doc.objectives.flatMap((o) => o.keyResults)).toHaveLength(1000)
    const titles = doc.objectives.map((o) => o.title)
    expect(titles.filter((t) => /[\u4e00-\u9fff]/.test(t)).length).toBeGreaterThan(50)
    expect(titles.filter((t) => /^[\x20-\x7e]+$/.test(t)).length).toBeGreaterThan(50)
  })

  it('mounts and lays out within 3× a plain table of the same rows and texts', {
    timeout: 120_000,
  }, async ({ annotate }) => {
    let headers: string[] = []
    let rows: Cell[][] = []
    timeMount(<Board document={structuredClone(doc)} />, (container) => {
      expect(container.querySelectorAll('[data-part="key-result-row"]')).toHaveLength(1000)
      headers = [...container.querySelectorAll('thead th')].map((th) => th.textContent ?? '')
      rows = [...container.querySelectorAll('tbody tr')].map((tr) =>
        [...tr.children].map((cell) => ({
          header: cell.tagName === 'TH',
          text: cell.textContent ?? '',
        })),
      )
    })
    expect(rows.length).toBeGreaterThan(1000)

    const plain: number[] = []
    const board: number[] = []
    const ratios: number[] = []
    const withLayout: number[] = []
    for (let i = 0; i < WARM_UP_RUNS + REPETITIONS; i++) {
      // A fresh copy each time: core's caches are per document object, as after loading a file.
      const fresh = structuredClone(doc)
      await settle()
      const plainMs = timeMount(<PlainTable headers={headers} rows={rows} />)
      await settle()
      const boardMs = timeMount(<Board document={fresh} />)
      if (i < WARM_UP_RUNS) continue
      plain.push(plainMs.commit)
      board.push(boardMs.commit)
      // Paired runs, so a burst of load on the machine touches both sides of a ratio.
      ratios.push(boardMs.commit / plainMs.commit)
      withLayout.push((boardMs.commit + boardMs.layout) / (plainMs.commit + plainMs.layout))
    }

    const ratio = median(withLayout)
    const figure = {
      name: `OkrScorecard mount, laid out, vs plain <table> (${rows.length} rows)`,
      value: ratio,
      budget: 3,
      unit: '×' as const,
      repetitions: REPETITIONS,
      details: `commit alone ${median(ratios).toFixed(2)}× (median ${median(board).toFixed(1)} ms vs ${median(plain).toFixed(1)} ms)`,
    }
    await report.add(figure, annotate)
    expect(ratio, figure.details).toBeLessThanOrEqual(figure.budget * (1 + NOISE_MARGIN))
  })
})

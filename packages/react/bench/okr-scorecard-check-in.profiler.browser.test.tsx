// Budget (issue #7): recording one check-in on a board of 200 objectives × 5 key results
// re-renders only the rows it changes (the key result, its objective, its team's roll-up), in
// Chromium. Each memoised row is wrapped in a <Profiler> named after what it shows, keeping the
// row's own memo: a Profiler reports only when something inside it rendered. Only React's
// development (and profiling) build calls onRender, so this runs in the react-browser project,
// not with the timed benches (vitest.bench.config.ts): which rows render does not depend on it.
import { type CheckIn, type Objective, type OkrDocument, progressOf } from '@okrkit/core'
import { render } from '@testing-library/react'
import { Profiler, type ProfilerOnRenderCallback } from 'react'
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { OkrScorecard } from '../src/okr-scorecard/okr-scorecard'
import { OkrProvider } from '../src/provider/okr-provider'
import { BENCH_TODAY, generateBoardDocument } from './board-document'
import { benchReport, median } from './measure'
import { developmentReactSigns } from './react-build'

const rendered = vi.hoisted(() => [] as string[])

vi.mock('../src/objective-scorecard/key-result-row', async (importOriginal) => {
  const { profileKeyResultRow } = await import('../src/okr-scorecard/__fixtures__/profiled-rows')
  return profileKeyResultRow(await importOriginal(), rendered)
})

vi.mock('../src/okr-scorecard/scorecard-rows', async (importOriginal) => {
  const { profileScorecardRows } = await import('../src/okr-scorecard/__fixtures__/profiled-rows')
  return profileScorecardRows(await importOriginal(), rendered)
})

const report = benchReport('okr-scorecard-check-in')
afterAll(() => report.write())

function Board({
  document,
  onRender,
}: {
  document: OkrDocument
  onRender: ProfilerOnRenderCallback
}) {
  return (
    <OkrProvider today={BENCH_TODAY}>
      <Profiler id="board" onRender={onRender}>
        <OkrScorecard document={document} />
      </Profiler>
    </OkrProvider>
  )
}

/** What a host does when a check-in is recorded: a new document with the check-in appended. */
function recordCheckIn(doc: OkrDocument, checkIn: CheckIn): OkrDocument {
  return { ...doc, checkIns: [...doc.checkIns, checkIn] }
}

beforeEach(() => {
  rendered.length = 0
})

describe('OkrScorecard re-rendering after a check-in (200 objectives × 5 key results)', () => {
  it("runs React's development build, which calls <Profiler> onRender", () => {
    // Also shows that bench/react-build.ts tells the builds apart: the timed benches require none.
    expect(developmentReactSigns()).toEqual(
      expect.arrayContaining([
        'react exports act (development build)',
        'react-dom warned about a list without keys (development build)',
      ]),
    )
  })

  it('re-renders the key result, its objective and its team, and no other row', {
    timeout: 60_000,
  }, async ({ annotate }) => {
    const doc = generateBoardDocument(200, 5)
    // A metric key result in the middle of the board that is well short of its target, so
    // reaching the target changes its score, its objective's and its team's.
    const objective = doc.objectives[57] as Objective
    const keyResult = objective.keyResults.find(
      (kr) =>
        kr.measure.type === 'metric' &&
        progressOf(kr, kr.measure.current ?? kr.measure.start) < 0.7,
    )
    if (keyResult?.measure.type !== 'metric') throw new Error('The bench document changed.')
    const team = doc.teams.find((t) => t.id === objective.teamId)
    const commits: { phase: string; actual: number; base: number }[] = []
    const onRender: ProfilerOnRenderCallback = (_id, phase, actual, base) => {
      commits.push({ phase, actual, base })
    }

    const { rerender, container } = render(<Board document={doc} onRender={onRender} />)
    const rows = container.querySelectorAll('tbody tr').length
    expect(container.querySelectorAll('[data-part="key-result-row"]')).toHaveLength(1000)
    expect(rendered.length).toBe(rows)
    rendered.length = 0
    commits.length = 0

    const checkIn = (keyResultId: string, target: number, id: string): CheckIn => ({
      id,
      keyResultId,
      date: BENCH_TODAY,
      value: target,
      status: 'on-track',
      update: { what: 'Reached the target a week early.', why: '', soWhat: '' },
      headwinds: [],
      tailwinds: [],
      decisions: [],
      risks: [],
      learnings: [],
    })
    let current = recordCheckIn(
      doc,
      checkIn(keyResult.id, keyResult.measure.target, 'ci-bench-recorded'),
    )
    rerender(<Board document={current} onRender={onRender} />)

    const expected = [`kr:${keyResult.id}`, `objective:${objective.id}`, `team:${team?.name}`]
    const update = commits.at(-1) as (typeof commits)[number]
    const row = container.querySelector(`[data-key-result-id="${keyResult.id}"]`)
    expect(row?.querySelector('[data-part="value"]')?.textContent).toBe('1.00')
    expect(update.phase).toBe('update')
    const firstRendered = [...rendered].sort()

    // The time React spends on a check-in, as a share of rendering the whole board: one commit
    // is noisy (0.34 once against 0.1 usually), so the median over check-ins on ten objectives.
    const shares = [update.actual / update.base]
    for (const other of doc.objectives.slice(60, 69)) {
      const kr = other.keyResults.find((k) => k.measure.type === 'metric')
      if (kr?.measure.type !== 'metric') continue
      current = recordCheckIn(current, checkIn(kr.id, kr.measure.target, `ci-bench-${kr.id}`))
      rerender(<Board document={current} onRender={onRender} />)
      const last = commits.at(-1) as (typeof commits)[number]
      shares.push(last.actual / last.base)
    }
    const share = median(shares)
    await report.add(
      {
        name: `Rows re-rendered by one check-in (of ${rows})`,
        value: firstRendered.length,
        budget: expected.length,
        unit: 'rows',
        repetitions: 1,
        details: `${firstRendered.join(', ')}; React's time for a check-in, as a share of rendering the whole board: ${share.toFixed(2)} (median of ${shares.length}: ${shares.map((v) => v.toFixed(2)).join(', ')})`,
      },
      annotate,
    )
    expect(firstRendered).toEqual(expected.sort())
    // Three rows, not the board: a fraction of rendering the whole board.
    expect(shares.length).toBeGreaterThanOrEqual(7)
    expect(share).toBeLessThan(1 / 4)
  })
})

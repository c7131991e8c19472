// Budget (issue #7, with the expand timing in alignment-tree-expand.bench.browser.test.tsx):
// expanding a node of the alignment tree of 200 objectives re-renders the opened subtree and the
// nodes above it, not the whole tree. Counted with <Profiler>, whose onRender only React's
// development (and profiling) build calls: this runs in the react-browser project.
import { act, render } from '@testing-library/react'
import { Profiler, type ProfilerOnRenderCallback } from 'react'
import { afterAll, describe, expect, it } from 'vitest'
import { AlignmentTree } from '../src/alignment-tree/alignment-tree'
import { OkrProvider } from '../src/provider/okr-provider'
import { BENCH_TODAY, generateBoardDocument } from './board-document'
import { benchReport, median, REPETITIONS } from './measure'

const report = benchReport('alignment-tree-expand-renders')
afterAll(() => report.write())

/** At most this share of the whole tree's render time. */
const BUDGET = 0.5

describe('AlignmentTree re-rendering on expand (200 objectives)', () => {
  it('renders less than half the tree to expand a company objective', {
    timeout: 60_000,
  }, async ({ annotate }) => {
    const commits: { phase: string; actual: number; base: number }[] = []
    const onRender: ProfilerOnRenderCallback = (_id, phase, actual, base) => {
      commits.push({ phase, actual, base })
    }
    // Every other node open, so the whole tree is on screen once the company objective opens.
    const { container } = render(
      <OkrProvider today={BENCH_TODAY}>
        <Profiler id="tree" onRender={onRender}>
          <AlignmentTree document={generateBoardDocument(200, 5)} />
        </Profiler>
      </OkrProvider>,
    )
    const items = () => container.querySelectorAll('[role="treeitem"]').length
    const item = container.querySelector('[data-objective-id="objective-0"]') as HTMLElement
    const toggle = item.querySelector('[data-part="toggle"]') as HTMLElement
    const click = () => act(() => toggle.click())
    // Closed, then opened and closed a few times, as in the timed bench: the opened subtree's
    // first mount is not what this counts.
    if (item.getAttribute('aria-expanded') === 'true') click()
    expect(item.getAttribute('aria-expanded')).toBe('false')
    const hidden = 200 - items()
    expect(hidden).toBeGreaterThan(0)
    for (let i = 0; i < 3; i++) {
      click()
      click()
    }
    // A median of expands: one commit's timing can land on a GC pause on a busy machine.
    const shares: number[] = []
    let last = { actual: 0, base: 0 }
    for (let i = 0; i < REPETITIONS; i++) {
      commits.length = 0
      click()
      expect(item.getAttribute('aria-expanded')).toBe('true')
      expect(items()).toBe(200)
      const expand = commits.at(-1)
      if (!expand) throw new Error('The Profiler reported no commit: not a development build?')
      expect(expand.phase).toBe('update')
      shares.push(expand.actual / expand.base)
      last = expand
      click()
    }

    const figure = {
      name: `AlignmentTree: share of the tree React renders to expand a company objective (${hidden} nodes appear)`,
      value: median(shares),
      budget: BUDGET,
      unit: '×' as const,
      repetitions: REPETITIONS,
      details: `last expand: React rendered ${last.actual.toFixed(1)} of ${last.base.toFixed(1)} ms for the whole tree (development build)`,
    }
    await report.add(figure, annotate)
    expect(figure.value, 'React re-rendered most of the tree').toBeLessThan(BUDGET)
  })
})

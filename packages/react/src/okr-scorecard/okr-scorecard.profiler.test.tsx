import { exampleDocument, type OkrDocument } from '@okrkit/core'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Profiler, type ProfilerOnRenderCallback } from 'react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { largeDocument } from '../__fixtures__/scorecard-documents'
import { OkrProvider } from '../provider/okr-provider'
import { OkrScorecard } from './okr-scorecard'

// Every memoised row is wrapped in a <Profiler> named after what it shows, keeping the row's own
// memo: a Profiler only reports when something inside it rendered.
const rendered = vi.hoisted(() => [] as string[])

vi.mock('../objective-scorecard/key-result-row', async (importOriginal) => {
  const { profileKeyResultRow } = await import('./__fixtures__/profiled-rows')
  return profileKeyResultRow(await importOriginal(), rendered)
})

vi.mock('./scorecard-rows', async (importOriginal) => {
  const { profileScorecardRows } = await import('./__fixtures__/profiled-rows')
  return profileScorecardRows(await importOriginal(), rendered)
})

/** The document with one check-in replaced by a changed copy; everything else keeps its identity. */
function withCheckIn(doc: OkrDocument, checkInId: string, change: object): OkrDocument {
  return {
    ...doc,
    checkIns: doc.checkIns.map((c) => (c.id === checkInId ? { ...c, ...change } : c)),
  }
}

function Board({
  document,
  onRender,
}: {
  document: OkrDocument
  onRender?: ProfilerOnRenderCallback
}) {
  return (
    <OkrProvider today="2026-03-31">
      <Profiler id="board" onRender={onRender ?? (() => undefined)}>
        <OkrScorecard document={document} />
      </Profiler>
    </OkrProvider>
  )
}

beforeEach(() => {
  rendered.length = 0
})

describe('OkrScorecard re-rendering', { timeout: 30_000 }, () => {
  it('re-renders only the changed key result, its objective and its team’s roll-up after a check-in', () => {
    const { rerender, container } = render(<Board document={exampleDocument} />)
    expect(rendered).toHaveLength(3 + 4 + 14)
    rendered.length = 0

    // The team re-scores its March NPS check-in: 0.7 → 0.8.
    const next = withCheckIn(exampleDocument, 'ci-nps-03', { score: 0.8 })
    rerender(<Board document={next} />)
    expect(rendered.sort()).toEqual([
      'kr:kr-nps',
      'objective:obj-company-customers',
      'team:Leadership',
    ])
    expect(
      container.querySelector('[data-key-result-id="kr-nps"] [data-part="value"]')?.textContent,
    ).toBe('0.80')
  })

  it('re-renders only the key result when the change leaves its scores alone', () => {
    const { rerender } = render(<Board document={exampleDocument} />)
    rendered.length = 0
    // A new "what" changes the key result's latest check-in but no score or status.
    const next = withCheckIn(exampleDocument, 'ci-csat-03', {
      update: { what: 'Reworded.', why: '', soWhat: '' },
    })
    rerender(<Board document={next} />)
    expect(rendered).toEqual(['kr:kr-csat'])
  })

  it('re-renders no row when the document is the same or only the order changes', async () => {
    const user = userEvent.setup()
    const { rerender } = render(<Board document={exampleDocument} />)
    rendered.length = 0
    rerender(<Board document={{ ...exampleDocument }} />)
    expect(rendered).toEqual([])
    await user.click(
      within(screen.getByRole('columnheader', { name: 'Score' })).getByRole('button'),
    )
    expect(rendered).toEqual([])
  })

  it('does the same on a board of 200 objectives × 5 key results', { timeout: 60_000 }, async ({
    annotate,
  }) => {
    const doc = largeDocument(200, 5)
    const commits: { phase: string; actual: number; base: number }[] = []
    const onRender: ProfilerOnRenderCallback = (_id, phase, actual, base) => {
      commits.push({ phase, actual, base })
    }
    const { rerender, container } = render(<Board document={doc} onRender={onRender} />)
    expect(container.querySelectorAll('[data-part="key-result-row"]')).toHaveLength(1000)
    rendered.length = 0
    commits.length = 0

    const next = withCheckIn(doc, 'ci-kr-17-2-2026-02-27', { value: 99 })
    rerender(<Board document={next} onRender={onRender} />)
    expect(rendered.sort()).toEqual(['kr:kr-17-2', 'objective:obj-17', 'team:Team 2'])
    const update = commits.at(-1) as (typeof commits)[number]
    expect(update.phase).toBe('update')
    // The commit re-rendered three rows, not the board: a fraction of a full render.
    expect(update.actual).toBeLessThan(update.base / 4)
    await annotate(
      `one check-in: ${update.actual.toFixed(1)} ms rendered vs ${update.base.toFixed(1)} ms for the whole board`,
    )
  })
})

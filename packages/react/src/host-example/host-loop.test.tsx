import { type CheckIn, exampleDocument, type OkrDocument } from '@okrkit/core'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { CheckInForm } from '../check-in-form/check-in-form'
import { OkrScorecard } from '../okr-scorecard/okr-scorecard'
import { OkrSetEditor } from '../okr-set-editor/okr-set-editor'
import { OkrProvider } from '../provider/okr-provider'

// The smallest host a product team would write: one document in state, an editor, a check-in
// form and the board, all reading and writing that one document.
function Host({ initial }: { initial: OkrDocument }) {
  const [doc, setDoc] = useState(initial)
  const objective = doc.objectives.find((o) => o.teamId === 'team-support') ?? doc.objectives[0]
  const keyResult = objective?.keyResults[0]
  const record = (checkIn: CheckIn) =>
    setDoc((current) => ({
      ...current,
      checkIns: [...current.checkIns.filter((c) => c.id !== checkIn.id), checkIn],
    }))
  return (
    <OkrProvider today="2026-03-31">
      <OkrSetEditor
        value={doc}
        onValueChange={setDoc}
        teamId={objective?.teamId}
        periodId={objective?.periodId}
      />
      {keyResult && (
        <section aria-label="Check in">
          <CheckInForm keyResult={keyResult} checkIns={doc.checkIns} onSubmit={record} />
        </section>
      )}
      <section aria-label="Board">
        <OkrScorecard document={doc} />
      </section>
    </OkrProvider>
  )
}

describe('a host embedding the kit', () => {
  it('edits a set, checks in, and sees the board follow', async () => {
    const user = userEvent.setup()
    const initial = structuredClone(exampleDocument) as OkrDocument
    render(<Host initial={initial} />)
    const board = screen.getByRole('region', { name: 'Board' })

    // 1. Edit: rename the first key result in the set editor; the board shows the new title.
    const krTitle = initial.objectives.find((o) => o.teamId === 'team-support')?.keyResults[0]
      ?.title as string
    const titleField = screen.getAllByDisplayValue(krTitle)[0] as HTMLElement
    await user.clear(titleField)
    await user.type(titleField, 'Reduce first response time from 6 h to 1 h')
    expect(
      within(board).getAllByText('Reduce first response time from 6 h to 1 h').length,
    ).toBeGreaterThan(0)

    // 2. Check in: the team scores it 0.4 and calls it off track; the board shows both.
    const form = screen.getByRole('region', { name: 'Check in' })
    const score = within(form).getByRole('textbox', { name: /your score/i })
    await user.clear(score)
    await user.type(score, '0.4')
    await user.click(within(form).getByRole('radio', { name: /off track/i }))
    await user.click(within(form).getByRole('button', { name: /submit check-in/i }))

    const row = within(board)
      .getAllByText('Reduce first response time from 6 h to 1 h')[0]
      ?.closest('tr') as HTMLElement
    expect(row).not.toBeNull()
    expect(within(row).getByText('0.40')).toBeTruthy()
    expect(row.querySelector('.okr-StatusBadge')?.getAttribute('data-status')).toBe('off-track')
  }, 60_000)
})

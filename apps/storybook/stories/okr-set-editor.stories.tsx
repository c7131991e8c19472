import type { OkrDocument } from '@okrkit/core'
import { OkrSetEditor } from '@okrkit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { exampleFor } from './example-data'
import { expectStyled } from './layout-checks'

type SetArgs = { empty?: boolean; readOnly?: boolean }

const meta = {
  title: 'Editors/OkrSetEditor',
  render: ({ empty, readOnly }, { globals }) => {
    const doc = exampleFor(globals)
    const value: OkrDocument = empty
      ? { ...doc, objectives: [], checkIns: [], retrospectives: [] }
      : doc
    return <OkrSetEditor defaultValue={value} readOnly={readOnly} />
  },
} satisfies Meta<SetArgs>

export default meta
type Story = StoryObj<typeof meta>

/** A team's quarter: 1–3 objectives × 3–5 key results with live lint hints. */
export const Typical: Story = {
  play: async ({ canvasElement }) => expectStyled(canvasElement, 'light'),
}

/** Start from the play's worked OKR sets: pick one and add it. */
export const FromTemplate: Story = {
  args: { empty: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.selectOptions(
      canvas.getByLabelText(/start from/i),
      'set:okr-set-customer-satisfaction',
    )
    await userEvent.click(canvas.getByRole('button', { name: /add objective/i }))
    await waitFor(() =>
      expect((canvas.getAllByLabelText(/^title/i)[0] as HTMLInputElement).value).toMatch(
        /customer satisfaction/i,
      ),
    )
    await expect(canvasElement.querySelectorAll('.okr-KeyResultEditor').length).toBe(3)
  },
}

/** No objectives yet. */
export const Empty: Story = { args: { empty: true } }

/** Read-only for someone who may not edit this team's OKRs. */
export const ReadOnly: Story = { args: { readOnly: true } }

export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => expectStyled(canvasElement, 'dark'),
}
export const Chinese: Story = { globals: { locale: 'zh-CN' } }

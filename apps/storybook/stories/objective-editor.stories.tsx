import { ObjectiveEditor } from '@okrkit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, within } from 'storybook/test'
import { exampleFor, exampleKeyResult } from './example-data'

const meta = {
  title: 'Editors/ObjectiveEditor',
  render: (_args, { globals }) => {
    const doc = exampleFor(globals)
    const { objective } = exampleKeyResult(doc)
    return (
      <ObjectiveEditor defaultValue={objective} objectives={doc.objectives} people={doc.people} />
    )
  },
} satisfies Meta

export default meta
type Story = StoryObj<typeof meta>

/** An objective with its key results: add, reorder and remove them from the keyboard. */
export const Typical: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const before = canvasElement.querySelectorAll('.okr-KeyResultEditor').length
    await userEvent.click(canvas.getByRole('button', { name: /add key result/i }))
    await expect(canvasElement.querySelectorAll('.okr-KeyResultEditor').length).toBe(before + 1)
  },
}

export const Dark: Story = { globals: { theme: 'dark' } }
export const Chinese: Story = { globals: { locale: 'zh-CN' } }

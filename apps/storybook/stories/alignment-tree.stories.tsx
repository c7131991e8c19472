import type { OkrDocument } from '@okrkit/core'
import { AlignmentTree } from '@okrkit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, within } from 'storybook/test'
import { exampleFor } from './example-data'

type TreeArgs = { broken?: boolean }

/** The example with an alignment loop and a parent that is not in the document. */
function broken(doc: OkrDocument): OkrDocument {
  const [a, b, c, ...rest] = doc.objectives
  if (!a || !b || !c) return doc
  return {
    ...doc,
    objectives: [
      { ...a, parentId: b.id },
      { ...b, parentId: a.id },
      { ...c, parentId: 'elsewhere' },
      ...rest,
    ],
  }
}

const meta = {
  title: 'Scorecards/AlignmentTree',
  args: { broken: false },
  render: ({ broken: isBroken }, { globals }) => {
    const doc = exampleFor(globals)
    return <AlignmentTree document={isBroken ? broken(doc) : doc} aria-label="Alignment" />
  },
} satisfies Meta<TreeArgs>

export default meta
type Story = StoryObj<typeof meta>

/** Company → team → individual, with subtree scores. Arrow keys move; Left closes, Right opens. */
export const Typical: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const items = canvas.getAllByRole('treeitem')
    const first = items[0] as HTMLElement
    first.focus()
    await userEvent.keyboard('{ArrowDown}')
    await expect(document.activeElement).toBe(items[1])
    await userEvent.keyboard('{Home}')
    await expect(document.activeElement).toBe(first)
    await expect(first).toHaveAttribute('aria-expanded', 'true')
    await userEvent.keyboard('{ArrowLeft}')
    await expect(first).toHaveAttribute('aria-expanded', 'false')
    await userEvent.keyboard('{ArrowRight}')
    await expect(first).toHaveAttribute('aria-expanded', 'true')
  },
}

/** An alignment loop and a missing parent are reported, not hidden. */
export const LoopsAndOrphans: Story = { args: { broken: true } }

export const Dark: Story = { globals: { theme: 'dark' } }
export const Chinese: Story = { globals: { locale: 'zh-CN' } }

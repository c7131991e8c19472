import type { OkrDocument } from '@okrkit/core'
import { OkrScorecard } from '@okrkit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, within } from 'storybook/test'
import { exampleFor } from './example-data'
import { expectStyled } from './layout-checks'

type BoardArgs = { variant?: 'example' | 'empty' | 'many' | 'overachieved' }

/** 200 objectives × 5 KRs: a whole company's quarter. */
function manyObjectives(doc: OkrDocument): OkrDocument {
  const template = doc.objectives[1] ?? doc.objectives[0]
  if (!template) return doc
  const objectives = Array.from({ length: 200 }, (_, o) => ({
    ...template,
    id: `many-${o}`,
    title: `${template.title} (${o + 1})`,
    parentId: undefined,
    keyResults: Array.from({ length: 5 }, (_, k) => {
      const kr = template.keyResults[k % template.keyResults.length] ?? template.keyResults[0]
      return { ...(kr as NonNullable<typeof kr>), id: `many-${o}-${k}` }
    }),
  }))
  return { ...doc, objectives, checkIns: [], retrospectives: [] }
}

/** One KR measured beyond its target. */
function overachieved(doc: OkrDocument): OkrDocument {
  const [first, ...rest] = doc.checkIns
  if (!first) return doc
  const kr = doc.objectives.flatMap((o) => o.keyResults).find((k) => k.id === first.keyResultId)
  if (kr?.measure.type !== 'metric') return doc
  const beyond = kr.measure.target + (kr.measure.target - kr.measure.start) * 0.5
  return {
    ...doc,
    checkIns: [{ ...first, date: '2026-03-30', value: beyond, score: undefined }, ...rest],
  }
}

const meta = {
  title: 'Scorecards/OkrScorecard',
  args: { variant: 'example' },
  render: ({ variant = 'example' }, { globals }) => {
    const doc = exampleFor(globals)
    const document =
      variant === 'empty'
        ? { ...doc, objectives: [], checkIns: [], retrospectives: [] }
        : variant === 'many'
          ? manyObjectives(doc)
          : variant === 'overachieved'
            ? overachieved(doc)
            : doc
    return <OkrScorecard document={document} />
  },
} satisfies Meta<BoardArgs>

export default meta
type Story = StoryObj<typeof meta>

/** The example quarter: grouped by team, with roll-ups, statuses and score provenance. */
export const Typical: Story = {
  play: async ({ canvasElement }) => {
    await expectStyled(canvasElement, 'light')
    const canvas = within(canvasElement)
    const rowsBefore = canvasElement.querySelectorAll('tbody tr').length
    await userEvent.click(canvas.getByRole('checkbox', { name: /on track/i }))
    await expect(canvasElement.querySelectorAll('tbody tr').length).not.toBe(rowsBefore)
  },
}

/** No objectives in the period yet. */
export const Empty: Story = { args: { variant: 'empty' } }

/** 200 objectives × 5 key results, none checked in yet: every KR is flagged stale. */
export const ManyObjectives: Story = { args: { variant: 'many' } }

/** A key result measured beyond its target. */
export const Overachieved: Story = { args: { variant: 'overachieved' } }

export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => expectStyled(canvasElement, 'dark'),
}
export const Chinese: Story = { globals: { locale: 'zh-CN' } }

import { KeyResultScorecard, ObjectiveScorecard } from '@okrkit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { exampleFor, exampleKeyResult } from './example-data'

const meta = {
  title: 'Scorecards/ObjectiveScorecard',
  render: (_args, { globals }) => {
    const doc = exampleFor(globals)
    return <ObjectiveScorecard document={doc} objectiveId={exampleKeyResult(doc).objective.id} />
  },
} satisfies Meta

export default meta
type Story = StoryObj<typeof meta>

/** One objective with its rolled-up score and its key results. */
export const Typical: Story = {}

/** One key result: progress, score with provenance, status, forecast and the latest update. */
export const KeyResult: Story = {
  render: (_args, { globals }) => {
    const doc = exampleFor(globals)
    return <KeyResultScorecard document={doc} keyResultId={exampleKeyResult(doc).keyResult.id} />
  },
}

/** A milestone key result. */
export const MilestoneKeyResult: Story = {
  render: (_args, { globals }) => {
    const doc = exampleFor(globals)
    return (
      <KeyResultScorecard
        document={doc}
        keyResultId={exampleKeyResult(doc, 'milestone').keyResult.id}
      />
    )
  },
}

export const Dark: Story = { globals: { theme: 'dark' } }
export const Chinese: Story = { globals: { locale: 'zh-CN' } }

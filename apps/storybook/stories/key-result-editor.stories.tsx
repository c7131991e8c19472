import type { KeyResult } from '@okrkit/core'
import { KeyResultEditor } from '@okrkit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { exampleFor, exampleKeyResult } from './example-data'

type EditorArgs = { keyResult?: KeyResult; readOnly?: boolean }

const ACTIVITY: KeyResult = {
  id: 'kr-new',
  title: 'Create 5 web pages',
  weight: 1,
  measure: { type: 'metric', start: 0, target: 5 },
}

const meta = {
  title: 'Editors/KeyResultEditor',
  render: ({ keyResult, readOnly }, { globals }) => {
    const doc = exampleFor(globals)
    const example = exampleKeyResult(doc)
    return (
      <KeyResultEditor
        defaultValue={keyResult ?? example.keyResult}
        objective={example.objective}
        people={doc.people}
        readOnly={readOnly}
      />
    )
  },
} satisfies Meta<EditorArgs>

export default meta
type Story = StoryObj<typeof meta>

/** A key result from the example, with its owner picked from the document's people. */
export const Typical: Story = {}

/**
 * "Create 5 web pages" is work, not a key result: the hint appears next to the title as you
 * type, and clears once the title names an outcome.
 */
export const ActivityHint: Story = {
  args: { keyResult: ACTIVITY },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await waitFor(() => expect(canvasElement.textContent).toMatch(/activity/i))
    const title = canvas.getByLabelText(/^title/i)
    await userEvent.clear(title)
    await userEvent.type(title, 'Increase page views by 5%')
    await waitFor(() => expect(canvasElement.textContent).not.toMatch(/describes an activity/i))
  },
}

/** Target equal to start: there is no progress to measure, and the hint says so. */
export const TargetEqualsStart: Story = {
  args: {
    keyResult: {
      ...ACTIVITY,
      title: 'Raise NPS to 50',
      measure: { type: 'metric', start: 50, target: 50 },
    },
  },
}

/** A milestone: done or not, with a due date. */
export const Milestone: Story = {
  args: {
    keyResult: {
      id: 'kr-m',
      title: 'Billing FAQ live in both languages',
      ownerId: 'p-mia',
      weight: 1,
      measure: { type: 'milestone', done: false, due: '2026-02-27' },
    },
  },
}

/** Without permission to edit, the editor shows the key result read-only. */
export const ReadOnly: Story = { args: { readOnly: true } }

/** A very long title wraps without breaking the layout. */
export const LongText: Story = {
  args: {
    keyResult: {
      ...ACTIVITY,
      title:
        'Increase the share of enterprise customers who renew their annual contract without a discount and who also expand their seat count by at least ten percent, from 41% to 55%',
    },
  },
}

export const Dark: Story = { globals: { theme: 'dark' } }
export const Chinese: Story = { globals: { locale: 'zh-CN' } }

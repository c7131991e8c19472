import { CheckInForm } from '@okrkit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, within } from 'storybook/test'
import { checkInsOf, exampleFor, exampleKeyResult } from './example-data'
import { expectStyled } from './layout-checks'

type FormArgs = { measure?: 'metric' | 'milestone'; history?: boolean }

const meta = {
  title: 'Check-ins/CheckInForm',
  args: { measure: 'metric', history: true },
  render: ({ measure = 'metric', history = true }, { globals }) => {
    const doc = exampleFor(globals)
    const { objective, keyResult } = exampleKeyResult(doc, measure)
    return (
      <CheckInForm
        keyResult={keyResult}
        period={doc.periods.find((p) => p.id === objective.periodId)}
        checkIns={history ? checkInsOf(doc, keyResult.id) : []}
        commitment={objective.commitment}
      />
    )
  },
} satisfies Meta<FormArgs>

export default meta
type Story = StoryObj<typeof meta>

/** A monthly check-in: the value gives a suggested score and grade; the team's status wins. */
export const Metric: Story = {
  play: async ({ canvasElement }) => {
    await expectStyled(canvasElement, 'light')
    const canvas = within(canvasElement)
    const value = canvas.getByLabelText(/measured value/i)
    await userEvent.clear(value)
    await userEvent.type(value, '50')
    const badge = canvasElement.querySelector('.okr-ScoreBadge[data-grade]') as HTMLElement
    await expect(badge).not.toBeNull()
    await expect(badge.dataset.grade).toMatch(/missed|close|met/)
  },
}

/** An invalid value is kept as typed and flagged, never dropped. */
export const InvalidValue: Story = {
  play: async ({ canvasElement }) => {
    const value = within(canvasElement).getByLabelText(/measured value/i)
    await userEvent.clear(value)
    await userEvent.type(value, '1e')
    await expect(value).toHaveValue('1e')
    await expect(value).toHaveAttribute('aria-invalid', 'true')
  },
}

/** A milestone is done or not. */
export const Milestone: Story = { args: { measure: 'milestone' } }

/** The first check-in of a key result. */
export const FirstCheckIn: Story = { args: { history: false } }

export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => expectStyled(canvasElement, 'dark'),
}
export const Chinese: Story = { globals: { locale: 'zh-CN' } }

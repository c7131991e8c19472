import { WorkshopTimer } from '@okrkit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, within } from 'storybook/test'

const meta = {
  title: 'Play/WorkshopTimer',
  component: WorkshopTimer,
} satisfies Meta<typeof WorkshopTimer>

export default meta
type Story = StoryObj<typeof meta>

/** The play's agenda: prepare, define objectives, set key results, assign owners, track … */
export const Agenda: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: /start/i }))
    await expect(canvas.getByRole('button', { name: /pause/i })).toBeVisible()
    await userEvent.click(canvas.getByRole('button', { name: /next step/i }))
    await expect(canvasElement.querySelector('[aria-current="step"]')?.textContent).toMatch(
      /objectives/i,
    )
  },
}

/** A team's own, shorter agenda. */
export const CustomSteps: Story = {
  args: {
    steps: [
      { id: 'review', minutes: 5, title: 'Review last month', summary: 'Scores and statuses.' },
      { id: 'discuss', minutes: 10, title: 'Discuss what moved', summary: 'What, why, so what.' },
    ],
  },
}

export const Dark: Story = { globals: { theme: 'dark' } }
export const Chinese: Story = { globals: { locale: 'zh-CN' } }

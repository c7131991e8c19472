import { ScoreSlider } from '@okrkit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fireEvent, within } from 'storybook/test'

const meta = {
  title: 'Scores/ScoreSlider',
  component: ScoreSlider,
  args: { label: 'Score for this key result', defaultValue: 0.7 },
} satisfies Meta<typeof ScoreSlider>

export default meta
type Story = StoryObj<typeof meta>

/**
 * The play's scale with its three marks; arrow keys move by 0.05, Page Up/Down by 0.1 (real
 * keyboard tests live beside the component, in Chromium).
 */
export const Typical: Story = {
  play: async ({ canvasElement }) => {
    const slider = within(canvasElement).getByRole('slider')
    fireEvent.change(slider, { target: { value: '0.3' } })
    await expect(slider).toHaveAttribute('aria-valuetext', expect.stringContaining('0.30'))
    await expect(canvasElement.querySelector('.okr-ScoreSlider')).toHaveAttribute(
      'data-grade',
      'missed',
    )
  },
}

/** A score the team has not given yet starts at 0. */
export const Empty: Story = { args: { defaultValue: 0 } }

/** Read-only: shown, not editable. */
export const ReadOnly: Story = { args: { readOnly: true, defaultValue: 0.3 } }

export const Dark: Story = { globals: { theme: 'dark' } }
export const Chinese: Story = { globals: { locale: 'zh-CN' }, args: { label: '关键成果得分' } }

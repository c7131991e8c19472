import { ScoreBadge } from '@okrkit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect } from 'storybook/test'

const meta = {
  title: 'Scores/ScoreBadge',
  component: ScoreBadge,
  args: { score: 0.7, provenance: 'manual' },
  argTypes: { score: { control: { type: 'range', min: 0, max: 1, step: 0.05 } } },
} satisfies Meta<typeof ScoreBadge>

export default meta
type Story = StoryObj<typeof meta>

/** 0.7: the team came very close — the score a stretch goal is expected to reach. */
export const Close: Story = {
  play: async ({ canvasElement }) => {
    const badge = canvasElement.querySelector('.okr-ScoreBadge') as HTMLElement
    await expect(badge.dataset.grade).toBe('close')
  },
}

/** 0.3: the team missed the mark. */
export const Missed: Story = { args: { score: 0.3, provenance: 'computed' } }

/** 1.0: met or exceeded. Maybe set a harder goal next time. */
export const Met: Story = { args: { score: 1, provenance: 'rolled-up' } }

/** No check-in has measured anything yet. */
export const NoScore: Story = { args: { score: undefined, provenance: undefined } }

/** The play's three anchors side by side. */
export const Anchors: Story = {
  render: () => (
    <div style={{ display: 'flex', gap: 8 }}>
      <ScoreBadge score={0.3} />
      <ScoreBadge score={0.7} />
      <ScoreBadge score={1} />
    </div>
  ),
}

/** The dark theme (toolbar: Theme → Dark). */
export const Dark: Story = { globals: { theme: 'dark' } }

/** In Simplified Chinese (toolbar: Locale → 简体中文). */
export const Chinese: Story = { globals: { locale: 'zh-CN' } }

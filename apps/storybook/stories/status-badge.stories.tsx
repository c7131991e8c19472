import { StatusBadge } from '@okrkit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'

const meta = {
  title: 'Scores/StatusBadge',
  component: StatusBadge,
  args: { status: 'on-track' },
} satisfies Meta<typeof StatusBadge>

export default meta
type Story = StoryObj<typeof meta>

/** Met or exceeded this month's milestone. */
export const OnTrack: Story = {}

/** On track, but with known risks that could throw it off course. */
export const AtRisk: Story = { args: { status: 'at-risk' } }

/** Behind where the team expected to be by now. */
export const OffTrack: Story = { args: { status: 'off-track' } }

/** No check-in this month: silence is not green. */
export const Stale: Story = { args: { status: 'on-track', stale: true } }

/** Never checked in. */
export const NoCheckIn: Story = { args: { status: undefined, stale: true } }

/** The dark theme (toolbar: Theme → Dark). */
export const Dark: Story = { globals: { theme: 'dark' } }

/** In Simplified Chinese (toolbar: Locale → 简体中文). */
export const Chinese: Story = { globals: { locale: 'zh-CN' } }

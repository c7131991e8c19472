import { ConfidenceGuide } from '@okrkit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'

const meta = {
  title: 'Confidence/ConfidenceGuide',
  component: ConfidenceGuide,
  args: { defaultConfidence: 0.5, commitment: 'aspirational' },
} satisfies Meta<typeof ConfidenceGuide>

export default meta
type Story = StoryObj<typeof meta>

/** 50/50 odds: the play puts 1.0 here for a stretch goal. */
export const FiftyFifty: Story = {}

/** 80/20 odds: expect 0.7 — for an aspirational KR the bar is too low. */
export const TooSafe: Story = { args: { defaultConfidence: 0.85 } }

/** Long odds: the team is likely to disengage. */
export const Unrealistic: Story = { args: { defaultConfidence: 0.15 } }

/** A committed KR should be one the team expects to meet in full. */
export const Committed: Story = { args: { commitment: 'committed', defaultConfidence: 0.95 } }

/** Calibrate a target from the team's 50/50 and 80/20 forecasts. */
export const Calibration: Story = {
  args: {
    showCalibration: true,
    defaultCalibration: { start: 30, fiftyFifty: 50, eightyTwenty: 44 },
  },
}

export const Dark: Story = { globals: { theme: 'dark' }, args: { showCalibration: true } }
export const Chinese: Story = { globals: { locale: 'zh-CN' }, args: { showCalibration: true } }

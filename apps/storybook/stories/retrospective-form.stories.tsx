import { RetrospectiveForm } from '@okrkit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { exampleFor } from './example-data'

const meta = {
  title: 'Check-ins/RetrospectiveForm',
  render: (_args, { globals }) => <RetrospectiveForm document={exampleFor(globals)} />,
} satisfies Meta

export default meta
type Story = StoryObj<typeof meta>

/** Close the quarter: a final score per key result, what went well and what to improve. */
export const EndOfQuarter: Story = {}

export const Dark: Story = { globals: { theme: 'dark' } }
export const Chinese: Story = { globals: { locale: 'zh-CN' } }

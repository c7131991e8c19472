import { ScoreTrendChart } from '@okrkit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { checkInsOf, exampleFor, exampleKeyResult } from './example-data'

type ChartArgs = { showTable?: boolean; showForecast?: boolean; keyResults?: number }

const meta = {
  title: 'Scores/ScoreTrendChart',
  args: { showForecast: true, showTable: false, keyResults: 1 },
  render: ({ showTable, showForecast, keyResults = 1 }, { globals }) => {
    const doc = exampleFor(globals)
    const objective = exampleKeyResult(doc).objective
    const krs = objective.keyResults.slice(0, keyResults)
    const period = doc.periods[0]
    if (!period) throw new Error('The example has no period')
    return (
      <ScoreTrendChart
        keyResult={keyResults === 1 ? (krs[0] as (typeof krs)[number]) : krs}
        checkIns={krs.flatMap((kr) => checkInsOf(doc, kr.id))}
        period={period}
        showTable={showTable}
        showForecast={showForecast}
      />
    )
  },
} satisfies Meta<ChartArgs>

export default meta
type Story = StoryObj<typeof meta>

/** Month by month: show, don't tell. The dashed line is the forecast to the quarter's end. */
export const OneKeyResult: Story = {}

/** Several key results of one objective compared. */
export const Compared: Story = { args: { keyResults: 3 } }

/** The text alternative shown as a table. */
export const WithTable: Story = { args: { showTable: true } }

export const Dark: Story = { globals: { theme: 'dark' } }
export const Chinese: Story = { globals: { locale: 'zh-CN' }, args: { showTable: true } }

import { exampleDocument, type KeyResult, type Period } from '@okrkit/core'
import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { axeViolations } from '../../test/axe'
import { OkrProvider, type OkrTheme } from '../provider/okr-provider'
import { ScoreTrendChart } from './score-trend-chart'

const Q1 = exampleDocument.periods.find((p) => p.id === '2026-Q1') as Period
const keyResults = exampleDocument.objectives.flatMap((o) => o.keyResults)
const pick = (...ids: string[]) =>
  ids.map((id) => keyResults.find((kr) => kr.id === id) as KeyResult)
const { checkIns } = exampleDocument

function Themed({ theme, children }: { theme: OkrTheme; children: React.ReactNode }) {
  return (
    <OkrProvider theme={theme}>
      <div data-okr-theme={theme} style={{ background: 'var(--okr-color-bg)', padding: 16 }}>
        {children}
      </div>
    </OkrProvider>
  )
}

describe('ScoreTrendChart in Chromium', () => {
  it('scales down to its container, keeping its aspect ratio', () => {
    const { getByRole } = render(
      <div style={{ width: 300 }}>
        <ScoreTrendChart keyResult={pick('kr-churn')} checkIns={checkIns} period={Q1} />
      </div>,
    )
    const box = getByRole('img').getBoundingClientRect()
    expect(Math.round(box.width)).toBe(300)
    expect(Math.round(box.height)).toBe(150)
  })

  it('keeps the hidden table in the accessibility tree but off the screen', () => {
    const { getByRole } = render(
      <ScoreTrendChart keyResult={pick('kr-churn')} checkIns={checkIns} period={Q1} />,
    )
    const table = getByRole('table')
    const tables = table.parentElement as HTMLElement
    expect(getComputedStyle(tables).display).not.toBe('none')
    expect(tables.getBoundingClientRect().width).toBeLessThanOrEqual(1)
  })

  it.each(['light', 'dark'] as OkrTheme[])(
    'tells series and grades apart in the %s theme, and meets WCAG 2.2 AA',
    async (theme) => {
      const { container } = render(
        <Themed theme={theme}>
          <ScoreTrendChart
            keyResult={pick('kr-churn', 'kr-nrr', 'kr-csat', 'kr-crash-sessions')}
            checkIns={checkIns}
            period={Q1}
            showTable
          />
          <ScoreTrendChart keyResult={pick('kr-billing-faq')} checkIns={[]} period={Q1} />
        </Themed>,
      )
      const chart = container.querySelector('.okr-ScoreTrendChart') as HTMLElement
      const fills = [...chart.querySelectorAll('[data-part="series"]')].map(
        (g) => getComputedStyle(g.querySelector('[data-part="point"]') as Element).fill,
      )
      expect(new Set(fills).size).toBe(4)
      const strokes = [...chart.querySelectorAll('[data-part="reference"] line')].map(
        (line) => getComputedStyle(line).stroke,
      )
      expect(new Set(strokes).size).toBe(3)
      const forecast = container.querySelector('[data-part="forecast"] line') as Element
      expect(getComputedStyle(forecast).strokeDasharray).not.toBe('none')
      expect(await axeViolations(container)).toEqual([])
    },
  )
})

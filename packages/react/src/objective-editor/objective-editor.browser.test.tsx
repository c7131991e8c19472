import type { KeyResult, Objective } from '@okrkit/core'
import { render } from '@testing-library/react'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { userEvent } from 'vitest/browser'
import { axeViolations } from '../../test/axe'
import { OkrProvider, type OkrTheme } from '../provider/okr-provider'
import { ObjectiveEditor } from './objective-editor'

const people = [{ id: 'p1', name: 'Lena Fischer' }]

const kr = (id: string, title: string): KeyResult => ({
  id,
  title,
  ownerId: 'p1',
  weight: 1,
  measure: { type: 'metric', start: 0, target: 10 },
})

const initial: Objective = {
  id: 'o1',
  periodId: 'q1',
  title: 'Every customer feels heard, fast',
  level: 'team',
  commitment: 'committed',
  keyResults: [
    kr('a', 'Increase NPS to 50'),
    kr('b', 'Reduce churn to 2%'),
    kr('c', 'Grow retention to 95%'),
  ],
}

let latest: Objective = initial
function Host({ theme }: { theme?: OkrTheme }) {
  const [value, setValue] = useState(initial)
  latest = value
  return (
    <OkrProvider theme={theme}>
      <ObjectiveEditor
        id="o"
        value={value}
        people={people}
        createId={() => 'new'}
        onValueChange={setValue}
      />
    </OkrProvider>
  )
}

const byId = (id: string) => document.getElementById(id) as HTMLElement
const order = () => latest.keyResults.map((k) => k.id).join('')

describe('ObjectiveEditor in Chromium', () => {
  it('reorders key results with the keyboard, focus following the moved one', async () => {
    render(<Host />)
    byId('o-kr-a-move-down').focus()
    await userEvent.keyboard('{Enter}')
    expect(order()).toBe('bac')
    expect(document.activeElement).toBe(byId('o-kr-a-move-down'))
    await userEvent.keyboard(' ')
    expect(order()).toBe('bca')
    // Last now: its move-down is disabled, so focus is on its move-up.
    expect(document.activeElement).toBe(byId('o-kr-a-move-up'))
    expect(getComputedStyle(document.activeElement as Element).outlineStyle).toBe('solid')
    await userEvent.keyboard('{Enter}')
    expect(order()).toBe('bac')
    expect(document.activeElement).toBe(byId('o-kr-a-move-up'))
  })

  it('removes, undoes and adds key results with the keyboard alone', async () => {
    render(<Host />)
    byId('o-kr-b-remove').focus()
    await userEvent.keyboard('{Enter}')
    expect(order()).toBe('ac')
    expect(document.activeElement).toBe(byId('o-kr-c-title'))
    byId('o-add-key-result').focus()
    await userEvent.tab()
    expect(document.activeElement?.textContent).toBe('Undo')
    await userEvent.keyboard('{Enter}')
    expect(order()).toBe('abc')
    expect(document.activeElement).toBe(byId('o-kr-b-title'))
    byId('o-add-key-result').focus()
    await userEvent.keyboard('{Enter}')
    expect(order()).toBe('abcnew')
    expect(document.activeElement).toBe(byId('o-kr-new-title'))
    await userEvent.keyboard('Cut reopened tickets to 4%')
    expect(latest.keyResults[3]?.title).toBe('Cut reopened tickets to 4%')
  })

  it.each(['light', 'dark'] as const)('meets WCAG 2.2 AA in the %s theme', async (theme) => {
    const { container } = render(<Host theme={theme} />)
    byId('o-kr-a-remove').focus()
    await userEvent.keyboard('{Enter}')
    // Two key results (a kr_count warning), an undo row and a read-only twin.
    expect(container.querySelector('[data-code="kr_count"]')).not.toBeNull()
    render(
      <OkrProvider theme={theme} permissions={() => false}>
        <ObjectiveEditor defaultValue={initial} people={people} />
      </OkrProvider>,
    )
    expect(container.querySelector('[data-code="kr_count"]')).not.toBeNull()
    expect(document.querySelectorAll('.okr-ObjectiveEditor[data-readonly]')).toHaveLength(1)
    expect(await axeViolations(document.body)).toEqual([])
  })
})

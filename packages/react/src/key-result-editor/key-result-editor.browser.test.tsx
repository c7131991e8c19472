import type { KeyResult } from '@okrkit/core'
import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { userEvent } from 'vitest/browser'
import { axeViolations } from '../../test/axe'
import { OkrProvider, type OkrTheme } from '../provider/okr-provider'
import { KeyResultEditor } from './key-result-editor'

const people = [
  { id: 'p1', name: 'Lena Fischer' },
  { id: 'p2', name: 'Ravi Patel' },
]

const kr = (extra: Partial<KeyResult> = {}): KeyResult => ({
  id: 'kr-1',
  title: 'Raise NPS from 32 to 50',
  ownerId: 'p1',
  weight: 1,
  measure: { type: 'metric', start: 32, target: 50 },
  ...extra,
})

const byId = (id: string) => document.getElementById(id) as HTMLInputElement

describe('KeyResultEditor in Chromium', () => {
  it.each(['light', 'dark'] as const)(
    'meets WCAG 2.2 AA in the %s theme, hints and an unsaved draft included',
    async (theme: OkrTheme) => {
      const { container } = render(
        <OkrProvider theme={theme}>
          <KeyResultEditor
            id="kr"
            defaultValue={kr({ title: 'Create 5 web pages', ownerId: undefined })}
            people={people}
          />
          <KeyResultEditor defaultValue={kr()} readOnly people={people} />
        </OkrProvider>,
      )
      await userEvent.fill(byId('kr-measure-start'), '1e')
      await userEvent.fill(byId('kr-measure-target'), '50')
      expect(byId('kr-measure-start').getAttribute('aria-invalid')).toBe('true')
      expect(container.querySelectorAll('[data-part="hint"]').length).toBeGreaterThanOrEqual(3)
      expect(await axeViolations(container)).toEqual([])
    },
  )

  it('is operable with the keyboard alone, and keeps what is typed', async () => {
    render(<KeyResultEditor id="kr" defaultValue={kr()} people={people} />)
    byId('kr-title').focus()
    await userEvent.tab()
    expect(document.activeElement).toBe(byId('kr-measure'))
    // Arrow keys move within the radio group and switch the measure type.
    await userEvent.keyboard('{ArrowDown}')
    expect(document.activeElement?.getAttribute('value')).toBe('milestone')
    expect(document.querySelector('[data-part="milestone"]')).not.toBeNull()
    await userEvent.tab()
    expect(document.activeElement).toBe(byId('kr-measure-done'))
    await userEvent.keyboard(' ')
    expect(byId('kr-measure-done').checked).toBe(true)
    byId('kr-measure').focus()
    await userEvent.keyboard('{ArrowUp}')
    await userEvent.tab()
    expect(document.activeElement).toBe(byId('kr-measure-start'))
    expect(byId('kr-measure-start').value).toBe('32')
    await userEvent.keyboard('{Control>}a{/Control}-')
    expect(byId('kr-measure-start').value).toBe('-')
    expect(byId('kr-measure-start').getAttribute('aria-invalid')).toBe('true')
    await userEvent.keyboard('5')
    expect(byId('kr-measure-start').value).toBe('-5')
    expect(byId('kr-measure-start').hasAttribute('aria-invalid')).toBe(false)
  })

  it('lays the metric’s numbers out side by side and marks an invalid field in more than colour', async () => {
    render(<KeyResultEditor id="kr" defaultValue={kr()} people={people} />)
    const start = byId('kr-measure-start').getBoundingClientRect()
    const target = byId('kr-measure-target').getBoundingClientRect()
    expect(target.top).toBe(start.top)
    expect(target.left).toBeGreaterThan(start.right)
    await userEvent.fill(byId('kr-measure-target'), '12,')
    const style = getComputedStyle(byId('kr-measure-target'))
    expect(style.boxShadow).not.toBe('none')
    const hint = document.querySelector(
      '#kr-measure-target-messages [data-part="hint"]',
    ) as HTMLElement
    expect(hint.textContent).toContain('✖')
    expect(hint.textContent).toContain('Error:')
  })
})

import { exampleDocument, type OkrDocument } from '@okrkit/core'
import { render } from '@testing-library/react'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { userEvent } from 'vitest/browser'
import { axeViolations } from '../../test/axe'
import { OkrProvider, type OkrTheme } from '../provider/okr-provider'
import { OkrSetEditor } from './okr-set-editor'

let latest: OkrDocument = exampleDocument
function Host({ theme, locale }: { theme?: OkrTheme; locale?: string }) {
  const [value, setValue] = useState(exampleDocument)
  latest = value
  let n = 0
  return (
    <OkrProvider theme={theme} locale={locale}>
      <OkrSetEditor
        id="set"
        value={value}
        teamId="team-support"
        createId={() => `new-${++n}`}
        onValueChange={setValue}
      />
    </OkrProvider>
  )
}

const byId = (id: string) => document.getElementById(id) as HTMLElement
const setIds = () => latest.objectives.filter((o) => o.teamId === 'team-support').map((o) => o.id)

// The shared CI machine is slow; a whole set re-renders on each keystroke.
describe('OkrSetEditor in Chromium', { timeout: 60_000 }, () => {
  it('adds, removes and restores objectives with the keyboard, focus following', async () => {
    render(<Host />)
    byId('set-template').focus()
    await userEvent.tab()
    expect(document.activeElement).toBe(byId('set-add-objective'))
    await userEvent.keyboard('{Enter}')
    expect(setIds()).toEqual(['obj-support-response', 'obj-billing-expert', 'new-1'])
    expect(document.activeElement).toBe(byId('set-objective-new-1-title'))
    await userEvent.keyboard('Win hearts and minds')
    expect(latest.objectives.at(-1)?.title).toBe('Win hearts and minds')

    const remove = document.querySelector(
      '#set-objective-obj-support-response [data-part="remove"]',
    ) as HTMLElement
    remove.focus()
    await userEvent.keyboard('{Enter}')
    expect(setIds()).toEqual(['obj-billing-expert', 'new-1'])
    expect(document.activeElement).toBe(byId('set-objective-obj-billing-expert-title'))

    byId('set-add-objective').focus()
    await userEvent.tab()
    expect(document.activeElement?.textContent).toBe('Undo')
    await userEvent.keyboard('{Enter}')
    expect(setIds()).toEqual(['obj-support-response', 'obj-billing-expert', 'new-1'])
    expect(document.activeElement).toBe(byId('set-objective-obj-support-response-title'))
  })

  it('takes the keyboard from the summary to the field, and reorders key results', async () => {
    render(<Host />)
    const link = document.querySelector(
      '[data-part="summary"] a[href="#set-objective-obj-billing-expert-kr-kr-billing-faq-title"]',
    ) as HTMLAnchorElement
    link.focus()
    await userEvent.keyboard('{Enter}')
    const field = byId('set-objective-obj-billing-expert-kr-kr-billing-faq-title')
    expect(document.activeElement).toBe(field)
    // Focus moved without navigating: the URL keeps no fragment.
    expect(location.hash).toBe('')
    const rect = field.getBoundingClientRect()
    expect(rect.top).toBeGreaterThanOrEqual(0)
    expect(rect.bottom).toBeLessThanOrEqual(window.innerHeight)

    byId('set-objective-obj-support-response-kr-kr-csat-move-up').focus()
    await userEvent.keyboard('{Enter}')
    const ids = latest.objectives[1]?.keyResults.map((k) => k.id)
    expect(ids).toEqual([
      'kr-first-response',
      'kr-tickets-resolved',
      'kr-csat',
      'kr-tickets-reopened',
    ])
    expect(document.activeElement).toBe(
      byId('set-objective-obj-support-response-kr-kr-csat-move-up'),
    )
  })

  it.each(['light', 'dark'] as const)(
    'meets WCAG 2.2 AA in the %s theme, summary and drafts included',
    async (theme) => {
      const { container } = render(
        <Host theme={theme} locale={theme === 'dark' ? 'zh-CN' : 'en'} />,
      )
      await userEvent.fill(
        byId('set-objective-obj-support-response-kr-kr-csat-measure-target'),
        '1e',
      )
      expect(
        container.querySelector('[data-part="summary-item"] a[href$="-measure-target"]'),
      ).not.toBeNull()
      byId('set-objective-obj-billing-expert')
        .querySelector<HTMLElement>('[data-part="remove"]')
        ?.click()
      await expect.poll(() => container.querySelector('[data-part="undo"]')).not.toBeNull()
      expect(await axeViolations(container)).toEqual([])
    },
  )
})

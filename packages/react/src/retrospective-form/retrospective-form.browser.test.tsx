import { render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { axeViolations } from '../../test/axe'
import { OkrProvider, type OkrTheme } from '../provider/okr-provider'
import { document as okrDocument, prefilled } from './__fixtures__/document'
import { RetrospectiveForm, type RetrospectiveFormProps } from './retrospective-form'

const RESPONSE = 'Cut the median first response time from 6 hours to 2'
const CSAT = 'Raise customer satisfaction from 4.2 to 4.6'
const OFFLINE = 'Offline mode live on iOS and Android'

function Page({
  theme = 'light',
  locale = 'en',
  permissions,
  ...props
}: Partial<RetrospectiveFormProps> & {
  theme?: OkrTheme
  locale?: string
  permissions?: () => boolean
}) {
  return (
    <OkrProvider theme={theme} locale={locale} permissions={permissions}>
      <div data-okr-theme={theme} style={{ background: 'var(--okr-color-bg)', padding: 16 }}>
        <RetrospectiveForm document={okrDocument} periodId="2026-Q1" {...props} />
      </div>
    </OkrProvider>
  )
}

const textbox = (name: string) => screen.getByRole('textbox', { name })

// Typing into a whole form keystroke by keystroke is slow on a busy machine.
describe('RetrospectiveForm in Chromium', { timeout: 20_000 }, () => {
  it('closes a period with the keyboard alone', async () => {
    const onSubmit = vi.fn()
    render(<Page onSubmit={onSubmit} />)
    textbox(RESPONSE).focus()
    await userEvent.keyboard('{Tab}')
    expect(document.activeElement).toBe(screen.getByRole('slider', { name: RESPONSE }))
    await userEvent.keyboard('{ArrowRight}{ArrowRight}')
    expect(textbox(RESPONSE)).toHaveProperty('value', '0.6')

    await userEvent.keyboard('{Tab}')
    expect(document.activeElement).toBe(textbox(CSAT))
    await userEvent.keyboard('{Control>}a{/Control}0.8')
    expect(textbox(CSAT)).toHaveProperty('value', '0.8')
    await userEvent.keyboard('{Tab}{Tab}')
    expect(document.activeElement).toBe(textbox(OFFLINE))

    await userEvent.keyboard('{Tab}{Tab}')
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add what went well' }))
    await userEvent.keyboard('{Enter}')
    expect(document.activeElement).toBe(textbox('What went well, item 1'))
    await userEvent.keyboard('Weekly triage{Tab}{Tab}')
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add what went well' }))
    await userEvent.keyboard('{Tab}')
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add what to improve' }))
    await userEvent.keyboard('{Enter}Fewer key results{Tab}{Tab}{Tab}')
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Save retrospective' }))
    await userEvent.keyboard('{Enter}')

    expect(onSubmit).toHaveBeenCalledWith({
      id: expect.any(String),
      periodId: '2026-Q1',
      finalScores: [
        { keyResultId: 'kr-response', score: 0.6 },
        { keyResultId: 'kr-csat', score: 0.8 },
        prefilled[2],
      ],
      wentWell: ['Weekly triage'],
      toImprove: ['Fewer key results'],
    })
  })

  it('takes focus to the summary on a failed save, and from there to the field', async () => {
    render(<Page />)
    textbox(OFFLINE).focus()
    await userEvent.keyboard('{Backspace}')
    screen.getByRole('button', { name: 'Save retrospective' }).focus()
    await userEvent.keyboard('{Enter}')
    const summary = screen.getByRole('alert')
    expect(document.activeElement).toBe(summary)
    await userEvent.keyboard('{Tab}{Enter}')
    expect(document.activeElement).toBe(textbox(OFFLINE))
  })

  it.each(['light', 'dark'] as const)(
    'meets WCAG 2.2 AA, contrast included, in the %s theme',
    async (theme) => {
      const { container } = render(
        <Page theme={theme} defaultValue={{ periodId: '2026-Q1', toImprove: ['Fewer KRs'] }} />,
      )
      textbox(CSAT).focus()
      await userEvent.keyboard('x')
      screen.getByRole('button', { name: 'Save retrospective' }).click()
      await vi.waitFor(() => expect(screen.getByRole('alert')).toBeTruthy())
      expect(await axeViolations(container)).toEqual([])
    },
  )

  it('meets WCAG 2.2 AA read-only and in Chinese', async () => {
    const { container } = render(
      <Page
        theme="dark"
        locale="zh-CN"
        permissions={() => false}
        defaultValue={{ periodId: '2026-Q1', wentWell: ['每周分诊'] }}
      />,
    )
    expect(screen.getByText('只读:你无权编辑此回顾。')).toBeTruthy()
    expect(await axeViolations(container)).toEqual([])
  })

  it('puts each score’s input, slider and grade on one row, and never overflows a phone', async () => {
    await page.viewport(1024, 768)
    const { container, unmount } = render(<Page />)
    const input = textbox(CSAT)
    const slider = screen.getByRole('slider', { name: CSAT })
    const badge = input
      .closest('[data-part="field"]')
      ?.querySelector('.okr-ScoreBadge') as HTMLElement
    const middle = (element: Element) => {
      const box = element.getBoundingClientRect()
      return box.top + box.height / 2
    }
    expect(Math.abs(middle(slider) - middle(input))).toBeLessThan(4)
    expect(Math.abs(middle(badge) - middle(input))).toBeLessThan(4)
    expect(slider.getBoundingClientRect().left).toBeGreaterThan(input.getBoundingClientRect().right)
    unmount()

    await page.viewport(320, 640)
    render(<Page />)
    const form = screen.getByRole('form')
    expect(form.scrollWidth).toBeLessThanOrEqual(form.clientWidth)
    expect(container.ownerDocument.documentElement.scrollWidth).toBeLessThanOrEqual(320)
  })
})

import { exampleDocument } from '@okrkit/core'
import { render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { userEvent } from 'vitest/browser'
import { axeViolations } from '../../test/axe'
import { OkrProvider, type OkrTheme } from '../provider/okr-provider'
import { AlignmentTree } from './alignment-tree'

const COMPANY = 'Customers love us enough to stay and tell their friends'
const SUPPORT = 'Every customer feels heard, fast'
const BILLING = "Become the team's go-to expert on billing questions"
const PRODUCT = 'Ship a product customers can rely on'

function Page({
  theme = 'light',
  onSelect,
}: {
  theme?: OkrTheme
  onSelect?: (id: string) => void
}) {
  return (
    <OkrProvider theme={theme} today="2026-03-31">
      <main data-okr-theme={theme} style={{ background: 'var(--okr-color-bg)', padding: 8 }}>
        <button type="button">Before</button>
        <AlignmentTree document={exampleDocument} onSelect={onSelect} />
        <button type="button">After</button>
      </main>
    </OkrProvider>
  )
}

const item = (title: string) =>
  screen.getByRole('treeitem', { name: (name) => name.startsWith(`${title} `) })
const focusedTitle = () => document.activeElement?.querySelector('[data-part="title"]')?.textContent

describe('AlignmentTree in Chromium', { timeout: 30_000 }, () => {
  it('is one tab stop that arrow keys move through', async () => {
    render(<Page />)
    screen.getByRole('button', { name: 'Before' }).focus()
    await userEvent.tab()
    expect(document.activeElement).toBe(item(COMPANY))
    await userEvent.keyboard('{ArrowDown}{ArrowDown}')
    expect(document.activeElement).toBe(item(BILLING))
    await userEvent.tab()
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'After' }))
    // Coming back lands on the node that had focus last.
    await userEvent.tab({ shift: true })
    expect(document.activeElement).toBe(item(BILLING))
  })

  it('opens, closes, enters and leaves nodes with Right and Left, and jumps with Home and End', async () => {
    render(<Page />)
    item(COMPANY).focus()
    await userEvent.keyboard('{ArrowDown}{ArrowLeft}')
    expect(item(SUPPORT).getAttribute('aria-expanded')).toBe('false')
    expect(screen.queryByRole('treeitem', { name: (name) => name.startsWith(BILLING) })).toBeNull()
    await userEvent.keyboard('{ArrowDown}')
    expect(focusedTitle()).toBe(PRODUCT)
    await userEvent.keyboard('{ArrowLeft}')
    expect(focusedTitle()).toBe(COMPANY)
    await userEvent.keyboard('{ArrowLeft}')
    expect(item(COMPANY).getAttribute('aria-expanded')).toBe('false')
    expect(screen.getAllByRole('treeitem')).toHaveLength(1)
    await userEvent.keyboard('{ArrowRight}{ArrowRight}')
    expect(focusedTitle()).toBe(SUPPORT)
    await userEvent.keyboard('{ArrowRight}{ArrowRight}')
    expect(focusedTitle()).toBe(BILLING)
    await userEvent.keyboard('{Home}')
    expect(focusedTitle()).toBe(COMPANY)
    await userEvent.keyboard('{End}')
    expect(focusedTitle()).toBe(PRODUCT)
  })

  it('selects with Enter and Space without scrolling the page', async () => {
    const onSelect = vi.fn()
    render(
      <div style={{ height: 3000 }}>
        <Page onSelect={onSelect} />
      </div>,
    )
    item(COMPANY).focus()
    await userEvent.keyboard('{ArrowDown}{Enter}')
    expect(onSelect).toHaveBeenLastCalledWith('obj-support-response', expect.anything())
    const before = window.scrollY
    await userEvent.keyboard('{End} ')
    expect(onSelect).toHaveBeenLastCalledWith('obj-product-reliability', expect.anything())
    expect(window.scrollY).toBe(before)
    expect(item(PRODUCT).getAttribute('aria-selected')).toBe('true')
  })

  it('draws the focus ring around the node’s own row, not its subtree', async () => {
    render(<Page />)
    screen.getByRole('button', { name: 'Before' }).focus()
    await userEvent.tab()
    const row = item(COMPANY)
    expect(getComputedStyle(row).outlineStyle).toBe('solid')
    const { bottom } = row.getBoundingClientRect()
    // Children are indented under their parent, below its ring.
    const child = item(SUPPORT).getBoundingClientRect()
    expect(child.left).toBeGreaterThan(row.getBoundingClientRect().left)
    expect(child.top).toBeGreaterThanOrEqual(bottom)
  })

  it.each(['light', 'dark'] as const)(
    'meets WCAG 2.2 AA, contrast included, in the %s theme, focused and selected',
    async (theme) => {
      const { container } = render(<Page theme={theme} />)
      item(COMPANY).focus()
      await userEvent.keyboard('{ArrowDown}{Enter}')
      expect(await axeViolations(container)).toEqual([])
    },
  )
})

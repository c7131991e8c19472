import { exampleDocument, exampleDocumentZhCN } from '@okrkit/core'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createRef } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { axeViolations } from '../../test/axe'
import { document, metricKr, objective } from '../__fixtures__/scorecard-documents'
import { UI_MESSAGES } from '../i18n/catalog'
import { OkrProvider } from '../provider/okr-provider'
import { AlignmentTree, type AlignmentTreeProps } from './alignment-tree'

const { en: uiEn, 'zh-CN': uiZhCN } = UI_MESSAGES

function Tree({ locale = 'en', ...props }: Partial<AlignmentTreeProps> & { locale?: string }) {
  return (
    <OkrProvider today="2026-03-31" locale={locale}>
      <AlignmentTree document={exampleDocument} {...props} />
    </OkrProvider>
  )
}

const COMPANY = 'Customers love us enough to stay and tell their friends'
const SUPPORT = 'Every customer feels heard, fast'
const BILLING = "Become the team's go-to expert on billing questions"
const PRODUCT = 'Ship a product customers can rely on'

/** A treeitem by its title: its name goes on with its level, team and score. */
const item = (title: string) =>
  screen.getByRole('treeitem', { name: (name) => name.startsWith(`${title} `) })
const visibleNames = () =>
  screen.getAllByRole('treeitem').map((el) => el.querySelector('[data-part="title"]')?.textContent)

describe('AlignmentTree', { timeout: 30_000 }, () => {
  it('cascades company → team → individual objectives as a labelled tree', () => {
    render(<Tree />)
    const tree = screen.getByRole('tree', { name: 'Alignment of objectives' })
    expect(visibleNames()).toEqual([COMPANY, SUPPORT, BILLING, PRODUCT])
    const levels = within(tree)
      .getAllByRole('treeitem')
      .map((el) => [
        el.getAttribute('aria-level'),
        el.getAttribute('aria-posinset'),
        el.getAttribute('aria-setsize'),
        el.getAttribute('aria-expanded'),
      ])
    expect(levels).toEqual([
      ['1', '1', '1', 'true'],
      ['2', '1', '2', 'true'],
      ['3', '1', '1', null],
      ['2', '2', '2', null],
    ])
    // Children sit in a group right after their parent's treeitem.
    const group = within(tree).getAllByRole('group')[0] as HTMLElement
    expect(group.previousElementSibling).toBe(item(COMPANY))
    expect(within(group).getAllByRole('treeitem')).toEqual([
      item(SUPPORT),
      item(BILLING),
      item(PRODUCT),
    ])
    expect(item(BILLING).dataset.level).toBe('individual')
  })

  it('names each objective by its title, level, team and the score of its whole subtree', () => {
    render(<Tree />)
    // The company objective's subtree has all 14 key results; their mean is 0.74.
    expect(screen.getAllByRole('treeitem').map((el) => el.textContent)).toEqual([
      `▾${COMPANY} Company · Leadership 0.74 Close(Rolled up from key results)`,
      `▾${SUPPORT} Team · Customer Support 0.81 Close(Rolled up from key results)`,
      `${BILLING} Individual · Customer Support 0.83 Close(Rolled up from key results)`,
      `${PRODUCT} Team · Product Engineering 0.65 Close(Rolled up from key results)`,
    ])
    // Only the row's own text: the arrow is hidden, the subtree is not part of the name.
    expect(
      screen.getByRole('treeitem', {
        name: `${COMPANY} Company · Leadership 0.74 Close(Rolled up from key results)`,
      }),
    ).toBe(item(COMPANY))
  })

  it('keeps one tab stop: the first objective, then the focused one', async () => {
    const user = userEvent.setup()
    render(<Tree />)
    const tabbable = () => screen.getAllByRole('treeitem').filter((el) => el.tabIndex === 0)
    expect(tabbable()).toEqual([item(COMPANY)])
    await user.tab()
    expect(window.document.activeElement).toBe(item(COMPANY))
    await user.keyboard('{ArrowDown}')
    expect(window.document.activeElement).toBe(item(SUPPORT))
    expect(tabbable()).toEqual([item(SUPPORT)])
  })

  it('follows the tree view keyboard model', async () => {
    const user = userEvent.setup()
    const onExpandedChange = vi.fn()
    render(<Tree onExpandedChange={onExpandedChange} />)
    item(COMPANY).focus()
    const focused = () =>
      window.document.activeElement?.querySelector('[data-part="title"]')?.textContent

    await user.keyboard('{End}')
    expect(focused()).toBe(PRODUCT)
    await user.keyboard('{Home}')
    expect(focused()).toBe(COMPANY)
    await user.keyboard('{ArrowUp}')
    expect(focused()).toBe(COMPANY)

    await user.keyboard('{ArrowDown}{ArrowDown}')
    expect(focused()).toBe(BILLING)
    // Left on a leaf goes to its parent; Left on an open node closes it.
    await user.keyboard('{ArrowLeft}')
    expect(focused()).toBe(SUPPORT)
    await user.keyboard('{ArrowLeft}')
    expect(item(SUPPORT).getAttribute('aria-expanded')).toBe('false')
    expect(screen.queryByRole('treeitem', { name: (name) => name.startsWith(BILLING) })).toBeNull()
    expect(onExpandedChange).toHaveBeenLastCalledWith(['obj-company-customers'])
    await user.keyboard('{ArrowDown}')
    expect(focused()).toBe(PRODUCT)
    await user.keyboard('{ArrowUp}')
    // Right on a closed node opens it; Right on an open node enters it.
    await user.keyboard('{ArrowRight}')
    expect(item(SUPPORT).getAttribute('aria-expanded')).toBe('true')
    expect(focused()).toBe(SUPPORT)
    await user.keyboard('{ArrowRight}')
    expect(focused()).toBe(BILLING)
    // Right on a leaf does nothing.
    await user.keyboard('{ArrowRight}')
    expect(focused()).toBe(BILLING)
  })

  it('selects with Enter, Space and a click, and reports it', async () => {
    const user = userEvent.setup()
    const onSelect = vi.fn()
    render(<Tree onSelect={onSelect} />)
    item(COMPANY).focus()
    await user.keyboard('{ArrowDown}{Enter}')
    expect(onSelect).toHaveBeenLastCalledWith('obj-support-response', exampleDocument.objectives[1])
    expect(item(SUPPORT).getAttribute('aria-selected')).toBe('true')
    expect(item(COMPANY).getAttribute('aria-selected')).toBe('false')
    expect(item(SUPPORT).hasAttribute('data-selected')).toBe(true)
    await user.keyboard('{End} ')
    expect(onSelect).toHaveBeenLastCalledWith(
      'obj-product-reliability',
      exampleDocument.objectives[3],
    )
    await user.click(within(item(BILLING)).getByText(BILLING))
    expect(onSelect).toHaveBeenLastCalledWith('obj-billing-expert', exampleDocument.objectives[2])
    expect(window.document.activeElement).toBe(item(BILLING))
    expect(onSelect).toHaveBeenCalledTimes(3)
  })

  it('toggles a node by clicking its arrow without selecting it', async () => {
    const user = userEvent.setup()
    const onSelect = vi.fn()
    const { container } = render(<Tree onSelect={onSelect} />)
    const toggle = item(SUPPORT).querySelector('[data-part="toggle"]') as HTMLElement
    expect(toggle.textContent).toBe('▾')
    expect(toggle.getAttribute('aria-hidden')).toBe('true')
    await user.click(toggle)
    expect(item(SUPPORT).getAttribute('aria-expanded')).toBe('false')
    expect(onSelect).not.toHaveBeenCalled()
    expect(container.querySelectorAll('[role="treeitem"]')).toHaveLength(3)
    expect(toggle.textContent).toBe('▸')
  })

  it('opens all siblings with * and jumps by typing the start of a title', async () => {
    const user = userEvent.setup()
    render(<Tree defaultExpanded={[]} />)
    expect(visibleNames()).toEqual([COMPANY])
    item(COMPANY).focus()
    await user.keyboard('*')
    expect(visibleNames()).toEqual([COMPANY, SUPPORT, PRODUCT])
    await user.keyboard('{ArrowDown}*')
    expect(visibleNames()).toEqual([COMPANY, SUPPORT, BILLING, PRODUCT])
    vi.useFakeTimers({ toFake: ['Date'] })
    try {
      await user.keyboard('s')
      expect(window.document.activeElement).toBe(item(PRODUCT))
      // Letters typed in quick succession spell the start of a title…
      await user.keyboard('e')
      expect(window.document.activeElement).toBe(item(PRODUCT))
      // …and after a pause a new search starts, wrapping around.
      vi.setSystemTime(Date.now() + 1000)
      await user.keyboard('ev')
      expect(window.document.activeElement).toBe(item(SUPPORT))
    } finally {
      vi.useRealTimers()
    }
    // Keys the tree does not use pass through untouched.
    const tab = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true })
    item(BILLING).dispatchEvent(tab)
    expect(tab.defaultPrevented).toBe(false)
  })

  it('follows a controlled expanded list and moves the tab stop off a node it hides', async () => {
    const user = userEvent.setup()
    const onExpandedChange = vi.fn()
    const { rerender } = render(
      <Tree
        expanded={['obj-company-customers', 'obj-support-response']}
        onExpandedChange={onExpandedChange}
      />,
    )
    item(BILLING).focus()
    await user.keyboard('{ArrowLeft}{ArrowLeft}')
    // Left on the open support objective asks to close it; the parent keeps it open.
    expect(onExpandedChange).toHaveBeenLastCalledWith(['obj-company-customers'])
    expect(item(SUPPORT).getAttribute('aria-expanded')).toBe('true')
    item(BILLING).focus()
    rerender(<Tree expanded={['obj-company-customers']} onExpandedChange={onExpandedChange} />)
    expect(screen.queryByRole('treeitem', { name: (name) => name.startsWith(BILLING) })).toBeNull()
    expect(item(SUPPORT).tabIndex).toBe(0)
  })

  it('flags alignment loops and missing parents on the objectives and below the tree', () => {
    const doc = document({
      objectives: [
        objective('a', [metricKr('ka', 0, 10, { current: 5 })], { title: 'Alpha', parentId: 'b' }),
        objective('b', [metricKr('kb', 0, 10, { current: 10 })], { title: 'Beta', parentId: 'a' }),
        objective('c', [], { title: 'Gamma', parentId: 'gone' }),
        objective('d', [], { title: 'Delta', parentId: 'c', level: 'individual' }),
      ],
    })
    render(<Tree document={doc} />)
    // Loop members and orphans become roots; an orphan's own children stay under it.
    expect(visibleNames()).toEqual(['Alpha', 'Beta', 'Gamma', 'Delta'])
    expect(item('Alpha').hasAttribute('data-cycle')).toBe(true)
    expect(item('Beta').hasAttribute('data-cycle')).toBe(true)
    expect(item('Gamma').hasAttribute('data-orphan')).toBe(true)
    expect(item('Delta').getAttribute('aria-level')).toBe('2')
    expect(within(item('Alpha')).getByText('In an alignment loop')).toBeTruthy()
    expect(within(item('Gamma')).getByText('Aligned to a missing objective')).toBeTruthy()
    const issues = screen.getByRole('region', { name: 'Alignment problems' })
    expect(
      within(issues)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'The alignment loops back on itself (Alpha → Beta → Alpha). An objective cannot align, directly or indirectly, to itself.',
      'Gamma: This objective aligns to “gone”, which is not in this document. If it should be, check the id.',
    ])
    // An objective without key results has no score, not a zero.
    expect(within(item('Gamma')).getAllByText('No score yet').length).toBeGreaterThan(0)
  })

  it('says so when there is nothing to align', () => {
    const { container } = render(<Tree document={document()} />)
    expect(screen.queryByRole('tree')).toBeNull()
    expect(container.textContent).toBe('No objectives to align yet.')
  })

  it('speaks Chinese', () => {
    render(<Tree document={exampleDocumentZhCN} locale="zh-CN" />)
    expect(screen.getByRole('tree', { name: '目标对齐' })).toBeTruthy()
    expect(
      item('让客户满意到愿意留下并推荐给朋友').querySelector('[data-part="meta"]')?.textContent,
    ).toBe('公司 · 管理团队 0.74 接近(由关键成果汇总)')
  })

  it('passes props, labels, ref and class name through', () => {
    const ref = createRef<HTMLDivElement>()
    const { container } = render(
      <>
        <h2 id="heading">How we align</h2>
        <Tree ref={ref} className="mine" aria-labelledby="heading" data-testid="t" />
      </>,
    )
    const root = container.querySelector('.okr-AlignmentTree') as HTMLElement
    expect(ref.current).toBe(root)
    expect(root.className).toBe('okr okr-AlignmentTree mine')
    expect(root.dataset.testid).toBe('t')
    expect(screen.getByRole('tree', { name: 'How we align' })).toBeTruthy()
    expect(root.getAttribute('aria-labelledby')).toBeNull()
  })

  it('has the same placeholders in both catalogs', () => {
    const keys = Object.keys(uiEn).filter((key) => key.startsWith('ui.alignmentTree.'))
    expect(keys.length).toBeGreaterThan(0)
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
    for (const key of keys as (keyof typeof uiEn)[]) {
      expect(placeholders(uiZhCN[key]), key).toEqual(placeholders(uiEn[key]))
    }
  })

  it('has no axe violations, with and without alignment problems', async () => {
    const { container, rerender } = render(<Tree defaultSelectedId="obj-billing-expert" />)
    expect(await axeViolations(container)).toEqual([])
    const doc = document({
      objectives: [
        objective('a', [], { parentId: 'b' }),
        objective('b', [], { parentId: 'a' }),
        objective('c', [], { parentId: 'gone' }),
      ],
    })
    rerender(<Tree document={doc} />)
    expect(await axeViolations(container)).toEqual([])
  })
})

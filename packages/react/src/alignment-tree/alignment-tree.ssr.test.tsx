import { exampleDocument } from '@okrkit/core'
import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { OkrProvider } from '../provider/okr-provider'
import { AlignmentTree } from './alignment-tree'

describe('AlignmentTree on the server', () => {
  it('renders the tree with one tab stop without a DOM', () => {
    expect(typeof window).toBe('undefined')
    const html = renderToString(
      <OkrProvider today="2026-03-31">
        <AlignmentTree document={exampleDocument} defaultSelectedId="obj-billing-expert" />
      </OkrProvider>,
    )
    expect(html.match(/role="treeitem"/g)).toHaveLength(4)
    expect(html.match(/tabindex="0"/g)).toHaveLength(1)
    expect(html).toMatch(/aria-selected="true"[^>]*data-objective-id="obj-billing-expert"/)
    expect(html).toContain('aria-label="Alignment of objectives"')
  })
})

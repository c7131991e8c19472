import axe from 'axe-core'

/** WCAG 2.2 AA, as the project promises. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/**
 * Runs axe on an element and returns readable violations (empty when none). In jsdom the rules
 * that need layout (colour contrast) cannot run; the browser tests cover them.
 */
export async function axeViolations(element: Element): Promise<string[]> {
  const result = await axe.run(element, { runOnly: { type: 'tag', values: TAGS } })
  return result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  )
}

import type { IssuePath } from '@okrkit/core'
import { lineColumn } from './json-position'
import type { Source } from './read-input'

/** Line and column (1-based) of a place in a source file. */
export interface Location {
  line: number
  column: number
}

/**
 * Finds where each issue path points in a JSON or YAML source, so messages can say `file:3:7`.
 * A path to a missing field points at the object that lacks it; an unknown key at the key.
 * Returns `undefined` for paths it cannot place (or sources it cannot read as YAML).
 */
export async function locator(source: Source): Promise<(path: IssuePath) => Location | undefined> {
  if (source.syntax === 'csv') return () => undefined
  // JSON is YAML 1.2, so one parser gives node positions for both.
  const { isMap, isScalar, isSeq, parseDocument } = await import('yaml')
  const doc = parseDocument(source.text, { uniqueKeys: false })
  const at = (offset: number | undefined) =>
    offset === undefined ? undefined : lineColumn(source.text, offset)
  return (path) => {
    let node: unknown = doc.contents
    let offset = (node as { range?: number[] } | null)?.range?.[0]
    for (const step of path) {
      if (isMap(node)) {
        const pair = node.items.find(
          (item) => isScalar(item.key) && String(item.key.value) === String(step),
        )
        if (!pair) break
        offset = (pair.key as { range?: number[] }).range?.[0]
        node = pair.value
      } else if (isSeq(node) && typeof step === 'number') {
        node = node.items[step]
        offset = (node as { range?: number[] } | null)?.range?.[0]
      } else break
    }
    return at(offset)
  }
}

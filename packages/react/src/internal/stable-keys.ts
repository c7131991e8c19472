/**
 * React keys and DOM id parts for entities by their `id`: ids are unique in a valid document, but
 * an editor also shows invalid drafts, so a repeated id gets a suffix instead of a key clash.
 *
 * @example
 * stableKeys([{ id: 'a' }, { id: 'b' }, { id: 'a' }]) // ['a', 'b', 'a~2']
 */
export function stableKeys(items: readonly { id: string }[]): string[] {
  const seen = new Map<string, number>()
  return items.map(({ id }) => {
    const count = (seen.get(id) ?? 0) + 1
    seen.set(id, count)
    return count === 1 ? id : `${id}~${count}`
  })
}

/**
 * A DOM id made of a base and parts: ids are free text in the model, and `id` attributes may not
 * contain whitespace.
 *
 * @example
 * domId('okr-1', 'kr', 'kr 1') // 'okr-1-kr-kr%201'
 */
export function domId(base: string, ...parts: string[]): string {
  return [base, ...parts.map(encodeURIComponent)].join('-')
}

/**
 * The DOM id of an editor's field, from the editor's root id and the field's path key.
 *
 * @example
 * fieldDomId('okr-1', 'measure.target') // 'okr-1-measure-target'
 */
export function fieldDomId(rootId: string, field: string): string {
  return `${rootId}-${field.replace(/\./g, '-')}`
}

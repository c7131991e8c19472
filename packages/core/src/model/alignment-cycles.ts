import type { OkrDocument } from './document'
import { indexDocument } from './document-index'

const UNVISITED = 0
const ON_PATH = 1
const DONE = 2

/**
 * The loops in a document's alignment (`parentId`) links, each as objective indexes in link
 * order (a self-loop included). Each objective has at most one parent, so one walk per objective
 * finds every loop: linear time, no recursion, on any graph. Parents missing from the document
 * end a walk.
 *
 * @example
 * findAlignmentCycles(doc) // [[0, 2, 1]] — objective 0 aligns to 2, 2 to 1, 1 back to 0
 */
export function findAlignmentCycles(doc: OkrDocument): number[][] {
  const index = indexDocument(doc)
  const all = doc.objectives
  const parentOf = (at: number): number | undefined => {
    const parentId = all[at]?.parentId
    return parentId === undefined ? undefined : index.objectives.get(parentId)?.index
  }
  const state = new Uint8Array(all.length)
  const cycles: number[][] = []
  for (let start = 0; start < all.length; start++) {
    if (state[start] !== UNVISITED) continue
    const path: number[] = []
    let at: number | undefined = start
    while (at !== undefined && state[at] === UNVISITED) {
      state[at] = ON_PATH
      path.push(at)
      at = parentOf(at)
    }
    if (at !== undefined && state[at] === ON_PATH) cycles.push(path.slice(path.indexOf(at)))
    for (const member of path) state[member] = DONE
  }
  return cycles
}

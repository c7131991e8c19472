import { objectivePath } from '../lint-paths'
import type { LintFinding, LintRule } from '../lint-rule'

/** Ids of a loop shown in the message; a longer loop ends in "…" (its length is in `params`). */
const MAX_IDS_SHOWN = 10

const UNVISITED = 0
const ON_PATH = 1
const DONE = 2

/**
 * The `parentId` chain of an objective loops back to it (a self-loop included). Reported once per
 * loop, at its member with the smallest index (in scope); linear time on any graph.
 *
 * @example
 * lintOkrSet(docWhereAAlignsToBAndBToA)[0].params.cycle // 'a → b → a'
 */
export const objectiveAlignmentCycleRule: LintRule<'objective_alignment_cycle'> = {
  code: 'objective_alignment_cycle',
  defaultSeverity: 'error',
  check({ document, index, objectives }) {
    if (objectives.length === 0) return []
    const all = document.objectives
    // Each objective has at most one parent: a functional graph, so one walk per node finds
    // every loop. Loops are looked for in the whole document, since one may cross the scope.
    const parentOf = (at: number): number | undefined => {
      const parentId = all[at]?.parentId
      return parentId === undefined ? undefined : index.objectives.get(parentId)?.index
    }
    const inScope = new Uint8Array(all.length)
    for (const objective of objectives) inScope[objective.index] = 1

    const state = new Uint8Array(all.length)
    const findings: LintFinding[] = []
    for (let start = 0; start < all.length; start++) {
      if (state[start] !== UNVISITED) continue
      const path: number[] = []
      let at: number | undefined = start
      while (at !== undefined && state[at] === UNVISITED) {
        state[at] = ON_PATH
        path.push(at)
        at = parentOf(at)
      }
      if (at !== undefined && state[at] === ON_PATH) {
        const loop = path.slice(path.indexOf(at))
        let reportAt: number | undefined
        for (const member of loop) {
          if (inScope[member] === 1 && (reportAt === undefined || member < reportAt))
            reportAt = member
        }
        if (reportAt !== undefined) findings.push(finding(reportAt, loop, all))
      }
      for (const member of path) state[member] = DONE
    }
    return findings
  },
}

function finding(reportAt: number, loop: number[], all: readonly { id: string }[]): LintFinding {
  // Rotate so the message starts where the issue is reported and follows the parent links.
  const offset = loop.indexOf(reportAt)
  const ids: string[] = []
  for (let i = 0; i < Math.min(loop.length, MAX_IDS_SHOWN); i++) {
    ids.push(all[loop[(offset + i) % loop.length] as number]?.id as string)
  }
  const startId = all[reportAt]?.id as string
  const cycle =
    loop.length > MAX_IDS_SHOWN ? `${ids.join(' → ')} → …` : [...ids, startId].join(' → ')
  return {
    path: objectivePath(reportAt, 'parentId'),
    params: { objectiveId: startId, cycle, length: loop.length },
  }
}

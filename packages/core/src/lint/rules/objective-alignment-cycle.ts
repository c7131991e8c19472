import { findAlignmentCycles } from '../../model/alignment-cycles'
import { objectivePath } from '../lint-paths'
import type { LintFinding, LintRule } from '../lint-rule'

/** Ids of a loop shown in the message; a longer loop ends in "…" (its length is in `params`). */
const MAX_IDS_SHOWN = 10

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
  check({ document, objectives }) {
    if (objectives.length === 0) return []
    // Loops are looked for in the whole document, since one may cross the scope.
    const inScope = new Set(objectives.map((objective) => objective.index))
    const findings: LintFinding[] = []
    for (const loop of findAlignmentCycles(document)) {
      const members = loop.filter((member) => inScope.has(member))
      if (members.length > 0)
        findings.push(finding(Math.min(...members), loop, document.objectives))
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

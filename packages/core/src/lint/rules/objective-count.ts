import type { Located } from '../../model/document-index'
import type { Objective } from '../../model/objective'
import type { LintFinding, LintRule } from '../lint-rule'

/**
 * The play: 确定 1 至 3 个目标 — a team sets one to three objectives a period.
 *
 * @example
 * OBJECTIVES_PER_SET.max // 3
 */
export const OBJECTIVES_PER_SET = { min: 1, max: 3 } as const

/**
 * A team (objectives without a team form one group) has fewer than 1 or more than 3 objectives
 * in a period. Reported at the group's first objective; an empty set is reported at `objectives`.
 * Silent when one objective or key result is linted.
 *
 * @example
 * lintOkrSet(docWithFourObjectivesForOneTeam)[0].code // 'objective_count'
 */
export const objectiveCountRule: LintRule<'objective_count'> = {
  code: 'objective_count',
  defaultSeverity: 'warning',
  check({ objectives, scope, narrow }) {
    // One objective or key result says nothing about how many objectives the team has.
    if (narrow) return []
    const { min, max } = OBJECTIVES_PER_SET
    if (objectives.length === 0) {
      return [{ path: ['objectives'], params: { ...scope, count: 0, min, max } }]
    }
    // Period, then team: Map keys keep first-seen order and accept `undefined` (no team).
    const groups = new Map<string, Map<string | undefined, Located<Objective>[]>>()
    for (const objective of objectives) {
      const { periodId, teamId } = objective.value
      let byTeam = groups.get(periodId)
      if (!byTeam) {
        byTeam = new Map()
        groups.set(periodId, byTeam)
      }
      const group = byTeam.get(teamId)
      if (group) group.push(objective)
      else byTeam.set(teamId, [objective])
    }
    const findings: LintFinding[] = []
    for (const [periodId, byTeam] of groups) {
      for (const [teamId, group] of byTeam) {
        const count = group.length
        if (count >= min && count <= max) continue
        const first = group[0] as Located<Objective>
        findings.push({
          path: ['objectives', first.index],
          params: { teamId, periodId, count, min, max },
        })
      }
    }
    return findings
  },
}

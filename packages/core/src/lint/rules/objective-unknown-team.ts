import { objectivePath } from '../lint-paths'
import type { LintFinding, LintRule } from '../lint-rule'

/**
 * An objective's `teamId` is not among the document's teams.
 *
 * @example
 * lintOkrSet(docWithObjectiveOfAMissingTeam)[0].path // ['objectives', 0, 'teamId']
 */
export const objectiveUnknownTeamRule: LintRule<'objective_unknown_team'> = {
  code: 'objective_unknown_team',
  defaultSeverity: 'warning',
  check({ objectives, index }) {
    const findings: LintFinding[] = []
    for (const { value, index: at } of objectives) {
      if (value.teamId === undefined || index.teams.has(value.teamId)) continue
      findings.push({
        path: objectivePath(at, 'teamId'),
        params: { objectiveId: value.id, teamId: value.teamId },
      })
    }
    return findings
  },
}

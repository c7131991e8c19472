import { CURRENT_SCHEMA_VERSION, type Objective, type OkrDocument, type Person } from '@okrkit/core'

/**
 * A document of only some objectives and the people, for an editor that lints its part without
 * the whole document (periods, teams and check-ins are not in view).
 *
 * @example
 * collectObjectiveIssues(standaloneDocument([objective], people), [0], options)
 */
export function standaloneDocument(
  objectives: Objective[],
  people: readonly Person[] | undefined,
): OkrDocument {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    periods: [],
    teams: [],
    people: people ? [...people] : [],
    objectives,
    checkIns: [],
    retrospectives: [],
  }
}

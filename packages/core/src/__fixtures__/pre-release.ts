import type { OkrDocument } from '../model/document'

const STATUSES = { 'on-track': 'on_track', 'off-track': 'off_track', 'at-risk': 'at_risk' }

/**
 * Writes a document in the pre-release format (version 0, see parse/migrations/v0-to-v1.ts): no
 * `schemaVersion`, `baseline` for a metric's `start`, snake_case check-in statuses. The inverse of
 * the migration, written apart from it so that each checks the other.
 */
export function toPreRelease(doc: OkrDocument): Record<string, unknown> {
  const { schemaVersion: _, ...rest } = doc
  return {
    ...rest,
    objectives: doc.objectives.map((objective) => ({
      ...objective,
      keyResults: objective.keyResults.map((kr) => {
        if (kr.measure.type !== 'metric') return kr
        const { start, ...measure } = kr.measure
        return { ...kr, measure: { ...measure, baseline: start } }
      }),
    })),
    checkIns: doc.checkIns.map((checkIn) => ({ ...checkIn, status: STATUSES[checkIn.status] })),
  }
}

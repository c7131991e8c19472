import type { Migration } from './migration'

const STATUSES: ReadonlyMap<unknown, string> = new Map([
  ['on_track', 'on-track'],
  ['off_track', 'off-track'],
  ['at_risk', 'at-risk'],
])

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Edits each object of a list; anything that is not a list of objects is left for the schema. */
function editEach(
  list: unknown,
  edit: (item: Record<string, unknown>) => Record<string, unknown>,
): unknown {
  return Array.isArray(list) ? list.map((item) => (isRecord(item) ? edit(item) : item)) : list
}

function renameBaseline(measure: unknown): unknown {
  if (
    !isRecord(measure) ||
    measure.type !== 'metric' ||
    !Object.hasOwn(measure, 'baseline') ||
    // With both, neither is dropped: parsing reports `baseline` as an unknown field.
    Object.hasOwn(measure, 'start')
  )
    return measure
  // Rebuilt key by key so `start` keeps the place `baseline` had.
  return Object.fromEntries(
    Object.entries(measure).map(([key, value]) => [key === 'baseline' ? 'start' : key, value]),
  )
}

function editKeyResult(kr: Record<string, unknown>): Record<string, unknown> {
  return Object.hasOwn(kr, 'measure') ? { ...kr, measure: renameBaseline(kr.measure) } : kr
}

function editObjective(objective: Record<string, unknown>): Record<string, unknown> {
  return Object.hasOwn(objective, 'keyResults')
    ? { ...objective, keyResults: editEach(objective.keyResults, editKeyResult) }
    : objective
}

function editCheckIn(checkIn: Record<string, unknown>): Record<string, unknown> {
  const status = STATUSES.get(checkIn.status)
  return status === undefined ? checkIn : { ...checkIn, status }
}

/**
 * From the pre-release format (documents without `schemaVersion`, called version 0) to version 1.
 * Only the fields named in the description change; `meta` is host data and is never rewritten.
 */
export const v0ToV1: Migration = {
  from: 0,
  description:
    'Version 1 is the first released format. Pre-release documents had no `schemaVersion`; ' +
    'metric measures named their starting value `baseline` (now `start`); check-in statuses ' +
    'were written in snake_case: `on_track`, `off_track`, `at_risk` (now `on-track`, ' +
    '`off-track`, `at-risk`).',
  migrate(doc) {
    const next = { ...doc }
    if (Object.hasOwn(doc, 'objectives')) next.objectives = editEach(doc.objectives, editObjective)
    if (Object.hasOwn(doc, 'checkIns')) next.checkIns = editEach(doc.checkIns, editCheckIn)
    return next
  },
}

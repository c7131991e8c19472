import { CURRENT_SCHEMA_VERSION } from '../../model/document'

/** One step of the format's history: turns a document of version `from` into version `from + 1`. */
export interface Migration {
  from: number
  /** What changed, for changelogs and for hosts that keep their own copies. */
  description: string
  migrate(doc: Record<string, unknown>): Record<string, unknown>
}

/**
 * Append-only: a released migration is never edited, so every past document keeps one path to
 * the current version. Version 1 is the first released format.
 */
export const MIGRATIONS: readonly Migration[] = []

export type MigrationFailure =
  | { code: 'unsupported_schema_version'; found: number }
  | { code: 'invalid_schema_version'; found: unknown }

/**
 * Brings a document object of any released version to the current one; the input is not changed.
 * A missing `schemaVersion` is left for the schema to report as a required field.
 */
export function migrateToCurrent(
  doc: Record<string, unknown>,
):
  | { success: true; data: Record<string, unknown> }
  | { success: false; failure: MigrationFailure } {
  if (!Object.hasOwn(doc, 'schemaVersion')) return { success: true, data: doc }
  const found = doc.schemaVersion
  if (typeof found !== 'number' || !Number.isInteger(found) || found < 1) {
    return { success: false, failure: { code: 'invalid_schema_version', found } }
  }
  if (found > CURRENT_SCHEMA_VERSION) {
    return { success: false, failure: { code: 'unsupported_schema_version', found } }
  }
  let current = doc
  for (let version = found; version < CURRENT_SCHEMA_VERSION; version++) {
    const step = MIGRATIONS.find((m) => m.from === version)
    if (!step) return { success: false, failure: { code: 'invalid_schema_version', found } }
    current = { ...step.migrate(current), schemaVersion: version + 1 }
  }
  return { success: true, data: current }
}

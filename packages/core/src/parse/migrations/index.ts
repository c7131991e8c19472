import { CURRENT_SCHEMA_VERSION } from '../../model/document'
import type { Migration } from './migration'
import { v0ToV1 } from './v0-to-v1'

export type { Migration } from './migration'

/**
 * The version of a document without `schemaVersion`: the pre-release format, from before documents
 * were versioned. No document ever says `schemaVersion: 0`; one that does is refused.
 */
export const PRE_RELEASE_SCHEMA_VERSION = 0

/**
 * Append-only: a released migration is never edited, so every past document keeps one path to
 * the current version. Entry `i` reads version `i` (0, the pre-release format, comes first), so a
 * new format is one new entry and `CURRENT_SCHEMA_VERSION + 1`.
 */
export const MIGRATIONS: readonly Migration[] = [v0ToV1]

export type MigrationFailure =
  | { code: 'unsupported_schema_version'; found: number }
  | { code: 'invalid_schema_version'; found: unknown }

export type MigrationResult =
  | { success: true; data: Record<string, unknown> }
  | { success: false; failure: MigrationFailure }

/**
 * Brings a document object of any past version to the current one; the input is not changed.
 * A document without `schemaVersion` is the pre-release format ({@link PRE_RELEASE_SCHEMA_VERSION});
 * a newer version than this library knows is refused, never partly read.
 */
export function migrateToCurrent(doc: Record<string, unknown>): MigrationResult {
  if (!Object.hasOwn(doc, 'schemaVersion')) return migrateFrom(doc, PRE_RELEASE_SCHEMA_VERSION)
  const found = doc.schemaVersion
  if (typeof found !== 'number' || !Number.isInteger(found) || found < 1) {
    return { success: false, failure: { code: 'invalid_schema_version', found } }
  }
  if (found > CURRENT_SCHEMA_VERSION) {
    return { success: false, failure: { code: 'unsupported_schema_version', found } }
  }
  return migrateFrom(doc, found)
}

function migrateFrom(doc: Record<string, unknown>, found: number): MigrationResult {
  let current = doc
  for (let version = found; version < CURRENT_SCHEMA_VERSION; version++) {
    const step = MIGRATIONS[version]
    if (step?.from !== version) {
      return { success: false, failure: { code: 'invalid_schema_version', found } }
    }
    // `schemaVersion` first, where a document written by that version has it.
    const { schemaVersion: _, ...rest } = step.migrate(current)
    current = { schemaVersion: version + 1, ...rest }
  }
  return { success: true, data: current }
}

/** One step of the format's history: turns a document of version `from` into version `from + 1`. */
export interface Migration {
  /** The version this step reads; the document it returns is version `from + 1`. */
  from: number
  /** What changed, for changelogs and for hosts that keep their own copies. */
  description: string
  /**
   * Rewrites what changed and keeps every other field as it is, without changing its argument. It
   * runs before validation, so it must accept any value where a field is expected and leave what it
   * does not recognise for the schema to report. `migrateToCurrent` sets `schemaVersion`.
   */
  migrate(doc: Readonly<Record<string, unknown>>): Record<string, unknown>
}

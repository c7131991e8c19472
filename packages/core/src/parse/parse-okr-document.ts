import { z } from 'zod'
import { PARSE_MESSAGES } from '../i18n/catalogs'
import { formatMessageFrom, type LocaleOptions } from '../i18n/format'
import type { IssueParams, IssuePath, OkrIssue, OkrResult } from '../issue'
import { LIMITS } from '../model/common'
import { CURRENT_SCHEMA_VERSION, type OkrDocument, okrDocumentSchema } from '../model/document'
import { migrateToCurrent } from './migrations'
import type { ParseCode } from './parse-codes'
import { findUnsafeShapes, MAX_DEPTH } from './reserved-keys'
import { fromZodIssues } from './zod-issues'

export type ParseOptions = LocaleOptions

function issue(
  code: ParseCode,
  path: IssuePath,
  params: IssueParams,
  options: LocaleOptions,
): OkrIssue<ParseCode> {
  return {
    code,
    severity: 'error',
    path,
    params,
    message: formatMessageFrom(PARSE_MESSAGES, `parse.${code}`, params, options),
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const proto = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

/**
 * Checks the input is a plain object without prototype-reaching keys, and brings it to the current
 * format version through `MIGRATIONS`, without changing the input. A document without
 * `schemaVersion` is the pre-release format (version 0). A newer version than this library knows
 * is refused, never partly read. The result is not validated: `parseOkrDocument` does that.
 *
 * @example
 * migrateDocument({ periods: [], objectives: [] }) // { success: true, data: { schemaVersion: 1, … } }
 */
export function migrateDocument(
  input: unknown,
  options: ParseOptions = {},
): OkrResult<Record<string, unknown>, ParseCode> {
  try {
    if (!isPlainObject(input)) {
      return { success: false, issues: [issue('not_a_document', [], {}, options)] }
    }
    const unsafe = findUnsafeShapes(input)
    if (unsafe.length > 0) {
      return {
        success: false,
        issues: unsafe.map((f) =>
          f.kind === 'reserved_key'
            ? issue('reserved_key', f.path, { key: f.key }, options)
            : f.kind === 'too_many'
              ? issue('too_many', f.path, { maximum: LIMITS.collectionSize }, options)
              : issue(f.kind, f.path, { maximum: MAX_DEPTH }, options),
        ),
      }
    }
    const migrated = migrateToCurrent(input)
    if (!migrated.success) {
      const { failure } = migrated
      const params = { found: String(failure.found), supported: CURRENT_SCHEMA_VERSION }
      return { success: false, issues: [issue(failure.code, ['schemaVersion'], params, options)] }
    }
    return { success: true, data: migrated.data }
  } catch {
    // Exotic input (a Proxy, a throwing getter) must still get an answer, not an exception.
    return { success: false, issues: [issue('invalid', [], {}, options)] }
  }
}

function checkConsistency(doc: OkrDocument, options: LocaleOptions): OkrIssue<ParseCode>[] {
  const issues: OkrIssue<ParseCode>[] = []
  // Paths are built only for duplicates: one array per id made this a tenth of the parse.
  const uniqueIn = (collection: string) => {
    const seen = new Set<string>()
    return (id: string, path: () => IssuePath) => {
      if (!seen.has(id)) seen.add(id)
      else issues.push(issue('duplicate_id', path(), { id, collection }, options))
    }
  }
  const COLLECTIONS = ['periods', 'teams', 'people', 'objectives'] as const
  for (const name of COLLECTIONS) {
    const check = uniqueIn(name)
    doc[name].forEach((item, i) => {
      check(item.id, () => [name, i, 'id'])
    })
  }
  const checkKeyResult = uniqueIn('keyResults')
  doc.objectives.forEach((objective, o) => {
    objective.keyResults.forEach((kr, k) => {
      checkKeyResult(kr.id, () => ['objectives', o, 'keyResults', k, 'id'])
    })
  })
  for (const name of ['checkIns', 'retrospectives'] as const) {
    const check = uniqueIn(name)
    doc[name].forEach((item, i) => {
      check(item.id, () => [name, i, 'id'])
    })
  }

  for (const [p, period] of doc.periods.entries()) {
    if (period.end < period.start) {
      issues.push(
        issue(
          'period_end_before_start',
          ['periods', p, 'end'],
          { start: period.start, end: period.end },
          options,
        ),
      )
    }
  }
  for (const [o, objective] of doc.objectives.entries()) {
    for (const [k, kr] of objective.keyResults.entries()) {
      if (kr.measure.type === 'metric' && kr.measure.target === kr.measure.start) {
        const path = ['objectives', o, 'keyResults', k, 'measure', 'target']
        issues.push(issue('kr_target_equals_start', path, { start: kr.measure.start }, options))
      }
    }
  }
  return issues
}

let compiledDocumentSchema: typeof okrDocumentSchema | undefined

/**
 * The document schema with zod's ahead-of-time compiled fast path, built on the first parse (it
 * takes tens of milliseconds): a valid document skips zod's per-field bookkeeping, which was half
 * the parse, and an invalid one falls back to the interpreted parser, so the issues are the same.
 * A host that set `z.config({ jitless: true })` (a strict CSP) keeps the interpreted parser.
 */
function documentSchema(): typeof okrDocumentSchema {
  if (z.config().jitless) return okrDocumentSchema
  compiledDocumentSchema ??= z.compile(okrDocumentSchema)
  return compiledDocumentSchema
}

/**
 * Validates unknown input as an OKR document. Never throws: returns the typed document, or every
 * issue found, each with a code, a path and a localised message. Unknown keys are reported (host
 * data belongs in `meta`), own `__proto__` / `constructor` / `prototype` keys are refused, older
 * format versions (and the unversioned pre-release format) are migrated and newer ones refused.
 *
 * @example
 * const result = parseOkrDocument(JSON.parse(body), { locale: 'zh-CN' })
 * if (!result.success) return respond(422, result.issues)
 */
export function parseOkrDocument(
  input: unknown,
  options: ParseOptions = {},
): OkrResult<OkrDocument, ParseCode> {
  const migrated = migrateDocument(input, options)
  if (!migrated.success) return migrated
  try {
    const parsed = documentSchema().safeParse(migrated.data, { reportInput: true })
    if (!parsed.success)
      return { success: false, issues: fromZodIssues(parsed.error.issues, options) }
    const issues = checkConsistency(parsed.data, options)
    return issues.length > 0 ? { success: false, issues } : { success: true, data: parsed.data }
  } catch {
    return { success: false, issues: [issue('invalid', [], {}, options)] }
  }
}

import type { IssueParams, OkrIssue } from '@okrkit/core'
import type { z } from 'zod'
import type { OkrI18n } from '../provider/use-okr-context'

/** Codes of schema issues; each has a `parse.<code>` message in core's catalog. */
export type SchemaIssueCode =
  | 'required'
  | 'invalid_type'
  | 'invalid_value'
  | 'invalid_date'
  | 'unknown_key'
  | 'not_finite'
  | 'too_small'
  | 'too_big'
  | 'too_short'
  | 'too_long'
  | 'too_many'
  | 'invalid'

// Core turns zod issues into coded issues inside `parseOkrDocument` but does not export that
// step; the forms validate single entities with core's schemas and need the same codes.
function classify(issue: z.core.$ZodIssue): { code: SchemaIssueCode; params: IssueParams } {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? { code: 'required', params: { expected: issue.expected } }
        : {
            code: 'invalid_type',
            params: { expected: issue.expected, received: typeof issue.input },
          }
    case 'invalid_value':
      return issue.input === undefined
        ? { code: 'required', params: { expected: issue.values.map(String).join(', ') } }
        : { code: 'invalid_value', params: { options: issue.values.map(String).join(', ') } }
    case 'invalid_format':
      return { code: issue.format === 'date' ? 'invalid_date' : 'invalid', params: {} }
    case 'too_small':
      return issue.origin === 'string'
        ? { code: 'too_short', params: { minimum: Number(issue.minimum) } }
        : { code: 'too_small', params: { minimum: Number(issue.minimum) } }
    case 'too_big':
      return {
        code:
          issue.origin === 'string'
            ? 'too_long'
            : issue.origin === 'array'
              ? 'too_many'
              : 'too_big',
        params: { maximum: Number(issue.maximum) },
      }
    case 'custom':
      return issue.message === 'not_finite'
        ? { code: 'not_finite', params: {} }
        : { code: 'invalid', params: {} }
    default:
      return { code: 'invalid', params: {} }
  }
}

/**
 * Turns the issues of a core schema's `safeParse` into coded, localised issues, one per unknown
 * key, with core's `parse.*` messages.
 *
 * @example
 * const result = checkInSchema.safeParse(candidate)
 * if (!result.success) fromSchemaIssues(result.error.issues, t)
 */
export function fromSchemaIssues(
  issues: readonly z.core.$ZodIssue[],
  t: OkrI18n['t'],
): OkrIssue<SchemaIssueCode>[] {
  const out: OkrIssue<SchemaIssueCode>[] = []
  for (const issue of issues) {
    const path = issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part))
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        out.push({
          code: 'unknown_key',
          severity: 'error',
          path: [...path, key],
          params: { key },
          message: t('parse.unknown_key', { key }),
        })
      }
      continue
    }
    const { code, params } = classify(issue)
    out.push({ code, severity: 'error', path, params, message: t(`parse.${code}`, params) })
  }
  return out
}

/** The key of the field an issue path points at: `'score'`, `'update.what'`, `'risks.2'`. */
export function fieldKey(path: readonly (string | number)[]): string {
  return path.join('.')
}

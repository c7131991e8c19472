import type { z } from 'zod'
import { PARSE_MESSAGES } from '../i18n/catalogs'
import { formatMessageFrom, type LocaleOptions } from '../i18n/format'
import type { IssueParams, OkrIssue } from '../issue'
import { LIMITS } from '../model/common'
import type { ParseCode } from './parse-codes'

function typeName(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value)
  return typeof value
}

function classify(issue: z.core.$ZodIssue): { code: ParseCode; params: IssueParams } {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'number' && typeof issue.input === 'number') {
        return { code: 'not_finite', params: {} }
      }
      return issue.input === undefined
        ? { code: 'required', params: { expected: issue.expected } }
        : {
            code: 'invalid_type',
            params: { expected: issue.expected, received: typeName(issue.input) },
          }
    case 'unrecognized_keys':
      return { code: 'unknown_key', params: { key: issue.keys.join('", "') } }
    case 'invalid_value':
      if (issue.input === undefined)
        return { code: 'required', params: { expected: issue.values.map(String).join(', ') } }
      return { code: 'invalid_value', params: { options: issue.values.map(String).join(', ') } }
    case 'invalid_format':
      if (issue.message === 'blank') return { code: 'too_short', params: { minimum: 1 } }
      return {
        code: issue.format === 'date' ? 'invalid_date' : 'invalid',
        params: { format: issue.format },
      }
    case 'too_small': {
      const minimum = Number(issue.minimum)
      if (issue.origin === 'string') return { code: 'too_short', params: { minimum } }
      return { code: 'too_small', params: { minimum } }
    }
    case 'too_big': {
      const maximum = Number(issue.maximum)
      if (issue.origin === 'string') return { code: 'too_long', params: { maximum } }
      if (issue.origin === 'array') return { code: 'too_many', params: { maximum } }
      return { code: 'too_big', params: { maximum } }
    }
    case 'invalid_union':
      if (issue.discriminator !== undefined && 'options' in issue && issue.options) {
        return { code: 'invalid_value', params: { options: issue.options.map(String).join(', ') } }
      }
      return { code: 'invalid_json', params: {} }
    case 'custom':
      if (issue.message === 'too_many_keys') {
        return { code: 'too_many', params: { maximum: LIMITS.metaEntries } }
      }
      if (issue.message === 'invalid_json') return { code: 'invalid_json', params: {} }
      return { code: 'invalid', params: {} }
    default:
      return { code: 'invalid', params: {} }
  }
}

/**
 * Turns the issues of a core schema's `safeParse` into coded, localised okrkit issues (the
 * `parse.*` codes), one per unknown key. For validating single entities the way
 * `parseOkrDocument` validates documents.
 *
 * @example
 * const result = checkInSchema.safeParse(draft)
 * if (!result.success) fromZodIssues(result.error.issues, { locale: 'zh-CN' })
 */
export function fromZodIssues(
  issues: readonly z.core.$ZodIssue[],
  options: LocaleOptions = {},
): OkrIssue<ParseCode>[] {
  const out: OkrIssue<ParseCode>[] = []
  for (const issue of issues) {
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        out.push({
          code: 'unknown_key',
          severity: 'error',
          path: [...path, key],
          params: { key },
          message: formatMessageFrom(PARSE_MESSAGES, 'parse.unknown_key', { key }, options),
        })
      }
      continue
    }
    const { code, params } = classify(issue)
    out.push({
      code,
      severity: 'error',
      path,
      params,
      message: formatMessageFrom(PARSE_MESSAGES, `parse.${code}`, params, options),
    })
  }
  return out
}

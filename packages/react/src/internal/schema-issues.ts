import {
  type CatalogKey,
  fromZodIssues,
  type OkrIssue,
  type PARSE_MESSAGES,
  type ParseCode,
} from '@okrkit/core'
import type { z } from 'zod'
import type { OkrI18n } from '../provider/use-okr-context'

/**
 * Core's coded issues for a schema's `safeParse` (`fromZodIssues`), with their messages taken
 * through the provider's formatter so a host's message overrides apply.
 *
 * @example
 * const result = checkInSchema.safeParse(candidate)
 * if (!result.success) fromSchemaIssues(result.error.issues, t)
 */
export function fromSchemaIssues(
  issues: readonly z.core.$ZodIssue[],
  t: OkrI18n<CatalogKey<typeof PARSE_MESSAGES>>['t'],
): OkrIssue<ParseCode>[] {
  return fromZodIssues(issues).map((issue) => ({
    ...issue,
    message: t(`parse.${issue.code}`, issue.params),
  }))
}

/** The key of the field an issue path points at: `'score'`, `'update.what'`, `'risks.2'`. */
export function fieldKey(path: readonly (string | number)[]): string {
  return path.join('.')
}

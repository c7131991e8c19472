import {
  exampleDocument,
  exampleDocumentZhCN,
  type OkrDocument,
  parseOkrDocument,
  resolveLocale,
} from '@okrkit/core'
import type { Context } from './context'
import { CliError, EXIT } from './errors'
import { formatIssue, type LocatedIssue, locateIssues } from './format-issues'
import { locator } from './locate'
import { parseSource, readSource, type Source } from './read-input'

export interface InputOptions {
  example?: boolean
  locale: string
}

export type DocumentCheck =
  | { name: string; source?: Source; success: true; doc: OkrDocument }
  | { name: string; source?: Source; success: false; issues: LocatedIssue[] }

/**
 * Reads and validates a document from a file, stdin (`-`) or the bundled example. Unreadable
 * input throws a `CliError` (exit 2); an invalid document is returned with its located issues.
 */
export async function checkDocument(
  file: string | undefined,
  options: InputOptions,
  context: Context,
): Promise<DocumentCheck> {
  if (options.example) {
    if (file !== undefined) throw new CliError('pass either FILE or --example, not both')
    const doc = resolveLocale(options.locale) === 'zh-CN' ? exampleDocumentZhCN : exampleDocument
    return { name: '<example>', success: true, doc }
  }
  if (file === undefined) throw new CliError('missing FILE (a path, or - for stdin)')
  const source = await readSource(file, context.stdin)
  if (source.syntax === 'csv') {
    throw new CliError(
      `${source.name}: a CSV holds no document; turn it into one with okrkit import`,
    )
  }
  const input = await parseSource(source)
  const result = parseOkrDocument(input, { locale: options.locale })
  if (result.success) return { name: source.name, source, success: true, doc: result.data }
  const issues = locateIssues(result.issues, await locator(source))
  return { name: source.name, source, success: false, issues }
}

/** Like {@link checkDocument}, but an invalid document is reported on stderr and exits 1. */
export async function loadDocument(
  file: string | undefined,
  options: InputOptions,
  context: Context,
): Promise<{ name: string; doc: OkrDocument }> {
  const checked = await checkDocument(file, options, context)
  if (checked.success) return checked
  for (const issue of checked.issues) {
    context.stderr.write(`${formatIssue(checked.name, issue, context.colors.err)}\n`)
  }
  throw new CliError('', EXIT.problems)
}

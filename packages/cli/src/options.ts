import { extname } from 'node:path'
import { isValidIsoDate, LINT_CODES, type LintCode } from '@okrkit/core'
import { type Command, InvalidArgumentError, Option } from 'commander'
import { CliError } from './errors'

/** Printed under every command's help, and in the README. */
export const EXIT_CODES_HELP = `
Exit codes:
  0  done, no problems found
  1  problems found: an invalid document, lint errors (or warnings over --max-warnings),
     CSV issues
  2  usage error or unreadable input: a missing file, a JSON/YAML syntax error, an
     existing --out file without --force`

export const localeOption = () =>
  new Option('--locale <locale>', 'language of messages and reports')
    .choices(['en', 'zh-CN'])
    .default('en')

export const textOrJsonOption = () =>
  new Option('--format <format>', 'text for people, json for machines')
    .choices(['text', 'json'])
    .default('text')

export const exampleOption = () =>
  new Option('--example', 'use the bundled example document instead of FILE')

function isoDate(value: string): string {
  if (!isValidIsoDate(value)) throw new InvalidArgumentError('Expected a date written YYYY-MM-DD.')
  return value
}

function month(value: string): string {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) {
    throw new InvalidArgumentError('Expected a month written YYYY-MM.')
  }
  return value
}

export const asOfOption = (description: string) =>
  new Option('--as-of <date>', description).argParser(isoDate)

export const monthOption = () =>
  new Option(
    '--month <month>',
    'the month to report on, YYYY-MM (default: the latest check-in’s)',
  ).argParser(month)

function lintCodes(value: string, previous: LintCode[] = []): LintCode[] {
  const codes = value.split(',').map((code) => code.trim())
  const unknown = codes.filter((code) => !(LINT_CODES as readonly string[]).includes(code))
  if (unknown.length > 0) {
    throw new InvalidArgumentError(
      `Unknown lint code ${unknown.join(', ')}. Codes: ${LINT_CODES.join(', ')}.`,
    )
  }
  return [...previous, ...(codes as LintCode[])]
}

export const disableOption = () =>
  new Option(
    '--disable <code>',
    'switch a lint rule off (repeatable, or comma-separated)',
  ).argParser(lintCodes)

function count(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('Expected a whole number, 0 or more.')
  return Number(value)
}

export const maxWarningsOption = () =>
  new Option('--max-warnings <n>', 'exit 1 when there are more than N warnings').argParser(count)

/** `-o/--out` and `-f/--force` for commands that write a file. */
export function withOutput(command: Command): Command {
  return command
    .option('-o, --out <file>', 'write to FILE instead of stdout (refuses to overwrite)')
    .option('-f, --force', 'overwrite the --out file if it exists')
}

/**
 * The format of a written file: `--format` when given, else the `--out` extension, else the
 * default. Anything else is a usage error.
 */
export function outputFormat<F extends string>(
  given: F | undefined,
  out: string | undefined,
  byExtension: Record<string, F>,
  fallback?: F,
): F {
  if (given !== undefined) return given
  const fromName = out === undefined ? undefined : byExtension[extname(out).toLowerCase()]
  const format = fromName ?? fallback
  if (format === undefined) {
    throw new CliError(`pass --format ${[...new Set(Object.values(byExtension))].join('|')}`)
  }
  return format
}

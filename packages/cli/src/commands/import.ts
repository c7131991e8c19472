import { fromCsv, type OkrDocument } from '@okrkit/core'
import { Command, Option } from 'commander'
import type { Context } from '../context'
import { CliError, EXIT } from '../errors'
import { loadDocument } from '../load-document'
import { EXIT_CODES_HELP, localeOption, outputFormat, withOutput } from '../options'
import { readSource } from '../read-input'
import { DOCUMENT_EXTENSIONS, serializeDocument } from '../serialize'
import { writeOutput } from '../write-output'

interface ImportOptions {
  base?: string
  format?: 'json' | 'yaml'
  locale: string
  out?: string
  force?: boolean
}

/** `okrkit import FILE.csv`: a spreadsheet of objectives and KRs into a document. */
export function importCommand(context: Context): Command {
  return withOutput(
    new Command('import')
      .description('turn a CSV of objectives and key results into an OKR document')
      .argument('<file>', 'the CSV (as okrkit export writes it); - reads stdin')
      .option(
        '--base <document>',
        'import into this document: keep its periods, teams, people, check-ins',
      )
      .addOption(
        new Option(
          '--format <format>',
          'json or yaml (default: from the --out extension, else json)',
        ).choices(['json', 'yaml']),
      )
      .addOption(localeOption()),
  )
    .addHelpText(
      'after',
      `
One row per key result, the objective's columns repeated; columns in any order. Periods named
like 2026-Q1, 2026-03 or 2026 are created with their dates, teams and people by their ids —
or taken from --base, whose objectives the CSV replaces.

Examples:
  okrkit import okrs.csv --out okrs.yaml
  okrkit export okrs.yaml --out sheet.csv && okrkit import sheet.csv --base okrs.yaml
${EXIT_CODES_HELP}`,
    )
    .action(async (file: string, options: ImportOptions) => {
      const format = outputFormat(options.format, options.out, DOCUMENT_EXTENSIONS, 'json')
      let base: OkrDocument | undefined
      if (options.base !== undefined) {
        if (options.base === '-' && file === '-')
          throw new CliError('only one of FILE and --base can be -')
        base = (await loadDocument(options.base, options, context)).doc
      }
      const source = await readSource(file, context.stdin, 'csv')
      const result = fromCsv(source.text, { locale: options.locale, ...(base && { base }) })
      if (!result.success) {
        const { err } = context.colors
        for (const issue of result.issues) {
          context.stderr.write(
            `${err.bold(source.name)}: ${err.red('error')}: ${issue.message} ${err.dim(`[${issue.code}]`)}\n`,
          )
        }
        context.result.exitCode = EXIT.problems
        return
      }
      const written = await writeOutput(
        await serializeDocument(result.data, format),
        options,
        context.stdout,
      )
      if (written) context.stderr.write(`okrkit: wrote ${written}\n`)
    })
}

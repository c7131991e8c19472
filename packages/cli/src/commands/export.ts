import { toCsv, toMarkdown } from '@okrkit/core'
import { Command, Option } from 'commander'
import type { Context } from '../context'
import { loadDocument } from '../load-document'
import {
  asOfOption,
  EXIT_CODES_HELP,
  exampleOption,
  localeOption,
  monthOption,
  outputFormat,
  withOutput,
} from '../options'
import { serializeDocument } from '../serialize'
import { writeOutput } from '../write-output'

type ExportFormat = 'json' | 'csv' | 'md'

interface ExportOptions {
  format?: ExportFormat
  locale: string
  example?: boolean
  bom?: boolean
  month?: string
  asOf?: string
  out?: string
  force?: boolean
}

/** `okrkit export FILE --format json|csv|md`: the document for other places. */
export function exportCommand(context: Context): Command {
  return withOutput(
    new Command('export')
      .description('export a document as JSON, as CSV for a spreadsheet, or as a Markdown update')
      .argument('[file]', 'the document; - reads stdin')
      .addOption(
        new Option(
          '--format <format>',
          'json, csv or md (default: from the --out extension)',
        ).choices(['json', 'csv', 'md']),
      )
      .option('--bom', 'csv: start with a byte order mark, so Excel reads Chinese text correctly')
      .addOption(monthOption())
      .addOption(asOfOption('md: scores as of this day, YYYY-MM-DD'))
      .addOption(localeOption())
      .addOption(exampleOption()),
  )
    .addHelpText(
      'after',
      `
json is the validated document with defaults filled in. csv has one row per key result (the
columns are listed in the README); text that a spreadsheet would run as a formula gets a '
prefix, and okrkit import takes it off again. md is the monthly update of okrkit report.

Examples:
  okrkit export okrs.yaml --out okrs.csv
  okrkit export okrs.yaml --format md --month 2026-03 --out update.md --force
${EXIT_CODES_HELP}`,
    )
    .action(async (file: string | undefined, options: ExportOptions) => {
      const format = outputFormat<ExportFormat>(options.format, options.out, {
        '.json': 'json',
        '.csv': 'csv',
        '.md': 'md',
        '.markdown': 'md',
      })
      const { doc } = await loadDocument(file, options, context)
      const text =
        format === 'csv'
          ? toCsv(doc, { bom: options.bom === true })
          : format === 'md'
            ? toMarkdown(doc, {
                locale: options.locale,
                ...(options.month !== undefined && { month: options.month }),
                ...(options.asOf !== undefined && { asOf: options.asOf }),
              })
            : await serializeDocument(doc, 'json')
      const written = await writeOutput(text, options, context.stdout)
      if (written) context.stderr.write(`okrkit: wrote ${written}\n`)
    })
}

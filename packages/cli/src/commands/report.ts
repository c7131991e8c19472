import { toMarkdown } from '@okrkit/core'
import { Command } from 'commander'
import type { Context } from '../context'
import { loadDocument } from '../load-document'
import {
  asOfOption,
  EXIT_CODES_HELP,
  exampleOption,
  localeOption,
  monthOption,
  withOutput,
} from '../options'
import { writeOutput } from '../write-output'

interface ReportOptions {
  locale: string
  example?: boolean
  month?: string
  asOf?: string
  out?: string
  force?: boolean
}

/** `okrkit report FILE`: the monthly update as Markdown (core's `toMarkdown`). */
export function reportCommand(context: Context): Command {
  return withOutput(
    new Command('report')
      .description('write the monthly update as Markdown, ready to paste into a wiki')
      .argument('[file]', 'the document; - reads stdin')
      .addOption(monthOption())
      .addOption(asOfOption('scores as of this day, YYYY-MM-DD (default: the month’s last day)'))
      .addOption(localeOption())
      .addOption(exampleOption()),
  )
    .addHelpText(
      'after',
      `
The update holds a scorecard with text bars and monthly trends, each KR's score, status and
forecast, the month's check-ins (what, why, so what), and its decisions, risks and learnings.

Examples:
  okrkit report okrs.yaml --month 2026-03 > update.md
  okrkit report --example --locale zh-CN
${EXIT_CODES_HELP}`,
    )
    .action(async (file: string | undefined, options: ReportOptions) => {
      const { doc } = await loadDocument(file, options, context)
      const markdown = toMarkdown(doc, {
        locale: options.locale,
        ...(options.month !== undefined && { month: options.month }),
        ...(options.asOf !== undefined && { asOf: options.asOf }),
      })
      const written = await writeOutput(markdown, options, context.stdout)
      if (written) context.stderr.write(`okrkit: wrote ${written}\n`)
    })
}

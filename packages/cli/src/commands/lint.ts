import { type LintCode, lintOkrSet } from '@okrkit/core'
import { Command } from 'commander'
import type { Context } from '../context'
import { EXIT } from '../errors'
import {
  countIssues,
  formatIssue,
  type LocatedIssue,
  locateIssues,
  summarize,
} from '../format-issues'
import { checkDocument } from '../load-document'
import { locator } from '../locate'
import {
  disableOption,
  EXIT_CODES_HELP,
  exampleOption,
  localeOption,
  maxWarningsOption,
  textOrJsonOption,
} from '../options'

interface LintCommandOptions {
  locale: string
  format: 'text' | 'json'
  example?: boolean
  disable?: LintCode[]
  maxWarnings?: number
}

/** `okrkit lint FILE`: the set against the OKR method (core's `lintOkrSet`). */
export function lintCommand(context: Context): Command {
  return new Command('lint')
    .description('check an OKR set against the method: 1–3 objectives, 3–5 KRs, owners, outcomes…')
    .argument('[file]', 'the document; - reads stdin')
    .addOption(disableOption())
    .addOption(maxWarningsOption())
    .addOption(textOrJsonOption())
    .addOption(localeOption())
    .addOption(exampleOption())
    .addHelpText(
      'after',
      `
An invalid document is reported as by okrkit validate. Errors always fail the run; warnings
fail it only beyond --max-warnings.

Examples:
  okrkit lint okrs.yaml --max-warnings 0
  okrkit lint okrs.yaml --disable kr_is_activity,kr_count --locale zh-CN
${EXIT_CODES_HELP}`,
    )
    .action(async (file: string | undefined, options: LintCommandOptions) => {
      const checked = await checkDocument(file, options, context)
      const { out } = context.colors
      let issues: LocatedIssue[]
      if (checked.success) {
        const rules = Object.fromEntries((options.disable ?? []).map((code) => [code, 'off']))
        const found = lintOkrSet(checked.doc, { locale: options.locale, rules })
        issues = checked.source
          ? locateIssues(found, await locator(checked.source))
          : found.map((issue) => ({ ...issue }))
      } else issues = checked.issues
      const counts = countIssues(issues)
      const overWarnings = options.maxWarnings !== undefined && counts.warning > options.maxWarnings
      const failed = !checked.success || counts.error > 0 || overWarnings

      if (options.format === 'json') {
        const report = {
          file: checked.name,
          valid: checked.success,
          issues,
          errorCount: counts.error,
          warningCount: counts.warning,
          infoCount: counts.info,
        }
        context.stdout.write(`${JSON.stringify(report, null, 2)}\n`)
      } else {
        for (const issue of issues)
          context.stdout.write(`${formatIssue(checked.name, issue, out)}\n`)
        const mark = failed ? out.red('✖') : out.green('✓')
        const limit = overWarnings ? ` (more than --max-warnings ${options.maxWarnings})` : ''
        context.stdout.write(`${mark} ${checked.name}: ${summarize(counts)}${limit}\n`)
      }
      context.result.exitCode = failed ? EXIT.problems : EXIT.ok
    })
}

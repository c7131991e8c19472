import { Command } from 'commander'
import type { Context } from '../context'
import { EXIT } from '../errors'
import { countIssues, formatIssue, plural, summarize } from '../format-issues'
import { checkDocument } from '../load-document'
import { EXIT_CODES_HELP, exampleOption, localeOption, textOrJsonOption } from '../options'

interface ValidateOptions {
  locale: string
  format: 'text' | 'json'
  example?: boolean
}

/** `okrkit validate FILE`: the document against the schema, every issue with its path. */
export function validateCommand(context: Context): Command {
  return new Command('validate')
    .description('check a document (JSON or YAML) against the okrkit schema')
    .argument('[file]', 'the document; - reads stdin')
    .addOption(textOrJsonOption())
    .addOption(localeOption())
    .addOption(exampleOption())
    .addHelpText(
      'after',
      `
Prints every issue with its path and, where it can, the line and column:
  okrs.yaml:12:7: error: objectives.0.title: This field is required (string). [required]

Examples:
  okrkit validate okrs.yaml
  cat okrs.json | okrkit validate - --format json
${EXIT_CODES_HELP}`,
    )
    .action(async (file: string | undefined, options: ValidateOptions) => {
      const checked = await checkDocument(file, options, context)
      const { out } = context.colors
      if (options.format === 'json') {
        const issues = checked.success ? [] : checked.issues
        context.stdout.write(
          `${JSON.stringify({ file: checked.name, valid: checked.success, issues }, null, 2)}\n`,
        )
      } else if (checked.success) {
        const { doc } = checked
        const krs = doc.objectives.reduce((sum, o) => sum + o.keyResults.length, 0)
        const counts = [
          plural(doc.objectives.length, 'objective'),
          plural(krs, 'key result'),
          plural(doc.checkIns.length, 'check-in'),
        ].join(', ')
        context.stdout.write(
          `${out.green('✓')} ${checked.name}: a valid OKR document (${counts})\n`,
        )
      } else {
        for (const issue of checked.issues) {
          context.stdout.write(`${formatIssue(checked.name, issue, out)}\n`)
        }
        context.stdout.write(`${out.red('✖')} ${summarize(countIssues(checked.issues))}\n`)
      }
      context.result.exitCode = checked.success ? EXIT.ok : EXIT.problems
    })
}

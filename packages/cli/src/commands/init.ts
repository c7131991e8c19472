import {
  formatMessage,
  formatPeriodLabel,
  type OkrDocument,
  objectiveFromTemplate,
  parseOkrDocument,
  quarterOf,
  templates,
} from '@okrkit/core'
import { Command, Option } from 'commander'
import type { Context } from '../context'
import { CliError } from '../errors'
import { asOfOption, EXIT_CODES_HELP, localeOption, outputFormat, withOutput } from '../options'
import { DOCUMENT_EXTENSIONS, serializeDocument } from '../serialize'
import { writeOutput } from '../write-output'

interface InitOptions {
  template: string
  locale: string
  asOf?: string
  format?: 'json' | 'yaml'
  out?: string
  force?: boolean
}

const ALL_TEMPLATES = [...templates.okrSets, ...templates.exampleObjectives]
const DEFAULT_TEMPLATE = 'okr-set-customer-satisfaction'

/** A starter document: this quarter, one team, one objective from the play's templates. */
export function starterDocument(templateId: string, locale: string, day: string): OkrDocument {
  const template = ALL_TEMPLATES.find((t) => t.id === templateId)
  if (!template) {
    throw new CliError(
      `unknown template "${templateId}"; choose one of: ${ALL_TEMPLATES.map((t) => t.id).join(', ')}`,
    )
  }
  const quarter = quarterOf(day)
  const period = { ...quarter, label: formatPeriodLabel(quarter, { locale }) }
  // Readable ids from the template's own, in the order objectiveFromTemplate asks for them.
  const ids = [template.id, ...template.keyResults.map((kr) => `${template.id}-${kr.id}`)]
  const objective = objectiveFromTemplate(template, {
    locale,
    periodId: period.id,
    teamId: 'my-team',
    createId: () => ids.shift() ?? `${template.id}-${ids.length}`,
  })
  const doc: OkrDocument = {
    schemaVersion: 1,
    periods: [period],
    teams: [{ id: 'my-team', name: formatMessage('starter.team', {}, { locale }) }],
    people: [],
    objectives: [objective],
    checkIns: [],
    retrospectives: [],
  }
  const checked = parseOkrDocument(doc)
  if (!checked.success)
    throw new Error(`The starter document is invalid: ${checked.issues[0]?.message}`)
  return checked.data
}

/** `okrkit init`: a valid starter document from one of the play's templates. */
export function initCommand(context: Context): Command {
  const list = ALL_TEMPLATES.map((t) => `  ${t.id.padEnd(38)}${t.title.en}`).join('\n')
  return withOutput(
    new Command('init')
      .description(
        'write a starter document: this quarter, your team, an objective from a template',
      )
      .addOption(
        new Option('--template <id>', 'the objective to start from').default(DEFAULT_TEMPLATE),
      )
      .addOption(localeOption())
      .addOption(asOfOption('start the quarter that holds this day, YYYY-MM-DD (default: today)'))
      .addOption(
        new Option(
          '--format <format>',
          'json or yaml (default: from the --out extension, else json)',
        ).choices(['json', 'yaml']),
      ),
  )
    .addHelpText(
      'after',
      `
Templates (the play's worked OKR sets first, with key results; then its example objectives):
${list}

Next steps: give each key result an owner and a real baseline, then run okrkit lint.

Examples:
  okrkit init --out okrs.yaml
  okrkit init --template okr-set-product-development --locale zh-CN --out okrs.yaml
${EXIT_CODES_HELP}`,
    )
    .action(async (options: InitOptions) => {
      const format = outputFormat(options.format, options.out, DOCUMENT_EXTENSIONS, 'json')
      const doc = starterDocument(options.template, options.locale, options.asOf ?? context.today)
      const written = await writeOutput(
        await serializeDocument(doc, format),
        options,
        context.stdout,
      )
      if (written) {
        context.stderr.write(
          `okrkit: wrote ${written}; next: give each key result an owner, then run okrkit lint ${written}\n`,
        )
      }
    })
}

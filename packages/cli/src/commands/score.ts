import { Command } from 'commander'
import type { Context } from '../context'
import { loadDocument } from '../load-document'
import {
  asOfOption,
  EXIT_CODES_HELP,
  exampleOption,
  localeOption,
  textOrJsonOption,
} from '../options'
import { buildScorecard, formatScorecard } from '../scorecard'

interface ScoreOptions {
  locale: string
  format: 'text' | 'json'
  example?: boolean
  asOf?: string
}

/** `okrkit score FILE`: scores, grades, provenance, statuses and forecasts. */
export function scoreCommand(context: Context): Command {
  return new Command('score')
    .description('print a scorecard: per objective and KR its score, grade, status and forecast')
    .argument('[file]', 'the document; - reads stdin')
    .addOption(asOfOption('score as of this day, YYYY-MM-DD (default: today)'))
    .addOption(textOrJsonOption())
    .addOption(localeOption())
    .addOption(exampleOption())
    .addHelpText(
      'after',
      `
Each KR shows its score (the team's own from a check-in, else computed from the measured
value), its grade (0.3 missed, 0.7 close, 1.0 met), its status (the team's, else by pace;
"no check-in this month" when it is stale) and the forecast for the period's end.

Examples:
  okrkit score --example
  okrkit score okrs.yaml --as-of 2026-02-14 --format json
${EXIT_CODES_HELP}`,
    )
    .action(async (file: string | undefined, options: ScoreOptions) => {
      const { doc } = await loadDocument(file, options, context)
      const card = buildScorecard(doc, options.asOf ?? context.today)
      context.stdout.write(
        options.format === 'json'
          ? `${JSON.stringify(card, null, 2)}\n`
          : `${formatScorecard(card, options.locale, context.colors.out)}\n`,
      )
    })
}

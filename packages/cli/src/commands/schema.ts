import { okrDocumentJsonSchema } from '@okrkit/core'
import { Command } from 'commander'
import type { Context } from '../context'
import { EXIT_CODES_HELP, withOutput } from '../options'
import { writeOutput } from '../write-output'

/** `okrkit schema`: the JSON Schema of the document, for services in any language. */
export function schemaCommand(context: Context): Command {
  return withOutput(
    new Command('schema').description('print the JSON Schema (draft 2020-12) of an OKR document'),
  )
    .addHelpText(
      'after',
      `
The same schema ships as @okrkit/core/schema.json. It checks shapes, types, enums, dates and
unknown keys; unique ids, a period's end after its start and a target that differs from its
start are checked by okrkit validate only.

Examples:
  okrkit schema --out okr-document.schema.json
${EXIT_CODES_HELP}`,
    )
    .action(async (options: { out?: string; force?: boolean }) => {
      const text = `${JSON.stringify(okrDocumentJsonSchema, null, 2)}\n`
      const written = await writeOutput(text, options, context.stdout)
      if (written) context.stderr.write(`okrkit: wrote ${written}\n`)
    })
}

import { readFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import {
  exampleDocument,
  exampleDocumentZhCN,
  type OkrDocument,
  parseOkrDocument,
  resolveLocale,
} from '@okrkit/core'
import { formatScorecard } from './format-scorecard'

const USAGE = `Usage: okrkit score (FILE | --example) [--locale en|zh-CN] [--as-of YYYY-MM-DD]

Prints a scorecard of an OKR document (JSON). --example uses the bundled example document.
Exit codes: 0 ok, 1 the document is invalid, 2 usage or unreadable input.`

async function load(
  file: string | undefined,
  example: boolean,
  locale: string,
): Promise<OkrDocument | number> {
  if (example) return resolveLocale(locale) === 'zh-CN' ? exampleDocumentZhCN : exampleDocument
  if (!file) {
    process.stderr.write(`${USAGE}\n`)
    return 2
  }
  let input: unknown
  try {
    input = JSON.parse(await readFile(file, 'utf8'))
  } catch (error) {
    process.stderr.write(`okrkit: cannot read ${file}: ${(error as Error).message}\n`)
    return 2
  }
  const result = parseOkrDocument(input, { locale })
  if (result.success) return result.data
  for (const issue of result.issues) {
    process.stderr.write(
      `${file}: ${issue.path.join('.') || '(root)'}: ${issue.message} [${issue.code}]\n`,
    )
  }
  return 1
}

async function main(argv: string[]): Promise<number> {
  let parsed: ReturnType<typeof parse>
  function parse() {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        example: { type: 'boolean', default: false },
        locale: { type: 'string', default: 'en' },
        'as-of': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    })
  }
  try {
    parsed = parse()
  } catch (error) {
    process.stderr.write(`okrkit: ${(error as Error).message}\n${USAGE}\n`)
    return 2
  }
  const { values, positionals } = parsed
  const [command, file] = positionals
  if (values.help) {
    process.stdout.write(`${USAGE}\n`)
    return 0
  }
  if (command !== 'score') {
    process.stderr.write(`${USAGE}\n`)
    return 2
  }
  const doc = await load(file, values.example, values.locale)
  if (typeof doc === 'number') return doc
  const asOf = values['as-of']
  process.stdout.write(
    `${formatScorecard(doc, { locale: values.locale, ...(asOf && { asOf }) })}\n`,
  )
  return 0
}

process.exitCode = await main(process.argv.slice(2))

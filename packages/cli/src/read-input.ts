import { readFile } from 'node:fs/promises'
import { extname } from 'node:path'
import { CliError } from './errors'
import { findJsonErrorOffset, lineColumn } from './json-position'

/** A file (or stdin) as read: its name for messages and its text. */
export interface Source {
  /** The path as given, or `<stdin>` for `-`. */
  name: string
  text: string
  syntax: 'json' | 'yaml' | 'csv'
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error))

async function readStdin(stdin: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk))
  return Buffer.concat(chunks).toString('utf8')
}

function syntaxOf(file: string, text: string, fallback: Source['syntax']): Source['syntax'] {
  const ext = extname(file).toLowerCase()
  if (ext === '.json') return 'json'
  if (ext === '.yaml' || ext === '.yml') return 'yaml'
  if (ext === '.csv') return 'csv'
  if (fallback === 'csv') return 'csv'
  // Stdin or an unknown extension: JSON starts with a brace or bracket, YAML rarely does.
  return /^\s*[{[]/.test(text) ? 'json' : 'yaml'
}

/**
 * Reads a file, or stdin for `-`. A missing, unreadable or empty file is a `CliError` naming it.
 */
export async function readSource(
  file: string,
  stdin: NodeJS.ReadableStream,
  fallback: Source['syntax'] = 'json',
): Promise<Source> {
  const name = file === '-' ? '<stdin>' : file
  let text: string
  try {
    text = file === '-' ? await readStdin(stdin) : await readFile(file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory, not a file'
          : code === 'EACCES'
            ? 'permission denied'
            : messageOf(error)
    throw new CliError(`${name}: ${reason}`)
  }
  // A byte order mark (Windows editors, Excel) is not part of the content.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  if (text.trim() === '') throw new CliError(`${name}: the file is empty`)
  return { name, text, syntax: syntaxOf(file, text, fallback) }
}

/** Parses JSON or YAML into plain data; a syntax error is a `CliError` with line and column. */
export async function parseSource(source: Source): Promise<unknown> {
  const { name, text } = source
  if (source.syntax === 'json') {
    try {
      return JSON.parse(text)
    } catch (error) {
      const message = messageOf(error)
      const position = /at position (\d+)/.exec(message)?.[1]
      const offset =
        position !== undefined
          ? Number(position)
          : message.startsWith('Unexpected end')
            ? text.length
            : findJsonErrorOffset(text)
      const { line, column } = lineColumn(text, offset)
      // V8 appends the position and a snippet of the text; the line and column say it better.
      const reason = message
        .replace(/ in JSON at position \d+.*$/s, '')
        .replace(/, (?:\.\.\.)?".*$/s, '')
      throw new CliError(`${name}:${line}:${column}: ${reason}`)
    }
  }
  // YAML is loaded only for YAML files.
  const { parseDocument } = await import('yaml')
  const doc = parseDocument(text, { uniqueKeys: true })
  const [error] = doc.errors
  if (error) {
    const { line, column } = lineColumn(text, error.pos[0])
    const reason = error.message.replace(/ at line \d+, column \d+:[\s\S]*$/, '')
    throw new CliError(`${name}:${line}:${column}: ${reason}`)
  }
  try {
    // A small alias budget: a few anchors must not expand into gigabytes.
    return doc.toJS({ maxAliasCount: 100 })
  } catch (error) {
    throw new CliError(`${name}: ${messageOf(error)}`)
  }
}

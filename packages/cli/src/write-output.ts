import { writeFile } from 'node:fs/promises'
import { CliError } from './errors'

export interface OutputOptions {
  /** A file to write; `-` or absent for stdout. */
  out?: string | undefined
  /** Overwrite an existing file. */
  force?: boolean | undefined
}

/**
 * Writes a command's result to stdout or to `--out`. An existing file is never overwritten
 * unless `--force` is given: the check and the write are one step (`wx`), so no race can slip
 * between them. Returns the file written, if any.
 */
export async function writeOutput(
  text: string,
  options: OutputOptions,
  stdout: NodeJS.WritableStream,
): Promise<string | undefined> {
  const { out, force } = options
  if (out === undefined || out === '-') {
    stdout.write(text)
    return undefined
  }
  try {
    await writeFile(out, text, { flag: force ? 'w' : 'wx' })
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EEXIST') throw new CliError(`${out} already exists; pass --force to overwrite it`)
    if (code === 'ENOENT') throw new CliError(`${out}: no such directory`)
    if (code === 'EISDIR') throw new CliError(`${out} is a directory`)
    throw new CliError(`${out}: ${(error as Error).message}`)
  }
  return out
}

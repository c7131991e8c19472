/** Exit codes, documented in every command's help and in the README. */
export const EXIT = {
  /** Done; the document is valid (and within the lint limits). */
  ok: 0,
  /** The command ran and found problems: an invalid document, lint errors, CSV issues. */
  problems: 1,
  /** Bad usage or input that cannot be read: a missing file, a syntax error, a refused overwrite. */
  usage: 2,
} as const

/** A failure the user can fix: printed as one line naming the file, never as a stack trace. */
export class CliError extends Error {
  override name = 'CliError'
  readonly exitCode: number

  constructor(message: string, exitCode: number = EXIT.usage) {
    super(message)
    this.exitCode = exitCode
  }
}

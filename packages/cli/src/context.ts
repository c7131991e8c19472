import type { Colors } from './colors'

/** What a command may touch: streams, environment and today's date, passed in for clarity. */
export interface Context {
  stdin: NodeJS.ReadableStream
  stdout: NodeJS.WritableStream
  stderr: NodeJS.WritableStream
  /** Colours for stdout and for stderr: each stream decides for itself (a pipe vs a terminal). */
  colors: { out: Colors; err: Colors }
  /** Today as `YYYY-MM-DD`, the default `--as-of`. */
  today: string
  /** The exit code the finished command chose. */
  result: { exitCode: number }
}

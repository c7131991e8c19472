import { spawn } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const bin = join(root, 'dist', 'bin.js')

/** A file under `test/fixtures/`. */
export const fixture = (name: string) => join(root, 'test', 'fixtures', name)

export interface RunOptions {
  /** Written to stdin, then closed. */
  input?: string
  /** Extra environment; colour variables are cleared unless given here. */
  env?: Record<string, string>
  cwd?: string
}

export interface RunResult {
  code: number | null
  stdout: string
  stderr: string
}

/** Runs the built `okrkit` binary as a subprocess, as a shell or CI job would. */
export function okrkit(args: string[], options: RunOptions = {}): Promise<RunResult> {
  const { NO_COLOR: _no, FORCE_COLOR: _force, ...env } = process.env
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: options.cwd ?? root,
      env: { ...env, ...options.env },
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
    // A command that never reads stdin may exit before it is written.
    child.stdin.on('error', () => {})
    child.stdin.end(options.input ?? '')
  })
}

import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..')
export const BIN = join(ROOT, 'node_modules', '.bin')

/** The packages published to npm, by folder. */
export const PUBLISHED = {
  '@okrkit/core': join(ROOT, 'packages', 'core'),
  '@okrkit/react': join(ROOT, 'packages', 'react'),
  '@okrkit/cli': join(ROOT, 'packages', 'cli'),
} as const

export type PackageName = keyof typeof PUBLISHED

export interface Packed {
  name: PackageName
  tarball: string
  files: string[]
  manifest: Record<string, unknown>
}

/** `npm pack` of one package into `destination`: the tarball and the paths it holds. */
export function pack(name: PackageName, destination: string): Packed {
  const output = execFileSync('npm', ['pack', '--json', '--pack-destination', destination], {
    cwd: PUBLISHED[name],
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const [report] = JSON.parse(output) as [{ filename: string; files: { path: string }[] }]
  return {
    name,
    tarball: join(destination, report.filename),
    files: report.files.map((file) => file.path).sort(),
    manifest: JSON.parse(readFileSync(join(PUBLISHED[name], 'package.json'), 'utf8')),
  }
}

/** Third-party packages a consumer has installed next to ours, linked from this repo's install. */
const THIRD_PARTY = [
  'zod',
  'date-fns',
  'react',
  'react-dom',
  'scheduler',
  'commander',
  'yaml',
  '@types/react',
  '@types/react-dom',
  '@types/node',
  'undici-types',
]

/**
 * A fresh project outside the monorepo whose node_modules holds every published package
 * unpacked from its tarball, as `npm install` of the tarballs would leave it.
 */
export function consumerProject(): { dir: string; packed: Packed[] } {
  const dir = mkdtempSync(join(tmpdir(), 'okrkit-consumer-'))
  const tarballs = join(dir, 'tarballs')
  mkdirSync(tarballs)
  const packed = (Object.keys(PUBLISHED) as PackageName[]).map((name) => pack(name, tarballs))
  for (const { name, tarball } of packed) {
    const target = join(dir, 'node_modules', name)
    mkdirSync(target, { recursive: true })
    execFileSync('tar', ['-xzf', tarball, '-C', target, '--strip-components=1'])
  }
  for (const name of THIRD_PARTY) {
    const target = join(dir, 'node_modules', name)
    mkdirSync(dirname(target), { recursive: true })
    symlinkSync(join(ROOT, 'node_modules', name), target, 'dir')
  }
  return { dir, packed }
}

/** Runs a command in `cwd` and returns its standard output; a non-zero exit throws with stderr. */
export function run(command: string, args: string[], cwd: string): string {
  try {
    return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string }
    throw new Error(`${command} ${args.join(' ')} failed:\n${stdout ?? ''}\n${stderr ?? ''}`)
  }
}

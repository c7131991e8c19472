import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { type PackageName, type Packed, PUBLISHED, pack } from './packed'

/** What must never ship: tests, stories, fixtures, sources, configs, benchmarks. */
const NEVER_SHIPPED = [
  /\.test\.[cm]?[jt]sx?$/,
  /\.test-d\.ts$/,
  /\.stories\.[jt]sx?$/,
  /(^|\/)__fixtures__\//,
  /^src\//,
  /^test\//,
  /^bench\//,
  /^scripts\//,
  /(^|\/)(tsconfig[\w.]*|vitest\.config\.\w+|tsup\.config\.\w+)$/,
  /(^|\/)\.turbo\//,
]

const MUST_SHIP: Record<PackageName, string[]> = {
  '@okrkit/core': [
    'dist/index.js',
    'dist/index.cjs',
    'dist/index.d.ts',
    'dist/index.d.cts',
    'schema.json',
  ],
  '@okrkit/react': [
    'dist/index.js',
    'dist/index.cjs',
    'dist/index.d.ts',
    'dist/index.d.cts',
    'dist/styles.css',
  ],
  '@okrkit/cli': ['dist/bin.js'],
}

/** Every file path package.json points at: exports (all conditions), main, module, types, bin. */
function pointedAt(manifest: Record<string, unknown>): string[] {
  const paths: string[] = []
  const collect = (value: unknown, key?: string) => {
    // The source condition serves this repo's tests and Storybook; it is not for consumers.
    if (key === '@okrkit/source') return
    if (typeof value === 'string') paths.push(value.replace(/^\.\//, ''))
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) collect(v, k)
    }
  }
  collect(manifest.exports)
  for (const field of ['main', 'module', 'types', 'bin']) collect(manifest[field])
  return paths
}

describe.each(Object.keys(PUBLISHED) as PackageName[])('npm pack of %s', (name) => {
  let packed: Packed
  beforeAll(() => {
    packed = pack(name, mkdtempSync(join(tmpdir(), 'okrkit-pack-')))
  })

  it('ships its README, LICENSE and package.json', () => {
    expect(packed.files).toEqual(expect.arrayContaining(['README.md', 'LICENSE', 'package.json']))
  })

  it('ships the built entry points, types and assets', () => {
    expect(packed.files).toEqual(expect.arrayContaining(MUST_SHIP[name]))
  })

  it('ships every file its package.json points at', () => {
    const missing = pointedAt(packed.manifest).filter((path) => !packed.files.includes(path))
    expect(missing).toEqual([])
  })

  it('ships no tests, stories, fixtures, sources or configs', () => {
    const unwanted = packed.files.filter((path) => NEVER_SHIPPED.some((re) => re.test(path)))
    expect(unwanted).toEqual([])
  })

  it('ships only dist and the files npm always includes', () => {
    const outside = packed.files.filter(
      (path) =>
        !path.startsWith('dist/') &&
        !['README.md', 'LICENSE', 'package.json', 'schema.json'].includes(path),
    )
    expect(outside).toEqual([])
  })
})

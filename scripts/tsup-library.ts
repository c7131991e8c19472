import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { Plugin } from 'esbuild'
import type { Options } from 'tsup'

/** Source files that are part of the published library: no tests, fixtures or type tests. */
export const LIBRARY_SOURCES = [
  'src/**/*.{ts,tsx}',
  '!src/**/*.test.{ts,tsx}',
  '!src/**/*.test-d.ts',
  '!src/**/__fixtures__/**',
]

/**
 * Keeps every relative import external and points it at the emitted `.js` file, so each source
 * module becomes one output module. Bundlers can then drop whole modules an app never imports
 * (zod schemas, catalogs, example data) instead of keeping a single file's top-level calls.
 */
const preserveModules: Plugin = {
  name: 'preserve-modules',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (args.kind === 'entry-point') return undefined
      const base = join(args.resolveDir, args.path)
      for (const ext of ['.ts', '.tsx']) {
        if (existsSync(base + ext)) return { path: `${args.path}.js`, external: true }
      }
      for (const ext of ['.ts', '.tsx']) {
        if (existsSync(join(base, `index${ext}`))) {
          return { path: `${args.path}/index.js`, external: true }
        }
      }
      throw new Error(`Cannot map ${args.path} from ${dirname(args.importer)} to an output module`)
    })
  },
}

/**
 * The build every package shares: ESM as one file per source module (tree-shakable, with the
 * entry's bundled types), CJS as one bundled file for `require` consumers, which do not tree-shake.
 */
export function libraryBuild(options: Partial<Options> = {}): Options[] {
  const shared: Options = {
    target: 'es2022',
    sourcemap: true,
    ...options,
  }
  return [
    {
      ...shared,
      entry: LIBRARY_SOURCES,
      format: ['esm'],
      bundle: true,
      splitting: false,
      esbuildPlugins: [preserveModules],
      dts: { entry: 'src/index.ts' },
      clean: true,
    },
    {
      ...shared,
      entry: ['src/index.ts'],
      format: ['cjs'],
      dts: { entry: 'src/index.ts' },
      clean: false,
    },
  ]
}

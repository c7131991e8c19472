// What each whole entry is made of: minified bytes per kind of module in an esbuild bundle of
// `export * from` the entry, and the code alone min+gzip. Run after `npm run build`.
import { readFile } from 'node:fs/promises'
import { gzipSync } from 'node:zlib'
import { build, transform } from 'esbuild'

const ENTRIES = [
  { name: 'whole core entry', path: './packages/core/dist/index.js', external: ['zod'] },
  {
    name: 'whole react entry, with core',
    path: './packages/react/dist/index.js',
    external: ['zod', 'react', 'react-dom', 'react/jsx-runtime'],
  },
]

const PARTS = [
  ['exampleDocument', /core\/dist\/data\/example-document/],
  ['templates, playbookSteps', /core\/dist\/data\//],
  ['message catalogs', /dist\/i18n\/(messages|catalogs?)/],
  ['lint lexicons and text scanners', /core\/dist\/lint\/(lexicon|text)\//],
  ['code', /./],
]
const partOf = (file) => PARTS.find(([, pattern]) => pattern.test(file))[0]
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`

for (const entry of ENTRIES) {
  const result = await build({
    stdin: { contents: `export * from '${entry.path}'`, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    metafile: true,
    external: entry.external,
  })
  const bundle = result.outputFiles[0].contents
  const inputs = Object.values(result.metafile.outputs)[0].inputs
  const bytes = new Map()
  const codeFiles = []
  for (const [file, { bytesInOutput }] of Object.entries(inputs)) {
    const part = partOf(file)
    bytes.set(part, (bytes.get(part) ?? 0) + bytesInOutput)
    if (part === 'code' && bytesInOutput > 0) codeFiles.push(file)
  }
  // The code modules minified one by one and gzipped together: about what the code alone costs.
  const code = await Promise.all(
    codeFiles.map(async (file) => {
      const { code } = await transform(await readFile(file, 'utf8'), { minify: true, loader: 'js' })
      return code
    }),
  )
  console.log(`\n${entry.name}: ${kB(bundle.length)} min, ${kB(gzipSync(bundle).length)} min+gzip`)
  for (const [part, size] of [...bytes].sort((a, b) => b[1] - a[1]))
    console.log(
      `  ${part.padEnd(34)} ${kB(size).padStart(9)} min  ${Math.round((100 * size) / bundle.length)} %`,
    )
  console.log(
    `  ${'code alone, min+gzip'.padEnd(34)} ${kB(gzipSync(code.join('\n')).length).padStart(9)}`,
  )
}

// Bundles src/styles/index.css and the files it @imports into dist/styles.css, in order.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const stylesDir = join(root, 'src', 'styles')
const IMPORT = /^@import\s+(['"])\.\/([\w-]+\.css)\1;\s*$/gm

const index = readFileSync(join(stylesDir, 'index.css'), 'utf8')
const bundled = index.replace(IMPORT, (_, _quote, file) =>
  readFileSync(join(stylesDir, file), 'utf8').trim(),
)
if (/@import/.test(bundled))
  throw new Error('styles/index.css has an @import the bundler cannot inline')
mkdirSync(join(root, 'dist'), { recursive: true })
writeFileSync(join(root, 'dist', 'styles.css'), `${bundled.trim()}\n`)

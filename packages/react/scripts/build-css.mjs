// Bundles src/styles/index.css and the files it @imports, in order, into a minified
// dist/styles.css: the comments stay in the sources, hosts ship only the rules.
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

await build({
  entryPoints: [join(root, 'src', 'styles', 'index.css')],
  outfile: join(root, 'dist', 'styles.css'),
  bundle: true,
  minify: true,
  logLevel: 'warning',
})

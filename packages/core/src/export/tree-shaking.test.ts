import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'

const src = join(dirname(fileURLToPath(import.meta.url)), '..')

/** Bundles the given named imports of core the way an app's bundler would. */
async function bundle(names: string): Promise<string> {
  const result = await build({
    stdin: { contents: `export { ${names} } from './index.ts'`, loader: 'ts', resolveDir: src },
    bundle: true,
    write: false,
    format: 'esm',
    charset: 'utf8',
    external: ['zod', 'date-fns'],
  })
  return result.outputFiles[0]?.text ?? ''
}

describe('tree-shaking', () => {
  it('leaves the JSON Schema and the exports out of a bundle that only scores', async () => {
    const code = await bundle('scoreKeyResult')
    expect(code).not.toContain('toJSONSchema')
    expect(code).not.toContain('draft-2020-12')
    expect(code).not.toContain('objective_title')
    expect(code).not.toMatch(/from "zod"/)
  }, 60_000)

  it('builds the JSON Schema only into bundles that import it', async () => {
    expect(await bundle('okrDocumentJsonSchema')).toContain('toJSONSchema')
    expect(await bundle('toCsv')).not.toContain('toJSONSchema')
  }, 60_000)

  it('carries only the message catalogs of the code it bundles', async () => {
    const grade = await bundle('gradeLabel')
    expect(grade).toContain('"grade.close"')
    expect(grade).toContain('接近')
    expect(grade).not.toContain('"parse.')
    expect(grade).not.toContain('"lint.')
    expect(grade).not.toContain('"report.')

    const parse = await bundle('parseOkrDocument')
    expect(parse).toContain('"parse.invalid_date"')
    expect(parse).not.toContain('"lint.')
    expect(parse).not.toContain('"grade.')

    expect(await bundle('formatMessage')).toContain('"lint.kr_is_activity"')
  }, 60_000)
})

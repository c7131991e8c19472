import { readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { okrkit } from '../__fixtures__/okrkit'

const shipped = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  'core',
  'schema.json',
)

describe('okrkit schema', () => {
  it('prints the JSON Schema that @okrkit/core ships', async () => {
    const { code, stdout } = await okrkit(['schema'])
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toEqual(JSON.parse(await readFile(shipped, 'utf8')))
    expect(JSON.parse(stdout).$schema).toBe('https://json-schema.org/draft/2020-12/schema')
  })
})

import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fixture, okrkit } from '../__fixtures__/okrkit'

describe('okrkit report', () => {
  it.each(['en', 'zh-CN'])('writes the monthly update of the example (%s)', async (locale) => {
    const args = ['report', '--example', '--month', '2026-03', '--locale', locale]
    const { code, stdout, stderr } = await okrkit(args)
    expect(stderr).toBe('')
    expect(code).toBe(0)
    // `.md.snap`, not `.md`: Biome would re-align the tables and the snapshot would drift.
    await expect(stdout).toMatchFileSnapshot(`__snapshots__/report.example.${locale}.md.snap`)
  })

  it('reports on the latest check-in’s month by default, from YAML or stdin', async () => {
    const input = await readFile(fixture('valid.yaml'), 'utf8')
    const { code, stdout } = await okrkit(['report', '-'], { input })
    expect(code).toBe(0)
    expect(stdout).toMatch(/^# OKR update: February 2026\n/)
    expect(stdout).toContain('- The March billing change will bring a spike of tickets')
  })

  it('refuses a malformed month and an existing --out file', async () => {
    const month = await okrkit(['report', '--example', '--month', '2026-3'])
    expect(month.code).toBe(2)
    expect(month.stderr).toContain('Expected a month written YYYY-MM.')
    const dir = await mkdtemp(join(tmpdir(), 'okrkit-report-'))
    const out = join(dir, 'update.md')
    await writeFile(out, 'keep me')
    const refused = await okrkit(['report', '--example', '--out', out])
    expect([refused.code, refused.stderr]).toEqual([
      2,
      `okrkit: ${out} already exists; pass --force to overwrite it\n`,
    ])
    expect(await readFile(out, 'utf8')).toBe('keep me')
  })
})

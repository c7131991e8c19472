import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fixture, okrkit } from '../__fixtures__/okrkit'

const tempDir = () => mkdtemp(join(tmpdir(), 'okrkit-export-'))

describe('okrkit export', () => {
  it('writes CSV with one row per key result, formula text neutralised', async () => {
    const { code, stdout } = await okrkit(['export', fixture('valid.yaml'), '--format', 'csv'])
    expect(code).toBe(0)
    const lines = stdout.split('\r\n')
    expect(lines[0]).toMatch(/^objective_id,objective_title,.*,kr_due$/)
    expect(lines).toHaveLength(5)
    expect(lines[1]).toContain('heard,"Every customer feels heard, fast",')
  })

  it('writes the validated JSON, with defaults filled in', async () => {
    const { code, stdout } = await okrkit(['export', fixture('valid.yaml'), '--format', 'json'])
    expect(code).toBe(0)
    const doc = JSON.parse(stdout)
    expect(doc.objectives[0].keyResults[0].weight).toBe(1)
    expect(doc.checkIns[0].tailwinds).toEqual([])
  })

  it('writes --out, choosing the format by extension, and never overwrites without --force', async () => {
    const dir = await tempDir()
    const out = join(dir, 'okrs.csv')
    const first = await okrkit(['export', fixture('valid.json'), '--out', out])
    expect([first.code, first.stdout, first.stderr]).toEqual([0, '', `okrkit: wrote ${out}\n`])
    const csv = await readFile(out, 'utf8')
    expect(csv.startsWith('objective_id,')).toBe(true)

    await writeFile(out, 'edited in a spreadsheet')
    const refused = await okrkit(['export', fixture('valid.json'), '--out', out])
    expect(refused.code).toBe(2)
    expect(refused.stderr).toBe(`okrkit: ${out} already exists; pass --force to overwrite it\n`)
    expect(await readFile(out, 'utf8')).toBe('edited in a spreadsheet')

    const forced = await okrkit(['export', fixture('valid.json'), '--out', out, '--force'])
    expect(forced.code).toBe(0)
    expect(await readFile(out, 'utf8')).toBe(csv)
  })

  it('writes a Markdown update and a CSV with a byte order mark for Excel', async () => {
    const dir = await tempDir()
    const md = await okrkit([
      'export',
      '--example',
      '--out',
      join(dir, 'u.md'),
      '--month',
      '2026-01',
    ])
    expect(md.code).toBe(0)
    expect(await readFile(join(dir, 'u.md'), 'utf8')).toMatch(/^# OKR update: January 2026/)
    const bom = await okrkit([
      'export',
      '--example',
      '--locale',
      'zh-CN',
      '--format',
      'csv',
      '--bom',
    ])
    expect(bom.stdout.startsWith('\uFEFFobjective_id,')).toBe(true)
    expect(bom.stdout).toContain('让客户满意到愿意留下并推荐给朋友')
  })

  it('asks for a format it cannot infer, and refuses an unknown one', async () => {
    const none = await okrkit(['export', fixture('valid.json')])
    expect([none.code, none.stderr]).toEqual([2, 'okrkit: pass --format json|csv|md\n'])
    const bad = await okrkit(['export', fixture('valid.json'), '--format', 'xlsx'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain("argument 'xlsx' is invalid")
  })
})

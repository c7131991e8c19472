import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fixture, okrkit } from '../__fixtures__/okrkit'

describe('okrkit import', () => {
  it('turns a spreadsheet into a valid document, undoing the formula prefix', async () => {
    const { code, stdout, stderr } = await okrkit(['import', fixture('okrs.csv')])
    expect([code, stderr]).toEqual([0, ''])
    const doc = JSON.parse(stdout)
    expect(doc.periods[0]).toMatchObject({ id: '2026-Q1', start: '2026-01-01', end: '2026-03-31' })
    expect(doc.teams).toEqual([{ id: 'support', name: 'support' }])
    const [first, faq, csat] = doc.objectives[0].keyResults
    expect(first.measure).toEqual({ type: 'metric', start: 6, target: 2, unit: 'h', current: 3 })
    expect(faq).toMatchObject({
      title: '=Billing FAQ live',
      measure: { type: 'milestone', done: true },
    })
    expect(csat).toMatchObject({ title: '让客户满意度 (CSAT) 达到 4.6', measure: { current: -1 } })
    const check = await okrkit(['validate', '-'], { input: stdout })
    expect(check.code).toBe(0)
  })

  it('round-trips export → import into the same document with --base', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'okrkit-import-'))
    const csv = join(dir, 'sheet.csv')
    expect((await okrkit(['export', fixture('valid.yaml'), '--out', csv])).code).toBe(0)
    const imported = await okrkit(['import', csv, '--base', fixture('valid.yaml')])
    const original = await okrkit(['export', fixture('valid.yaml'), '--format', 'json'])
    expect(imported.code).toBe(0)
    expect(JSON.parse(imported.stdout)).toEqual(JSON.parse(original.stdout))
  })

  it('reads stdin and writes YAML to --out', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'okrkit-import-'))
    const out = join(dir, 'okrs.yaml')
    const input = await readFile(fixture('okrs.csv'), 'utf8')
    const { code, stderr } = await okrkit(['import', '-', '--out', out], { input })
    expect([code, stderr]).toEqual([0, `okrkit: wrote ${out}\n`])
    const yaml = await readFile(out, 'utf8')
    expect(yaml).toContain('start: "2026-01-01"')
    expect((await okrkit(['validate', out])).code).toBe(0)
  })

  it('exits 1 with every issue at its row and column', async () => {
    const file = fixture('bad-values.csv')
    const { code, stdout, stderr } = await okrkit(['import', file])
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr.trimEnd().split('\n')).toEqual([
      `${file}: error: Row 2, kr_start: "ten" is not a number. Write digits with a dot for decimals, such as -2.5. [not_a_number]`,
      `${file}: error: Row 3, kr_title: Must not be empty. [too_short]`,
      `${file}: error: Row 3, kr_type: Must be one of: metric, milestone. [invalid_value]`,
    ])
    const columns = await okrkit(['import', fixture('bad-column.csv'), '--locale', 'zh-CN'])
    expect(columns.code).toBe(1)
    expect(columns.stderr).toContain('未知列“notes”')
  })
})

import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { okrkit } from '../__fixtures__/okrkit'

describe('okrkit init', () => {
  it('writes a valid starter document for this quarter from a template', async () => {
    const { code, stdout } = await okrkit(['init', '--as-of', '2026-05-02'])
    expect(code).toBe(0)
    const doc = JSON.parse(stdout)
    expect(doc.periods).toEqual([
      { id: '2026-Q2', label: 'Q2 2026', kind: 'quarter', start: '2026-04-01', end: '2026-06-30' },
    ])
    expect(doc.objectives[0]).toMatchObject({
      id: 'okr-set-customer-satisfaction',
      title: 'Improve customer satisfaction',
      teamId: 'my-team',
    })
    expect(doc.objectives[0].keyResults.map((kr: { id: string }) => kr.id)).toEqual([
      'okr-set-customer-satisfaction-nps',
      'okr-set-customer-satisfaction-response-time',
      'okr-set-customer-satisfaction-retention',
    ])
    expect((await okrkit(['validate', '-'], { input: stdout })).code).toBe(0)
  })

  it('writes YAML in Chinese to --out, and will not overwrite it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'okrkit-init-'))
    const out = join(dir, 'okrs.yaml')
    const args = [
      'init',
      '--template',
      'okr-set-product-development',
      '--locale',
      'zh-CN',
      '--out',
      out,
    ]
    const first = await okrkit(args)
    expect(first.code).toBe(0)
    expect(first.stderr).toContain(`wrote ${out}; next: give each key result an owner`)
    const yaml = await readFile(out, 'utf8')
    expect(yaml).toContain('title: 加快产品开发')
    expect(yaml).toContain('name: 我的团队')
    expect((await okrkit(['validate', out])).code).toBe(0)
    const again = await okrkit(args)
    expect(again.code).toBe(2)
    expect(await readFile(out, 'utf8')).toBe(yaml)
  })

  it('refuses an unknown template, listing the known ones', async () => {
    const { code, stderr } = await okrkit(['init', '--template', 'world-peace'])
    expect(code).toBe(2)
    expect(stderr).toMatch(
      /^okrkit: unknown template "world-peace"; choose one of: okr-set-customer-satisfaction, /,
    )
  })
})

import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { fixture, okrkit } from '../__fixtures__/okrkit'

describe('okrkit validate', () => {
  it.each(['valid.json', 'valid.yaml'])('accepts %s and exits 0', async (name) => {
    const { code, stdout, stderr } = await okrkit(['validate', fixture(name)])
    expect(code).toBe(0)
    expect(stdout).toContain('a valid OKR document (1 objective, 3 key results, 2 check-ins)')
    expect(stderr).toBe('')
  })

  it('exits 1 with every issue, its path, line and column', async () => {
    const file = fixture('invalid.json')
    const { code, stdout } = await okrkit(['validate', file])
    expect(code).toBe(1)
    expect(stdout.trimEnd().split('\n')).toEqual([
      `${file}:9:7: error: periods.0.end: Must be a calendar date written YYYY-MM-DD. [invalid_date]`,
      `${file}:15:5: error: objectives.0.title: This field is required (string). [required]`,
      `${file}:18:7: error: objectives.0.level: Must be one of: company, team, individual. [invalid_value]`,
      `${file}:24:54: error: objectives.0.keyResults.0.measure.target: Expected number, got string. [invalid_type]`,
      `${file}:31:3: error: colour: Unknown field "colour". Put host data in "meta". [unknown_key]`,
      '✖ 5 errors, 0 warnings, 0 infos',
    ])
  })

  it('prints machine-readable issues with --format json, localised with --locale', async () => {
    const { code, stdout } = await okrkit([
      'validate',
      fixture('invalid.json'),
      '--format',
      'json',
      '--locale',
      'zh-CN',
    ])
    expect(code).toBe(1)
    const report = JSON.parse(stdout)
    expect(report).toMatchObject({ file: fixture('invalid.json'), valid: false })
    expect(report.issues).toHaveLength(5)
    expect(report.issues[4]).toEqual({
      code: 'unknown_key',
      severity: 'error',
      path: ['colour'],
      params: { key: 'colour' },
      message: '未知字段“colour”。宿主应用的数据请放在“meta”中。',
      line: 31,
      column: 3,
    })
  })

  it('reads stdin for -, JSON or YAML', async () => {
    for (const name of ['valid.json', 'valid.yaml']) {
      const input = await readFile(fixture(name), 'utf8')
      const { code, stdout } = await okrkit(['validate', '-', '--format', 'json'], { input })
      expect(code, name).toBe(0)
      expect(JSON.parse(stdout)).toEqual({ file: '<stdin>', valid: true, issues: [] })
    }
    const bad = await okrkit(['validate', '-'], { input: '{"schemaVersion": 1, }' })
    expect(bad.code).toBe(2)
    expect(bad.stderr).toBe('okrkit: <stdin>:1:22: Expected double-quoted property name\n')
  })

  it('refuses YAML whose aliases would expand into gigabytes, in one line, and exits 2', async () => {
    // Nine levels of nine aliases each: 387,420,489 strings if expanded.
    const levels = ['l0: &l0 [x, x, x, x, x, x, x, x, x]']
    for (let i = 1; i < 9; i++) {
      levels.push(
        `l${i}: &l${i} [${Array(9)
          .fill(`*l${i - 1}`)
          .join(', ')}]`,
      )
    }
    const { code, stdout, stderr } = await okrkit(['validate', '-'], { input: levels.join('\n') })
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toMatch(/^okrkit: <stdin>: .*alias.*\n$/i)
  })

  it.each([
    // A .txt name keeps Biome from formatting a broken file; the content says JSON.
    ['syntax-error.json.txt', ":4:13: Unexpected token ','"],
    ['syntax-error.yaml', ':4:1: Map keys must be unique'],
  ])(
    'names the line and column of a syntax error in %s, in one line, and exits 2',
    async (name, where) => {
      const { code, stdout, stderr } = await okrkit(['validate', fixture(name)])
      expect(code).toBe(2)
      expect(stdout).toBe('')
      expect(stderr).toBe(`okrkit: ${fixture(name)}${where}\n`)
    },
  )

  it('exits 2 with one line for a missing, empty or CSV file, and for no file', async () => {
    const missing = await okrkit(['validate', 'nope.json'])
    expect([missing.code, missing.stderr]).toEqual([2, 'okrkit: nope.json: no such file\n'])
    const empty = await okrkit(['validate', '-'], { input: '  \n' })
    expect([empty.code, empty.stderr]).toEqual([2, 'okrkit: <stdin>: the file is empty\n'])
    const csv = await okrkit(['validate', fixture('okrs.csv')])
    expect(csv.code).toBe(2)
    expect(csv.stderr).toContain('okrkit import')
    const none = await okrkit(['validate'])
    expect([none.code, none.stderr]).toEqual([2, 'okrkit: missing FILE (a path, or - for stdin)\n'])
  })

  it('validates the bundled example', async () => {
    const { code, stdout } = await okrkit(['validate', '--example'])
    expect(code).toBe(0)
    expect(stdout).toContain('<example>: a valid OKR document (4 objectives')
  })
})

import { describe, expect, it } from 'vitest'
import { fixture, okrkit } from '../__fixtures__/okrkit'

const file = fixture('lint-warnings.yaml')

describe('okrkit lint', () => {
  it('lists the findings with their lines and exits 0 when there are only warnings', async () => {
    const { code, stdout } = await okrkit(['lint', file])
    expect(code).toBe(0)
    const lines = stdout.trimEnd().split('\n')
    expect(lines).toHaveLength(4)
    // Each finding points into the file: the KR list, the activity KR, the KR without owner.
    expect(lines[0]).toMatch(
      /^\S+lint-warnings\.yaml:13:5: warning: objectives\.0\.keyResults\b.* \[kr_count\]$/,
    )
    expect(lines[1]).toMatch(
      /:15:9: warning: objectives\.0\.keyResults\.0\b.*“create”.* \[kr_is_activity\]$/,
    )
    expect(lines[2]).toMatch(
      /:18:9: warning: objectives\.0\.keyResults\.1\b.* \[kr_missing_owner\]$/,
    )
    expect(stdout.trimEnd().split('\n').at(-1)).toBe(`✓ ${file}: 0 errors, 3 warnings, 0 infos`)
  })

  it('exits 1 when warnings exceed --max-warnings', async () => {
    const { code, stdout } = await okrkit(['lint', file, '--max-warnings', '2'])
    expect(code).toBe(1)
    expect(stdout).toContain('3 warnings, 0 infos (more than --max-warnings 2)')
    expect((await okrkit(['lint', file, '--max-warnings', '3'])).code).toBe(0)
  })

  it('switches rules off with --disable, repeated or comma-separated', async () => {
    const args = [
      'lint',
      file,
      '--disable',
      'kr_count,kr_is_activity',
      '--disable',
      'kr_missing_owner',
    ]
    const { code, stdout } = await okrkit([...args, '--max-warnings', '0'])
    expect(code).toBe(0)
    expect(stdout).toContain('0 errors, 0 warnings, 0 infos')
  })

  it('refuses an unknown code or count as a usage error', async () => {
    const unknown = await okrkit(['lint', file, '--disable', 'kr_bogus'])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('Unknown lint code kr_bogus.')
    expect((await okrkit(['lint', file, '--max-warnings', 'many'])).code).toBe(2)
  })

  it('prints counts and located issues with --format json, in Chinese with --locale', async () => {
    const { code, stdout } = await okrkit(['lint', file, '--format', 'json', '--locale', 'zh-CN'])
    expect(code).toBe(0)
    const report = JSON.parse(stdout)
    expect(report).toMatchObject({ valid: true, errorCount: 0, warningCount: 3, infoCount: 0 })
    expect(report.issues[0]).toMatchObject({ code: 'kr_count', line: 13, column: 5 })
    expect(report.issues[0].message).toMatch(/关键成果/)
  })

  it('reports an invalid document as validate does, and exits 1', async () => {
    const { code, stdout } = await okrkit(['lint', fixture('invalid.json')])
    expect(code).toBe(1)
    expect(stdout).toContain('[unknown_key]')
  })
})

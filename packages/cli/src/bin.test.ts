import { execFile } from 'node:child_process'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

const bin = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'bin.js')

async function okrkit(...args: string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [bin, ...args])
    return { code: 0, stdout, stderr }
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string }
    return { code: e.code, stdout: e.stdout, stderr: e.stderr }
  }
}

describe('okrkit score (built binary)', () => {
  it('prints a scorecard of the bundled example', async () => {
    const { code, stdout } = await okrkit('score', '--example')
    expect(code).toBe(0)
    expect(stdout).toMatch(/\d\.\d\d [█░]{10} (Missed|Close|Met) {2}\S/)
    expect(stdout).toContain('Scored by the team')
  })

  it('speaks Chinese', async () => {
    const { code, stdout } = await okrkit('score', '--example', '--locale', 'zh-CN')
    expect(code).toBe(0)
    expect(stdout).toMatch(/未达到|接近|达到/)
  })

  it('exits 1 with every issue and its path for an invalid document', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'okrkit-'))
    const file = join(dir, 'bad.json')
    await writeFile(
      file,
      JSON.stringify({
        schemaVersion: 1,
        periods: [],
        teams: [],
        people: [],
        objectives: [{}],
        checkIns: [],
        retrospectives: [],
        extra: 1,
      }),
    )
    const { code, stderr } = await okrkit('score', file)
    expect(code).toBe(1)
    expect(stderr).toContain(`${file}: extra: Unknown field "extra"`)
    expect(stderr).toContain('objectives.0.title: This field is required')
  })

  it('exits 2 for unreadable input and bad usage', async () => {
    expect((await okrkit('score', '/nonexistent/okrs.json')).code).toBe(2)
    expect((await okrkit('frobnicate')).code).toBe(2)
    expect((await okrkit('score', '--bogus')).code).toBe(2)
    const help = await okrkit('--help')
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('Usage: okrkit score')
  })
})

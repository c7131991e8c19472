import { describe, expect, it } from 'vitest'
import { fixture, okrkit } from './__fixtures__/okrkit'

const COMMANDS = ['validate', 'lint', 'score', 'report', 'export', 'import', 'schema', 'init']

describe('okrkit', () => {
  it.each(COMMANDS)('documents %s and its exit codes in --help', async (command) => {
    const { code, stdout } = await okrkit([command, '--help'])
    expect(code).toBe(0)
    expect(stdout).toContain(`Usage: okrkit ${command}`)
    expect(stdout).toContain('Exit codes:\n  0  done, no problems found\n  1  problems found')
  })

  it('lists every command in the top-level help', async () => {
    const { code, stdout } = await okrkit(['--help'])
    expect(code).toBe(0)
    for (const command of COMMANDS) expect(stdout).toContain(`  ${command} `)
    expect(stdout).toContain('NO_COLOR')
  })

  it('exits 2 for bad usage, with one line and a hint, never a stack trace', async () => {
    const usages = [['frobnicate'], ['score', '--bogus'], [], ['import']]
    const results = await Promise.all(usages.map((args) => okrkit(args)))
    results.forEach(({ code, stderr }, i) => {
      expect(code, usages[i]?.join(' ')).toBe(2)
      expect(stderr, usages[i]?.join(' ')).not.toMatch(/\n\s+at /)
    })
    expect(results[0]?.stderr).toBe(
      "okrkit: unknown command 'frobnicate'\n(run okrkit --help, or okrkit <command> --help)\n",
    )
  })

  it('prints its version', async () => {
    const { code, stdout } = await okrkit(['--version'])
    expect(code).toBe(0)
    expect(stdout).toMatch(/^\d+\.\d+\.\d+\n$/)
  })

  it('colours only when asked to (no terminal here), and NO_COLOR always wins', async () => {
    const args = ['validate', fixture('invalid.json')]
    const ESC = '\u001b['
    expect((await okrkit(args)).stdout).not.toContain(ESC)
    expect((await okrkit(args, { env: { FORCE_COLOR: '1' } })).stdout).toContain(`${ESC}31merror`)
    expect((await okrkit(args, { env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).stdout).not.toContain(
      ESC,
    )
  })
})

import { describe, expect, it } from 'vitest'
import { document, objective } from '../__fixtures__/documents'
import { LINT_CODES } from '../lint-codes'
import { lintOkrSet } from '../lint-okr-set'

const cycles = (...args: Parameters<typeof lintOkrSet>) =>
  lintOkrSet(...args).filter((issue) => issue.code === 'objective_alignment_cycle')

describe('objective_alignment_cycle', () => {
  it('reports a self-loop once', () => {
    const doc = document({ objectives: [objective('a', { parentId: 'a' })] })
    expect(cycles(doc)).toMatchObject([
      {
        severity: 'error',
        path: ['objectives', 0, 'parentId'],
        params: { objectiveId: 'a', cycle: 'a → a', length: 1 },
      },
    ])
  })

  it('reports a loop of three once, at its member with the smallest index', () => {
    const doc = document({
      objectives: [
        objective('root'),
        objective('c', { teamId: 't2', parentId: 'a' }),
        objective('a', { parentId: 'b' }),
        objective('b', { teamId: 't2', parentId: 'c' }),
        // Leads into the loop without being on it.
        objective('tail', { parentId: 'b' }),
      ],
    })
    const issues = cycles(doc)
    expect(issues).toHaveLength(1)
    expect(issues[0]).toMatchObject({
      path: ['objectives', 1, 'parentId'],
      params: { objectiveId: 'c', cycle: 'c → a → b → c', length: 3 },
    })
    expect(issues[0]?.message).toContain('c → a → b → c')
  })

  it('reports every separate loop', () => {
    const doc = document({
      objectives: [
        objective('a', { parentId: 'b' }),
        objective('b', { parentId: 'a' }),
        objective('c', { teamId: 't2', parentId: 'c' }),
      ],
    })
    expect(cycles(doc).map((issue) => issue.path)).toEqual([
      ['objectives', 0, 'parentId'],
      ['objectives', 2, 'parentId'],
    ])
  })

  it('reports a loop crossing the scope at its member in scope', () => {
    const doc = document({
      objectives: [
        objective('a', { teamId: 't2', parentId: 'b' }),
        objective('b', { parentId: 'a' }),
      ],
    })
    expect(cycles(doc, { teamId: 't1' }).map((issue) => issue.path)).toEqual([
      ['objectives', 1, 'parentId'],
    ])
    expect(cycles(doc, { periodId: 'q2' })).toEqual([])
  })

  it('accepts a chain and a tree', () => {
    const doc = document({
      objectives: [
        objective('company', { teamId: 't2' }),
        objective('team', { parentId: 'company' }),
        objective('individual', { parentId: 'team' }),
        objective('sibling', { parentId: 'company' }),
      ],
    })
    expect(cycles(doc)).toEqual([])
  })

  it('terminates in linear time on a long loop and shortens its message', () => {
    const size = 50_000
    const objectives = Array.from({ length: size }, (_, i) =>
      objective(`o${i}`, { parentId: `o${(i + 1) % size}`, keyResults: [] }),
    )
    const doc = document({ objectives })
    // Only this rule: the many objective and KR count issues would measure other code.
    const rules = Object.fromEntries(LINT_CODES.map((code) => [code, 'off' as const]))
    // Compared within one run (the machine is shared) with a linear baseline on the same
    // document, a JSON round trip: a quadratic walk of 50,000 links would be thousands of times it.
    const baseline = performance.now()
    JSON.parse(JSON.stringify(doc))
    const jsonMs = performance.now() - baseline
    const started = performance.now()
    const issues = cycles(doc, { rules: { ...rules, objective_alignment_cycle: 'error' } })
    const ms = performance.now() - started
    expect(ms / Math.max(jsonMs, 1)).toBeLessThan(20)
    expect(issues).toHaveLength(1)
    expect(issues[0]?.params.length).toBe(size)
    expect(String(issues[0]?.params.cycle)).toMatch(/^o0 → o1 → .* → o9 → …$/)
  })
})

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { BIN, ROOT, run } from './packed'

interface Budget {
  name: string
  limit: string
}
interface Measured {
  name: string
  passed: boolean
  size: number
  sizeLimit: number
}

// The budgets live in .size-limit.json so `npm run size` and this test read the same numbers.
const budgets: Budget[] = JSON.parse(readFileSync(join(ROOT, '.size-limit.json'), 'utf8'))

describe('size budgets (min+gzip, react, react-dom and zod external)', () => {
  let measured: Map<string, Measured>
  beforeAll(() => {
    // size-limit exits 1 when a budget is exceeded; its JSON report is what we read either way.
    let output: string
    try {
      output = run(join(BIN, 'size-limit'), ['--json'], ROOT)
    } catch (error) {
      output = String((error as Error).message).replace(/^[^[]*/s, '')
    }
    const report: Measured[] = JSON.parse(output.slice(0, output.lastIndexOf(']') + 1))
    measured = new Map(report.map((entry) => [entry.name, entry]))
  })

  it.each(budgets)('$name ≤ $limit', ({ name }) => {
    const entry = measured.get(name)
    expect(entry, `size-limit did not measure ${name}`).toBeDefined()
    expect(entry?.size, `${name}: ${entry?.size} B`).toBeLessThanOrEqual(entry?.sizeLimit ?? 0)
  })
})

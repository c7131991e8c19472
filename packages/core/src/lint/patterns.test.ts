import fc from 'fast-check'
import { checkSync } from 'recheck'
import { describe, expect, it } from 'vitest'
import { analyzeKeyResultText, MAX_ANALYZED_TEXT_LENGTH } from './analyze-key-result-text'
import { analyzeObjectiveText } from './analyze-objective-text'
import { LINT_PATTERNS } from './patterns'
import { comparableTitle, titleSimilarity } from './text/title-similarity'

describe('lint patterns', () => {
  it.each(LINT_PATTERNS.map((pattern) => [pattern.source, pattern] as const))(
    '%s is safe from catastrophic backtracking (recheck)',
    (_, pattern) => {
      const result = checkSync(pattern.source, pattern.flags)
      expect(result.status, JSON.stringify(result)).toBe('safe')
    },
    30_000,
  )

  it('are the only regular expressions of the text heuristics', async () => {
    // Keeps new patterns from bypassing the check above.
    const { readdirSync, readFileSync } = await import('node:fs')
    const { join } = await import('node:path')
    const root = new URL('.', import.meta.url).pathname
    const files = ['text', 'lexicon', '.'].flatMap((dir) =>
      readdirSync(join(root, dir))
        .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
        .map((name) => join(root, dir, name)),
    )
    // A literal after `=`, `(`, `,` or `:`, or a constructor call; comments are left out.
    const literal = /[=(,:]\s*\/(?![/*])(?:\\.|[^/\n])+\/[dgimsuvy]*|\bRegExp\(/
    const code = (file: string) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => !/^\s*(?:\/\/|\/?\*)/.test(line))
        .join('\n')
    const offending = files.filter(
      (file) => !file.endsWith('patterns.ts') && literal.test(code(file)),
    )
    expect(offending).toEqual([])
  })
})

describe('the text heuristics on any input', () => {
  const wellFormed = (text: string, locale?: string) => {
    const analysis = analyzeKeyResultText(text, { locale })
    expect(['outcome', 'activity', 'unclear']).toContain(analysis.kind)
    expect(['en', 'zh-CN']).toContain(analysis.locale)
    expect(typeof analysis.measurable).toBe('boolean')
    expect(analysis.reasons.length).toBeGreaterThan(0)
    expect(typeof analyzeObjectiveText(text, { locale }).readsLikeMetric).toBe('boolean')
    const similarity = titleSimilarity(comparableTitle(text), comparableTitle(`${text} x`))
    expect(similarity).toBeGreaterThanOrEqual(0)
    expect(similarity).toBeLessThanOrEqual(1)
  }

  it('never throws on arbitrary graphemes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 120 }), (text) => wellFormed(text)),
      { numRuns: 300 },
    )
  })

  it('never throws on arbitrary code units, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 120 }), fc.string(), (text, locale) =>
        wellFormed(text, locale),
      ),
      { numRuns: 300 },
    )
  })

  it('never throws on key-result-like text built from its own vocabulary', () => {
    const word = fc.constantFrom(
      'increase',
      'launch',
      'from',
      'to',
      'at least',
      '5%',
      '$3M',
      'Q3',
      'by June 30',
      'users',
      'tickets',
      '10x',
      'SOC 2',
      'tier-1',
      '提高',
      '上线',
      '从',
      '到',
      '以内',
      '三成',
      '5 万元',
      '第三',
      '6 月底前',
      '个',
      ',',
    )
    fc.assert(
      fc.property(fc.array(word, { maxLength: 30 }), fc.boolean(), (words, spaced) =>
        wellFormed(words.join(spaced ? ' ' : '')),
      ),
      { numRuns: 500 },
    )
  })

  it('finishes fast on a 1,000,000-character adversarial input', () => {
    const inputs = [
      'a'.repeat(1_000_000),
      '1'.repeat(1_000_000),
      '1,'.repeat(500_000),
      '- '.repeat(500_000),
      'from 1 to '.repeat(100_000),
      '从 1 到'.repeat(200_000),
      'at least 5% '.repeat(100_000),
      'launch 3 features '.repeat(60_000),
      '提高 5% '.repeat(200_000),
      '一二三四五六七八九十'.repeat(100_000),
      '百分之'.repeat(300_000),
      '3 月 '.repeat(250_000),
      'e\u0301'.repeat(500_000),
      '\uD800'.repeat(1_000_000),
      '🚀'.repeat(500_000),
    ]
    for (const input of inputs) {
      expect(input.length).toBeGreaterThanOrEqual(MAX_ANALYZED_TEXT_LENGTH)
      // A linear pass over the same input, timed in the same run (the machine is shared):
      // backtracking on a million characters would take orders of magnitude longer.
      const baseline = performance.now()
      input.normalize('NFKC').toLowerCase()
      const linearMs = Math.max(performance.now() - baseline, 5)
      const started = performance.now()
      analyzeKeyResultText(input)
      analyzeObjectiveText(input)
      titleSimilarity(comparableTitle(input), comparableTitle(input.slice(1)))
      expect((performance.now() - started) / linearMs, input.slice(0, 20)).toBeLessThan(100)
    }
  })
})

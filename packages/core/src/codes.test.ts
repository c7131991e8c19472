import { describe, expect, it } from 'vitest'
import { MESSAGES } from './i18n/format'
import type { MessageKey } from './i18n/messages/en'
import { LINT_CODES } from './lint/lint-codes'
import { LINT_RULES } from './lint/lint-rules'
import { PARSE_CODES } from './parse/parse-codes'

describe('issue codes', () => {
  it('are snake_case and unique', () => {
    for (const codes of [PARSE_CODES, LINT_CODES]) {
      expect(new Set(codes).size).toBe(codes.length)
      for (const code of codes) expect(code).toMatch(/^[a-z]+(_[a-z0-9]+)*$/)
    }
  })

  it.each(['en', 'zh-CN'] as const)('each has a %s message', (locale) => {
    const keys = [...PARSE_CODES.map((c) => `parse.${c}`), ...LINT_CODES.map((c) => `lint.${c}`)]
    const missing = keys.filter((key) => !(key in MESSAGES[locale]))
    expect(missing).toEqual([])
    expect(MESSAGES[locale][keys[0] as MessageKey]).toBeTruthy()
  })

  it('each lint code has exactly one rule', () => {
    expect(LINT_RULES.map((rule) => rule.code).sort()).toEqual([...LINT_CODES].sort())
  })
})

import { describe, expect, it } from 'vitest'
import {
  CONFIDENCE_MESSAGES,
  CSV_MESSAGES,
  LINT_MESSAGES,
  mergeCatalogs,
  PARSE_MESSAGES,
  PERIOD_MESSAGES,
  REPORT_MESSAGES,
  SCORE_MESSAGES,
  STATUS_MESSAGES,
} from './catalogs'
import { formatMessage, formatMessageFrom, MESSAGES } from './format'
import { LOCALES, resolveLocale } from './locale'

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe('catalogs', () => {
  const keys = Object.keys(MESSAGES.en).sort()

  it.each(LOCALES)('%s has exactly the English keys, none empty', (locale) => {
    const catalog = MESSAGES[locale]
    expect(Object.keys(catalog).sort()).toEqual(keys)
    for (const key of keys) expect(catalog[key as keyof typeof catalog].trim(), key).not.toBe('')
  })

  it.each(LOCALES)('%s uses the same placeholders as English in every message', (locale) => {
    for (const key of keys) {
      const k = key as keyof (typeof MESSAGES)['en']
      expect(placeholders(MESSAGES[locale][k]), key).toEqual(placeholders(MESSAGES.en[k]))
    }
  })

  it('zh-CN is written in Chinese', () => {
    const chinese = Object.values(MESSAGES['zh-CN']).filter((text) => /\p{Script=Han}/u.test(text))
    expect(chinese.length).toBe(keys.length)
  })
})

describe('domain catalogs', () => {
  const domains = {
    PARSE_MESSAGES,
    SCORE_MESSAGES,
    CONFIDENCE_MESSAGES,
    STATUS_MESSAGES,
    PERIOD_MESSAGES,
    CSV_MESSAGES,
    REPORT_MESSAGES,
    LINT_MESSAGES,
  }

  it.each(LOCALES)('split %s into parts that hold every message exactly once', (locale) => {
    const parts = Object.values(domains).map((catalog) => Object.keys(catalog[locale]))
    const all = parts.flat()
    expect(new Set(all).size).toBe(all.length)
    expect(all.sort()).toEqual(Object.keys(MESSAGES[locale]).sort())
  })

  it('keeps each domain to one key prefix family', () => {
    const prefixes = Object.fromEntries(
      Object.entries(domains).map(([name, catalog]) => [
        name,
        [...new Set(Object.keys(catalog.en).map((key) => key.split('.')[0]))].sort(),
      ]),
    )
    expect(prefixes).toEqual({
      PARSE_MESSAGES: ['parse'],
      SCORE_MESSAGES: ['grade', 'provenance'],
      CONFIDENCE_MESSAGES: ['ambition', 'confidence'],
      STATUS_MESSAGES: ['pace', 'status'],
      PERIOD_MESSAGES: ['period'],
      CSV_MESSAGES: ['csv'],
      REPORT_MESSAGES: ['report', 'starter'],
      LINT_MESSAGES: ['lint'],
    })
  })

  it('merge into one catalog and format from it with overrides', () => {
    const catalog = mergeCatalogs(SCORE_MESSAGES, STATUS_MESSAGES)
    expect(formatMessageFrom(catalog, 'grade.close', {}, { locale: 'zh-CN' })).toBe('接近')
    expect(formatMessageFrom(catalog, 'status.at-risk', {}, { locale: 'en-GB' })).toBe('At risk')
    expect(
      formatMessageFrom(catalog, 'grade.met', {}, { messages: { 'grade.met': 'Nailed it' } }),
    ).toBe('Nailed it')
    // Untyped code may name a key the catalog lacks: it shows, rather than throwing.
    expect(formatMessageFrom(catalog, 'lint.kr_count' as never)).toBe('lint.kr_count')
    expect(Object.keys(catalog['zh-CN'])).toHaveLength(
      Object.keys(SCORE_MESSAGES.en).length + Object.keys(STATUS_MESSAGES.en).length,
    )
  })
})

describe('formatMessage', () => {
  it('fills placeholders and formats numbers for the locale', () => {
    expect(formatMessage('parse.too_long', { maximum: 20000 })).toBe(
      'Must be at most 20,000 characters.',
    )
    expect(formatMessage('parse.too_long', { maximum: 20000 }, { locale: 'zh-CN' })).toBe(
      '不能超过 20,000 个字符。',
    )
  })

  it('takes host overrides and leaves unknown placeholders visible', () => {
    expect(formatMessage('grade.met', {}, { messages: { 'grade.met': 'Nailed it' } })).toBe(
      'Nailed it',
    )
    expect(formatMessage('parse.unknown_key')).toContain('{key}')
  })
})

describe('resolveLocale', () => {
  it.each([
    ['zh', 'zh-CN'],
    ['zh-Hans-CN', 'zh-CN'],
    ['zh_TW', 'zh-CN'],
    ['en-GB', 'en'],
    ['fr', 'en'],
    [undefined, 'en'],
    ['zhx', 'en'],
  ])('%s → %s', (tag, expected) => {
    expect(resolveLocale(tag)).toBe(expected)
  })
})

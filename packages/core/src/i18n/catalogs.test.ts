import { describe, expect, it } from 'vitest'
import { formatMessage, MESSAGES } from './format'
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

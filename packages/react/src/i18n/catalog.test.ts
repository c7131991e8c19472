import { LOCALES } from '@okrkit/core'
import { describe, expect, it } from 'vitest'
import * as catalogs from './catalog'
import { OKR_MESSAGES, UI_MESSAGES } from './catalog'

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe('UI catalogs', () => {
  const keys = Object.keys(UI_MESSAGES.en).sort()

  it.each(LOCALES)('%s has exactly the English keys', (locale) => {
    expect(Object.keys(UI_MESSAGES[locale]).sort()).toEqual(keys)
  })

  it.each(LOCALES)('%s uses the same placeholders as English in every message', (locale) => {
    for (const key of keys) {
      const k = key as keyof (typeof UI_MESSAGES)['en']
      expect(placeholders(UI_MESSAGES[locale][k]), key).toEqual(placeholders(UI_MESSAGES.en[k]))
    }
  })

  it('keys are namespaced ui.*', () => {
    expect(keys.filter((key) => !key.startsWith('ui.'))).toEqual([])
  })

  it('zh-CN text is Chinese wherever English has words', () => {
    const untranslated = keys.filter((key) => {
      const k = key as keyof (typeof UI_MESSAGES)['en']
      const english = UI_MESSAGES.en[k]
      const chinese = UI_MESSAGES['zh-CN'][k]
      return /[A-Za-z]{3,}/.test(english.replace(/\{\w+\}/g, '')) && chinese === english
    })
    expect(untranslated).toEqual([])
  })
})

describe('component catalogs', () => {
  const components = Object.entries(catalogs).filter(
    ([name]) => name.endsWith('_MESSAGES') && !['UI_MESSAGES', 'OKR_MESSAGES'].includes(name),
  )

  it('there is one per component family', () => {
    expect(components.length).toBeGreaterThanOrEqual(15)
  })

  it.each(components)(
    '%s has the same keys in every locale, all from the kit',
    (_name, catalog) => {
      const english = Object.keys(catalog.en).sort()
      for (const locale of LOCALES) expect(Object.keys(catalog[locale]).sort()).toEqual(english)
      for (const key of english) {
        expect(OKR_MESSAGES.en[key as keyof typeof OKR_MESSAGES.en], key).toBe(
          catalog.en[key as keyof typeof catalog.en],
        )
      }
    },
  )
})

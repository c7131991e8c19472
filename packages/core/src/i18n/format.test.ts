import { describe, expect, it } from 'vitest'
import { interpolate } from './format'

describe('interpolate', () => {
  it('fills placeholders and formats numbers for the locale', () => {
    expect(interpolate('{count} key results by {owner}', { count: 1200, owner: 'Ana' }, 'en')).toBe(
      '1,200 key results by Ana',
    )
  })

  it('leaves unknown placeholders visible, including names Object.prototype has', () => {
    const template = '{missing} {constructor} {toString} {__proto__} {hasOwnProperty}'
    expect(interpolate(template, {})).toBe(template)
  })
})

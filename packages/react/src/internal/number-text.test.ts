import { describe, expect, it } from 'vitest'
import { formatNumberText, parseNumberText } from './number-text'

describe('parseNumberText', () => {
  it.each([
    ['12', 12],
    [' 12.5 ', 12.5],
    ['-3', -3],
    ['+4', 4],
    ['.5', 0.5],
    ['12.', 12],
    ['1e3', 1000],
    ['1E-2', 0.01],
    ['1,200', 1200],
    ['12,345.6', 12345.6],
    ['１２．５', 12.5],
    ['−7', -7],
    ['-0', 0],
  ])('reads %j as %s', (text, value) => {
    const parsed = parseNumberText(text, { required: true })
    expect(parsed).toEqual({ ok: true, value })
    if (parsed.ok) expect(Object.is(parsed.value, -0)).toBe(false)
  })

  it.each([
    '-',
    '1e',
    '12,',
    '1,20',
    '.',
    'e3',
    '1.2.3',
    '0x10',
    'Infinity',
    'NaN',
    '1e999',
    '12 3',
  ])('refuses %j as unfinished, never NaN', (text) => {
    expect(parseNumberText(text, { required: true })).toEqual({ ok: false, error: 'not_a_number' })
  })

  it('tells an empty required field from an empty optional one', () => {
    expect(parseNumberText('  ', { required: true })).toEqual({ ok: false, error: 'empty' })
    expect(parseNumberText('', { required: false })).toEqual({ ok: true, value: undefined })
  })

  it('checks bounds when given', () => {
    expect(parseNumberText('1.5', { required: true, min: 0, max: 1 })).toEqual({
      ok: false,
      error: 'out_of_range',
    })
    expect(parseNumberText('1', { required: true, min: 0, max: 1 })).toEqual({ ok: true, value: 1 })
  })
})

describe('formatNumberText', () => {
  it('writes numbers that read back exactly', () => {
    for (const value of [0, 0.1 + 0.2, -12.5, 1e21, 123456789]) {
      expect(parseNumberText(formatNumberText(value), { required: true })).toEqual({
        ok: true,
        value,
      })
    }
    expect(formatNumberText(undefined)).toBe('')
  })
})

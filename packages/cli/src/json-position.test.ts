import { describe, expect, it } from 'vitest'
import { findJsonErrorOffset, lineColumn } from './json-position'

/** Where V8 puts the error, when its message says so. */
const v8Offset = (text: string) => {
  try {
    JSON.parse(text)
  } catch (error) {
    const position = /at position (\d+)/.exec((error as Error).message)?.[1]
    return position === undefined ? undefined : Number(position)
  }
  throw new Error(`${text} is valid JSON`)
}

describe('findJsonErrorOffset', () => {
  it.each([
    '{"a":1,}',
    '{\n  "a": 1\n  "b": 2\n}',
    '[1,2',
    '[1 2]',
    '{"a" 1}',
    '{a:1}',
    '{"a":"x\ny"}',
    '{"a":1} x',
    '[01]',
  ])('agrees with V8 where V8 gives a position: %j', (text) => {
    const expected = v8Offset(text)
    if (expected !== undefined) expect(findJsonErrorOffset(text)).toBe(expected)
  })

  it('finds what V8 reports without a position', () => {
    expect(findJsonErrorOffset('{"a": tru}')).toBe(6)
    expect(findJsonErrorOffset('{"a": [,]}')).toBe(7)
    expect(findJsonErrorOffset('{"a":')).toBe(5)
  })

  it('walks deep nesting without overflowing the stack', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(199_999)}`
    expect(findJsonErrorOffset(deep)).toBe(deep.length)
  })
})

describe('lineColumn', () => {
  it('counts lines and columns from 1', () => {
    expect(lineColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 })
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 })
  })
})

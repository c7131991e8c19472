/**
 * The offset of the first JSON syntax error in `text`, for the errors V8 reports without one
 * ("Unexpected token '}', …"). Iterative, so deep nesting cannot overflow the stack.
 */
export function findJsonErrorOffset(text: string): number {
  let at = 0
  const space = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at] as string)) at++
  }
  const literal = (word: string) => {
    if (!text.startsWith(word, at)) return false
    at += word.length
    return true
  }
  const scalar = (): boolean => {
    const char = text[at]
    if (char === '"') {
      for (at++; at < text.length; at++) {
        const c = text[at] as string
        if (c === '"') {
          at++
          return true
        }
        if (c < ' ') return false
        if (c === '\\') at++
      }
      return false
    }
    if (char === 't') return literal('true')
    if (char === 'f') return literal('false')
    if (char === 'n') return literal('null')
    const number = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(at, at + 400))
    if (number) at += number[0].length
    return number !== null
  }
  const key = () => {
    if (text[at] !== '"' || !scalar()) return false
    space()
    if (text[at] !== ':') return false
    at++
    return true
  }
  const open: string[] = []
  value: while (true) {
    space()
    const char = text[at]
    if (char === '{' || char === '[') {
      at++
      space()
      const close = char === '{' ? '}' : ']'
      if (text[at] === close) at++
      else {
        open.push(close)
        if (char === '{' && !key()) return at
        continue
      }
    } else if (!scalar()) return at
    // After a complete value: close containers, or a comma and the next entry.
    while (true) {
      space()
      const close = open.at(-1)
      if (close === undefined) break value
      if (text[at] === close) {
        at++
        open.pop()
        continue
      }
      if (text[at] !== ',') return at
      at++
      space()
      if (close === '}' && !key()) return at
      continue value
    }
  }
  return at
}

/** 1-based line and column of an offset in a text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let start = 0
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++
      start = i + 1
    }
  }
  return { line, column: offset - start + 1 }
}

import { describe, expect, it } from 'vitest'
import { expectNoPoisoning, watchGlobals } from './poisoning'

watchGlobals()

/** Runs the guard and returns its error message; the globals are restored before any `expect`. */
function guardMessage(): string | undefined {
  try {
    expectNoPoisoning()
    return undefined
  } catch (error) {
    return String(error)
  }
}

// The guard the parsing tests rely on must itself catch a touched prototype, and clean up after.
describe('expectNoPoisoning', () => {
  it('passes when no global changed', () => {
    expect(guardMessage()).toBeUndefined()
  })

  it('fails on a polluted Object.prototype and removes the pollution', () => {
    Object.defineProperty(Object.prototype, 'polluted', {
      value: true,
      configurable: true,
      writable: true,
    })
    expect(guardMessage()).toMatch(/Poisoning detected on .*Object\.prototype\.polluted/)
    expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false)
  })

  it('fails on a replaced built-in method and puts the original back', () => {
    const map = Array.prototype.map
    try {
      Array.prototype.map = function poisoned() {
        return []
      }
      const message = guardMessage()
      expect(message).toMatch(/Array\.prototype\.map/)
      expect(Array.prototype.map).toBe(map)
    } finally {
      Array.prototype.map = map
    }
  })

  it('fails on a new global and removes it', () => {
    Object.assign(globalThis, { leaked: 1 })
    expect(guardMessage()).toMatch(/leaked/)
    expect('leaked' in globalThis).toBe(false)
  })
})

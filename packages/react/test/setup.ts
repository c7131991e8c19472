import { afterEach, beforeEach, expect, vi } from 'vitest'

// Any React warning or console error fails the test that caused it: they are bugs, not noise.
let messages: string[] = []
beforeEach(() => {
  messages = []
  for (const method of ['error', 'warn'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      messages.push(`console.${method}: ${args.map(String).join(' ')}`)
    })
  }
})
afterEach(async () => {
  const { cleanup } = await import('@testing-library/react').catch(() => ({ cleanup: undefined }))
  cleanup?.()
  vi.restoreAllMocks()
  expect(messages, 'unexpected console output').toEqual([])
})

/** For tests that expect a warning: takes the console output collected so far. */
export function takeConsoleMessages(): string[] {
  const taken = messages
  messages = []
  return taken
}

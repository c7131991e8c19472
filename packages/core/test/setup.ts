import fc from 'fast-check'
import { afterEach, beforeEach, expect, vi } from 'vitest'

// Property tests: 1,000 runs each in CI, fewer locally; fast-check prints the seed on failure.
fc.configureGlobal({ numRuns: process.env.CI ? 1000 : 200 })

// Unexpected console output fails the test that caused it.
let messages: string[] = []
beforeEach(() => {
  messages = []
  for (const method of ['error', 'warn'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      messages.push(`console.${method}: ${args.map(String).join(' ')}`)
    })
  }
})
afterEach(() => {
  vi.restoreAllMocks()
  expect(messages, 'unexpected console output').toEqual([])
})

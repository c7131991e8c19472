import { afterEach, beforeEach, expect, vi } from 'vitest'

// A story that logs a React warning or a console error fails its test.
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
  expect(messages, 'the story logged to the console').toEqual([])
})

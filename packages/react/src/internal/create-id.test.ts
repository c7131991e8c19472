import { idSchema } from '@okrkit/core'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createId } from './create-id'

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('createId', () => {
  it('uses crypto.randomUUID where the runtime has it', () => {
    vi.stubGlobal('crypto', { randomUUID: () => '3b241101-e2bb-4255-8caf-4136c566a962' })
    expect(createId()).toBe('3b241101-e2bb-4255-8caf-4136c566a962')
  })

  // An insecure context (a page served over plain http) has `crypto` but no `randomUUID`.
  it.each([
    ['without randomUUID', {}],
    ['without crypto', undefined],
  ])('falls back to ids that are unique within the page %s', (_, crypto) => {
    vi.stubGlobal('crypto', crypto)
    const ids = Array.from({ length: 1_000 }, () => createId())
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) {
      expect(id).toMatch(/^okr-[0-9a-z]+-[0-9a-z]+-[0-9a-z]*$/)
      expect(idSchema.safeParse(id).success).toBe(true)
    }
  })
})

import { defineConfig } from 'vitest/config'
import { reporters } from '../../vitest.shared.ts'

export default defineConfig({
  test: {
    name: 'packaging',
    include: ['src/**/*.test.ts'],
    // Packing, type-checking and bundling run as subprocesses on a shared 2-core machine.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    reporters: reporters('packaging'),
  },
})

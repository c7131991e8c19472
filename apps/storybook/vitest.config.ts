import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin'
import { defineConfig } from 'vitest/config'
import { chromium, reporters } from '../../vitest.shared.ts'

const dirname = path.dirname(fileURLToPath(import.meta.url))

// Every story runs as a test in Chromium, with its play function and the axe check.
export default defineConfig({
  test: {
    reporters: reporters('storybook'),
    projects: [
      {
        extends: true,
        plugins: [storybookTest({ configDir: path.join(dirname, '.storybook') })],
        test: {
          name: 'storybook',
          browser: chromium,
          setupFiles: ['./.storybook/vitest.setup.ts'],
          // The 200-objective board runs axe over a thousand rows: slow on a shared 2-core machine.
          testTimeout: 120_000,
        },
      },
    ],
  },
})

import { defineConfig } from 'vitest/config'

const reportDir = process.env.TEST_REPORT_DIR

export default defineConfig({
  resolve: { conditions: ['@okrkit/source'] },
  test: {
    name: 'cli',
    include: ['src/**/*.test.ts'],
    // Every test runs the built binary as a subprocess, some several: generous for busy CI.
    testTimeout: 120_000,
    reporters: reportDir
      ? ['default', ['json', { outputFile: `${reportDir}/cli.json` }]]
      : ['default'],
  },
})

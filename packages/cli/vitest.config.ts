import { defineConfig } from 'vitest/config'

const reportDir = process.env.TEST_REPORT_DIR

export default defineConfig({
  resolve: { conditions: ['@okrkit/source'] },
  test: {
    name: 'cli',
    include: ['src/**/*.test.ts'],
    reporters: reportDir
      ? ['default', ['json', { outputFile: `${reportDir}/cli.json` }]]
      : ['default'],
  },
})

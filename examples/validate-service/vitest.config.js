import { defineConfig } from 'vitest/config'

const reportDir = process.env.TEST_REPORT_DIR

export default defineConfig({
  test: {
    name: 'example-validate-service',
    include: ['*.test.js'],
    // The test starts `node server.js` first: generous for busy CI machines.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: reportDir
      ? ['default', ['json', { outputFile: `${reportDir}/example-validate-service.json` }]]
      : ['default'],
  },
})

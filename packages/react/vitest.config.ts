import react from '@vitejs/plugin-react'
import { playwright } from '@vitest/browser-playwright'
import { defineConfig } from 'vitest/config'

const reportDir = process.env.TEST_REPORT_DIR

// Debian's Chromium: Playwright cannot download a browser here (see TOOLCHAIN.md).
const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--headless',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost',
  ],
}

export default defineConfig({
  plugins: [react()],
  // Read @okrkit/core from source in every environment (client, SSR, browser): no build needed.
  resolve: { conditions: ['@okrkit/source'] },
  ssr: { resolve: { conditions: ['@okrkit/source'], externalConditions: ['@okrkit/source'] } },
  test: {
    reporters: reportDir
      ? ['default', ['json', { outputFile: `${reportDir}/react.json` }]]
      : ['default'],
    projects: [
      {
        extends: true,
        test: {
          name: 'react',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}'],
          exclude: ['src/**/*.browser.test.tsx', 'src/**/*.ssr.test.tsx'],
          setupFiles: ['./test/setup.ts'],
          typecheck: { enabled: true, include: ['src/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
        },
      },
      {
        extends: true,
        test: {
          name: 'react-ssr',
          environment: 'node',
          include: ['src/**/*.ssr.test.tsx'],
          setupFiles: ['./test/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'react-browser',
          include: ['src/**/*.browser.test.tsx'],
          setupFiles: ['./test/setup.ts', './test/browser-setup.ts'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions }),
            instances: [{ browser: 'chromium' }],
            screenshotFailures: false,
          },
        },
      },
    ],
  },
})

import { playwright } from '@vitest/browser-playwright'

/**
 * Real-browser tests run in Debian's Chromium (Playwright cannot download a browser here); the
 * flags keep it from reaching for the network, which this machine does not have.
 */
export const chromium = {
  enabled: true,
  headless: true,
  provider: playwright({
    launchOptions: {
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
    },
  }),
  instances: [{ browser: 'chromium' as const }],
  screenshotFailures: false,
}

/** Vitest reporters: the console, plus a JSON report for `npm test`'s closing summary. */
export function reporters(
  name: string,
): ['default'] | ['default', ['json', { outputFile: string }]] {
  const dir = process.env.TEST_REPORT_DIR
  return dir ? ['default', ['json', { outputFile: `${dir}/${name}.json` }]] : ['default']
}

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

/** Coverage floors a package's test run must reach; `vitest run` fails below any of them. */
export interface CoverageFloors {
  lines?: number
  branches?: number
  functions?: number
  statements?: number
}

/**
 * V8 coverage of a package's library source, checked against its floors. Reports go to the
 * package's git-ignored `coverage/`: a short summary on the console and `coverage-summary.json`.
 * Type-only files are listed by name: they compile to nothing, so there is nothing to measure.
 * Off unless asked for: each package's `test` script runs the whole suite with `--coverage`, so a
 * run of one file or one project is not held to floors that only the whole suite can reach.
 */
export function coverage(floors: CoverageFloors, options: { typeOnlyFiles?: string[] } = {}) {
  return {
    enabled: false,
    provider: 'v8' as const,
    include: ['src/**/*.{ts,tsx}'],
    exclude: [
      'src/**/*.test.{ts,tsx}',
      'src/**/*.test-d.ts',
      'src/**/__fixtures__/**',
      'src/**/*.stories.tsx',
      'src/index.ts',
      ...(options.typeOnlyFiles ?? []),
    ],
    reportsDirectory: './coverage',
    reporter: ['text-summary', 'json-summary'],
    thresholds: floors,
  }
}

import { defineConfig } from 'vitest/config'
import { coverage, reporters } from '../../vitest.shared.ts'

/** Time zones the date logic must be correct in: the far west and east of the clock, a DST zone. */
const TIME_ZONES = [
  'UTC',
  'Etc/GMT+12',
  'Pacific/Kiritimati',
  'Asia/Kathmandu',
  'America/Sao_Paulo',
]

/** Tests that touch dates run once per time zone; the rest run once. */
const DATE_TESTS = ['src/periods/**/*.test.ts', 'src/status/**/*.test.ts', 'src/tz.test.ts']

export default defineConfig({
  resolve: { conditions: ['@okrkit/source'] },
  test: {
    reporters: reporters('core'),
    // One figure merged across the projects; the time-zone ones re-run the date tests.
    coverage: coverage(
      { lines: 95, branches: 90 },
      {
        typeOnlyFiles: [
          'src/issue.ts',
          'src/lint/lint-rule.ts',
          'src/lint/lexicon/key-result-lexicon.ts',
        ],
      },
    ),
    // Property tests run 1,000 cases each in CI on a shared 2-core machine.
    testTimeout: 60_000,
    setupFiles: ['./test/setup.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'core',
          include: ['src/**/*.test.ts'],
          exclude: ['src/tz.test.ts'],
          typecheck: {
            enabled: true,
            include: ['src/**/*.test-d.ts'],
            tsconfig: './tsconfig.json',
          },
        },
      },
      ...TIME_ZONES.map((tz) => ({
        extends: true as const,
        test: {
          name: `core TZ=${tz}`,
          include: DATE_TESTS,
          env: { TZ: tz },
          pool: 'forks' as const,
        },
      })),
    ],
  },
})

import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'
import { chromium, coverage, reporters } from '../../vitest.shared.ts'

export default defineConfig({
  plugins: [react()],
  // Read @okrkit/core from source in every environment (client, SSR, browser): no build needed.
  resolve: { conditions: ['@okrkit/source'] },
  ssr: { resolve: { conditions: ['@okrkit/source'], externalConditions: ['@okrkit/source'] } },
  test: {
    reporters: reporters('react'),
    // Merged across the projects, the real-browser ones included: v8 coverage works in Chromium.
    coverage: coverage({ lines: 90 }),
    projects: [
      {
        extends: true,
        test: {
          name: 'react',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}'],
          exclude: ['src/**/*.browser.test.tsx', 'src/**/*.ssr.test.tsx'],
          setupFiles: ['./test/setup.ts'],
          typecheck: {
            enabled: true,
            include: ['src/**/*.test-d.ts'],
            tsconfig: './tsconfig.json',
          },
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
          browser: chromium,
        },
      },
      {
        // UI budgets in real Chromium (issue #7): medians and ratios within one run, so they hold
        // on a busy machine. After every other project (groupOrder) and one file at a time, so
        // they do not compete with the rest of the suite for the CPU.
        extends: true,
        test: {
          name: 'react-bench',
          include: ['bench/**/*.bench.browser.test.tsx'],
          setupFiles: ['./test/setup.ts', './test/browser-setup.ts'],
          // Its own instance object: Vitest names an instance after the first project using it.
          browser: { ...chromium, instances: [{ browser: 'chromium' as const }] },
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
})

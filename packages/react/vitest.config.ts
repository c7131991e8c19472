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
          // With the UI budgets that count renders (issue #7): <Profiler> onRender needs React's
          // development build. The timed budgets run on the production build, in a run of their
          // own: vitest.bench.config.ts.
          include: ['src/**/*.browser.test.tsx', 'bench/**/*.profiler.browser.test.tsx'],
          setupFiles: ['./test/setup.ts', './test/browser-setup.ts'],
          browser: chromium,
        },
      },
    ],
  },
})

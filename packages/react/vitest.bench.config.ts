import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'
import { chromium, reporters } from '../../vitest.shared.ts'

// The timed UI budgets (issue #7) in real Chromium, on React's production build: the build users
// ship, not the development build every other test runs on (where checks on each element make
// interactions several times slower). A run of its own: `vitest run -c vitest.bench.config.ts`.
// In one run with the other projects, production settings leak into them. bench/setup.ts makes
// sure the page really runs the production build before any bench file.
// Render counts need <Profiler> onRender, which production React never calls: those budgets
// (bench/*.profiler.browser.test.tsx) run in vitest.config.ts's react-browser project.
const PRODUCTION = JSON.stringify('production')

export default defineConfig({
  plugins: [react()],
  // Read @okrkit/core from source, as the other tests do: no build needed.
  resolve: { conditions: ['@okrkit/source'] },
  // `process.env.NODE_ENV` and `import.meta.env.PROD` as in a production bundle (Vitest keeps
  // `import.meta.env.MODE` at 'test' whatever `mode` says).
  define: { 'process.env.NODE_ENV': PRODUCTION },
  // The JSX of the benches and the kit calls `jsx`, not the development runtime's `jsxDEV`,
  // which React's production build does not have.
  oxc: { jsx: { development: false } },
  // React and react-dom are CommonJS that pick their build by `process.env.NODE_ENV`, replaced
  // when Vite pre-bundles them. Their cache is this project's own (named after it).
  optimizeDeps: {
    rolldownOptions: { transform: { define: { 'process.env.NODE_ENV': PRODUCTION } } },
  },
  test: {
    name: 'react-bench',
    include: ['bench/**/*.bench.browser.test.tsx'],
    setupFiles: ['./test/setup.ts', './test/browser-setup.ts', './bench/setup.ts'],
    browser: chromium,
    // One file at a time, so the benches do not compete with each other for the CPU.
    fileParallelism: false,
    reporters: reporters('react-bench'),
    // Timings, not coverage: instrumented code would be slower than what users run.
    coverage: { enabled: false },
  },
})

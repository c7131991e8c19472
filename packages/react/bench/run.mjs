// `npm run bench`: the UI budgets of issue #7 and their figures. Runs the render counts (in the
// react-browser project: <Profiler> needs React's development build) and the timed benches
// (vitest.bench.config.ts: React's production build), then prints every figure, also when a
// budget failed, and exits with a failure if either run failed. Arguments go to both runs.
import { spawnSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..')
const resultsDir = join(packageDir, '../../.bench-results/react-bench')
const vitestPackage = createRequire(import.meta.url).resolve('vitest/package.json')
const vitest = join(dirname(vitestPackage), 'vitest.mjs')
const args = process.argv.slice(2)

const run = (command, commandArgs, env = process.env) =>
  spawnSync(command, commandArgs, { cwd: packageDir, stdio: 'inherit', env }).status ?? 1

// The render counts are part of `vitest run` (npm test) too: their JSON report would replace
// that run's react.json in TEST_REPORT_DIR, so this run writes none. The timed benches report
// as react-bench.json.
const { TEST_REPORT_DIR: _reportDir, ...countsEnv } = process.env

// No figures of an earlier run: a bench that fails before writing its own shows as missing.
rmSync(resultsDir, { recursive: true, force: true })
const counts = run(
  process.execPath,
  [vitest, 'run', '--project', 'react-browser', 'bench/', ...args],
  countsEnv,
)
const timings = run(process.execPath, [vitest, 'run', '-c', 'vitest.bench.config.ts', ...args])
const printed = run(process.execPath, [join(packageDir, 'bench/print.mjs')])
process.exit(counts || timings || printed)

// Runs every check turbo knows (build, package lint, types, tests, then the benchmarks) and
// ends with one plain "N passed, N failed" line summed from the JSON reports, which CI reads.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const reportDir = join(root, '.test-reports')
rmSync(reportDir, { recursive: true, force: true })
mkdirSync(reportDir, { recursive: true })

// Format and lint rules (Biome) first: quick, and a failure is reported without hiding the tests.
const biome = spawnSync(join(root, 'node_modules', '.bin', 'biome'), ['ci', '.'], {
  cwd: root,
  stdio: 'inherit',
})

const turbo = spawnSync(
  join(root, 'node_modules', '.bin', 'turbo'),
  [
    'run',
    'build',
    'lint',
    'test:types',
    'test',
    '--continue',
    '--output-logs=new-only',
    ...process.argv.slice(2),
  ],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, TEST_REPORT_DIR: reportDir, TURBO_TELEMETRY_DISABLED: '1' },
  },
)

// Benchmarks last and one at a time, on an otherwise idle machine: their budgets are ratios
// and medians, but two cores shared with the rest of the suite would still blur them.
const bench = spawnSync(
  join(root, 'node_modules', '.bin', 'turbo'),
  ['run', 'bench', '--concurrency=1', '--continue', '--output-logs=new-only'],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, TEST_REPORT_DIR: reportDir, TURBO_TELEMETRY_DISABLED: '1' },
  },
)

let passed = 0
let failed = 0
let suites = 0
for (const file of readdirSync(reportDir).filter((f) => f.endsWith('.json'))) {
  const report = JSON.parse(readFileSync(join(reportDir, file), 'utf8'))
  passed += report.numPassedTests
  failed += report.numFailedTests
  suites++
}
const status = (turbo.status ?? 1) || (biome.status ?? 1) || (bench.status ?? 1)
if (suites === 0) {
  console.error('No test report was written: the tests did not run.')
  failed++
}
console.log(`\n${passed} passed, ${failed} failed`)
process.exit(status !== 0 ? status : failed > 0 ? 1 : 0)

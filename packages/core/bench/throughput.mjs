// Core throughput as ratios measured in one process, so machine noise cancels out:
//  - parseOkrDocument + lintOkrSet + rollUp of a document vs JSON.parse of its text (budget ≤ 5×)
//  - the same work at 50,000 KRs vs 5,000 KRs (budget ≤ 12×: no quadratic path)
// Each sample times the pipeline and JSON.parse back to back, so a busy moment slows both; the
// figure is the median of those paired ratios. Exits 1 when a figure misses its budget by more
// than the noise margin.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { lintOkrSet, parseOkrDocument, rollUp } from '@okrkit/core'
import { generateDocument } from './generate-document.mjs'

// The same build measured 4.5–6.6× at 10,000 KRs across runs on this shared 2-core machine (the
// pipeline's parallel GC suffers more from other load than JSON.parse does): a wider margin than
// the UI benches' 15 %, so CI catches regressions rather than busy moments.
const NOISE_MARGIN = 1.3
const SCALE = Number(process.env.BENCH_SCALE ?? 1)

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

// With --expose-gc each sample starts from a collected heap, so one sample's garbage is not
// collected during the next (at 50,000 KRs that made JSON.parse alone scale 60× for 10× data).
const collect = globalThis.gc ?? (() => {})

function elapsed(run) {
  collect()
  const start = performance.now()
  run()
  return performance.now() - start
}

function pipeline(input) {
  const parsed = parseOkrDocument(input)
  if (!parsed.success) {
    throw new Error(`generated document is invalid: ${parsed.issues[0]?.message}`)
  }
  lintOkrSet(parsed.data)
  rollUp(parsed.data)
}

/** A generated document of `keyResults` KRs: its JSON text and the object parsed from it. */
function prepare(keyResults) {
  const text = JSON.stringify(generateDocument(keyResults))
  // The pipeline reads a parsed object, as a service does after its framework parsed the body.
  return { text, input: JSON.parse(text) }
}

/** Paired samples of the pipeline and of JSON.parse on one document, after warm-up runs. */
function measure({ text, input }, repetitions) {
  // Warm up for at least a second, so the JIT has optimised the pipeline before a sample counts
  // (three runs of a small document left the 1,000-KR figure at twice its warm value).
  const warmUntil = performance.now() + 1_000
  for (let i = 0; i < 3 || performance.now() < warmUntil; i++) {
    pipeline(input)
    JSON.parse(text)
  }
  const okr = []
  const json = []
  for (let i = 0; i < repetitions; i++) {
    okr.push(elapsed(() => pipeline(input)))
    json.push(elapsed(() => JSON.parse(text)))
  }
  return {
    megabytes: text.length / 1e6,
    okrMs: median(okr),
    jsonMs: median(json),
    ratio: median(okr.map((ms, i) => ms / json[i])),
  }
}

/**
 * Paired samples of the pipeline on a small and a large document, back to back, so a busy
 * moment slows both sides of each ratio (medians taken minutes apart gave 4.9–15.1× here).
 */
function measureScaling(small, large, repetitions) {
  const ratios = []
  for (let i = 0; i < repetitions; i++) {
    const smallMs = elapsed(() => pipeline(small.input))
    ratios.push(elapsed(() => pipeline(large.input)) / smallMs)
  }
  return median(ratios)
}

// Each document is generated just before it is measured: a large live heap (the 50,000-KR
// document is ~0.5 GB) slows JSON.parse of a small one 2–3×, which would flatter its ratio.
const runs = {
  1000: measure(prepare(1_000), Math.round(31 * SCALE)),
  10000: measure(prepare(10_000), Math.round(11 * SCALE)),
}
const small = prepare(5_000)
runs[5000] = measure(small, Math.round(15 * SCALE))
const large = prepare(50_000)
runs[50000] = measure(large, Math.max(3, Math.round(5 * SCALE)))
const scaling = measureScaling(small, large, Math.max(3, Math.round(7 * SCALE)))

// Issue #7's goal, 5× at every size, is enforced at each. At 1,000 KRs the JSON.parse it divides
// by takes only 4–9 ms, the noisiest denominator here: it measured 2.5–4.0× across runs on this
// shared 2-core machine (5.8–10.1× before parsing used zod's compiled fast path).
const BUDGETS = { 1000: 5, 10000: 5, 50000: 5 }

const rows = [1_000, 10_000, 50_000].map((size) => ({
  check: `parse+lint+rollUp / JSON.parse, ${size.toLocaleString('en')} KRs`,
  value: runs[size].ratio,
  budget: BUDGETS[size],
  goal: 5,
  detail: `${runs[size].okrMs.toFixed(0)} ms vs ${runs[size].jsonMs.toFixed(0)} ms, ${runs[size].megabytes.toFixed(1)} MB`,
}))
rows.push({
  check: 'scaling 5,000 → 50,000 KRs (10× the data)',
  value: scaling,
  budget: 12,
  detail: `medians ${runs[5_000].okrMs.toFixed(0)} ms → ${runs[50_000].okrMs.toFixed(0)} ms`,
})

let failed = 0
let checked = 0
console.log(`core throughput (medians of paired samples, Node ${process.version})`)
for (const row of rows) {
  const enforced = row.budget !== undefined
  row.ok = enforced ? row.value <= row.budget * NOISE_MARGIN : undefined
  if (enforced) checked++
  if (row.ok === false) failed++
  const verdict = !enforced ? 'info' : row.ok ? 'ok  ' : 'FAIL'
  const limit = enforced ? `budget ${row.budget}×` : `goal ${row.goal}× (not enforced)`
  console.log(
    `${verdict} ${row.check.padEnd(46)} ${row.value.toFixed(2).padStart(6)}× / ${limit}  (${row.detail})`,
  )
}
// Under `npm test` each enforced figure counts as a test in the closing "N passed, N failed" line.
const reportDir = process.env.TEST_REPORT_DIR
if (reportDir) {
  const report = { numPassedTests: checked - failed, numFailedTests: failed, rows }
  writeFileSync(join(reportDir, 'core-bench.json'), `${JSON.stringify(report, null, 2)}\n`)
}
process.exitCode = failed > 0 ? 1 : 0

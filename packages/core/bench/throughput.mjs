// Core throughput as ratios measured in one process, so machine noise cancels out:
//  - parse + lint + roll-up of a document vs JSON.parse of the same text (budget ≤ 5×)
//  - the same pipeline at 50,000 KRs vs 5,000 KRs (budget ≤ 12×: no quadratic path)
// Exits 1 when a ratio misses its budget by more than the noise margin.
import { lintOkrSet, parseOkrDocument, rollUp } from '@okrkit/core'
import { generateDocument } from './generate-document.mjs'

const NOISE_MARGIN = 1.15
const REPETITIONS = Number(process.env.BENCH_REPETITIONS ?? 7)

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

/** Median wall time of `run`, after one warm-up. */
function time(run, repetitions = REPETITIONS) {
  run()
  const samples = []
  for (let i = 0; i < repetitions; i++) {
    const start = performance.now()
    run()
    samples.push(performance.now() - start)
  }
  return median(samples)
}

function pipeline(text) {
  const parsed = parseOkrDocument(JSON.parse(text))
  if (!parsed.success)
    throw new Error(`generated document is invalid: ${parsed.issues[0]?.message}`)
  lintOkrSet(parsed.data)
  rollUp(parsed.data)
}

const rows = []
const pipelineMs = new Map()
for (const size of [1_000, 5_000, 10_000, 50_000]) {
  const text = JSON.stringify(generateDocument(size))
  const reps = size >= 50_000 ? Math.max(3, Math.ceil(REPETITIONS / 2)) : REPETITIONS
  const jsonMs = time(() => JSON.parse(text), reps)
  const okrMs = time(() => pipeline(text), reps)
  pipelineMs.set(size, okrMs)
  if (size !== 5_000) {
    rows.push({
      check: `parse+lint+rollUp / JSON.parse, ${size.toLocaleString('en')} KRs`,
      value: okrMs / jsonMs,
      budget: 5,
      detail: `${okrMs.toFixed(0)} ms vs ${jsonMs.toFixed(0)} ms, ${(text.length / 1e6).toFixed(1)} MB`,
    })
  }
}
rows.push({
  check: 'scaling 5,000 → 50,000 KRs (10× the data)',
  value: pipelineMs.get(50_000) / pipelineMs.get(5_000),
  budget: 12,
  detail: `${pipelineMs.get(5_000).toFixed(0)} ms → ${pipelineMs.get(50_000).toFixed(0)} ms`,
})

let failed = 0
console.log(`core throughput (median of ${REPETITIONS}, Node ${process.version})`)
for (const row of rows) {
  const ok = row.value <= row.budget * NOISE_MARGIN
  if (!ok) failed++
  console.log(
    `${ok ? 'ok  ' : 'FAIL'} ${row.check.padEnd(52)} ${row.value.toFixed(2).padStart(6)}× / budget ${row.budget}×  (${row.detail})`,
  )
}
process.exitCode = failed > 0 ? 1 : 0

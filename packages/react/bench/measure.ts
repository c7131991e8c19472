// Timing helpers for the UI budgets. The machines these run on are shared and busy, so a figure
// is never one run: it is a median over repetitions after warm-up runs, or the median ratio of
// paired runs in the same page, and a budget passes within a noise margin. The timed benches run
// React's production build, as users ship it (vitest.bench.config.ts): the development build
// checks and records each element it creates, and interactions cost several times as much there.
// Production React has no `act`, so these helpers commit with `flushSync` instead.
import type { ReactNode } from 'react'
import { flushSync } from 'react-dom'
import { createRoot, type Root } from 'react-dom/client'
import { cdp, commands } from 'vitest/browser'

/**
 * How far over its budget a figure may land before the test fails: one run on a busy two-core
 * machine swings medians by about this much. The printed verdict is still "over" beyond 1.0.
 */
export const NOISE_MARGIN = 0.15

/** Runs before the measured ones, so the JIT, style caches and lazy modules are warm. */
export const WARM_UP_RUNS = 3
/** Measured repetitions: an odd number, so the median is one of the runs. */
export const REPETITIONS = 11

/** One measured figure against its budget, as the bench report prints it. */
export interface BenchFigure {
  /** What was measured, in words. */
  name: string
  /** The figure and its budget, in the same unit. */
  value: number
  budget: number
  unit: 'ms' | '×' | 'rows'
  /** How many measured repetitions the figure is a median of (1 for a count). */
  repetitions: number
  /** The raw numbers behind it, e.g. both medians of a ratio. */
  details?: string
}

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
}

/**
 * Runs `interaction` (a click, a `root.render`) and has React commit what it scheduled before
 * returning, as `act` would in the development build.
 */
export function commit(interaction: () => void): void {
  flushSync(interaction)
}

/** A React root in a container on the page. */
export interface Mounted {
  container: HTMLElement
  root: Root
  /** Unmounts the root and takes its container off the page. */
  unmount: () => void
}

const mounted = new Set<Mounted>()

/** Renders `element` into a new container on the page, committed when this returns. */
export function mount(element: ReactNode): Mounted {
  const container = document.createElement('div')
  document.body.append(container)
  const root = createRoot(container)
  const handle: Mounted = {
    container,
    root,
    unmount: () => {
      if (!mounted.delete(handle)) return
      root.unmount()
      container.remove()
    },
  }
  mounted.add(handle)
  commit(() => root.render(element))
  return handle
}

/** Unmounts whatever `mount` left on the page; the bench setup calls it after each test. */
export function unmountAll(): void {
  for (const handle of [...mounted]) handle.unmount()
}

/** Lets the browser run what it queued (timers, idle GC) before the next timed run. */
export const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

/** Durations (ms) of the measured runs. */
export interface Timings {
  /** `performance.now()` from the start of the interaction until React has committed it. */
  commit: number[]
  /** Then until the browser has laid the page out (forced), as a reader would wait for. */
  layout: number[]
  /**
   * The main thread's CPU time (Chromium's `ThreadTime`) over both and what the browser does
   * straight after (paint, GC): the work itself, without the time the page waited for a core
   * that other processes held. When it is close to the clock times, the machine was not the cause.
   */
  cpu: number[]
}

/** Forces style and layout, so the browser does now what it would do before the next paint. */
export function forceLayout(element: HTMLElement): void {
  void element.offsetHeight
}

/**
 * Times `run` (which must commit synchronously: wrap it in `commit`) `WARM_UP_RUNS + REPETITIONS`
 * times, and the layout of `element` after it. `prepare` runs untimed before each run, e.g. to
 * reset the state the interaction changes.
 */
export async function sample(
  element: HTMLElement,
  run: () => void,
  prepare: () => void = () => undefined,
): Promise<Timings> {
  const session = cdp()
  await session.send('Performance.enable', { timeDomain: 'threadTicks' })
  const threadMs = async () => {
    const { metrics } = await session.send('Performance.getMetrics')
    const metric = metrics.find((m) => m.name === 'ThreadTime')
    if (!metric) throw new Error('Chromium reported no ThreadTime metric.')
    return metric.value * 1000
  }
  const timings: Timings = { commit: [], layout: [], cpu: [] }
  const overheads: number[] = []
  for (let i = 0; i < WARM_UP_RUNS + REPETITIONS; i++) {
    prepare()
    forceLayout(element)
    await settle()
    // Asking for the metric costs the main thread a little too: measured, then taken off.
    const before = await threadMs()
    const cpuStart = await threadMs()
    const start = performance.now()
    run()
    const committed = performance.now()
    forceLayout(element)
    const laidOut = performance.now()
    const cpu = (await threadMs()) - cpuStart
    if (i < WARM_UP_RUNS) continue
    overheads.push(cpuStart - before)
    timings.commit.push(committed - start)
    timings.layout.push(laidOut - committed)
    timings.cpu.push(cpu)
  }
  const overhead = median(overheads)
  timings.cpu = timings.cpu.map((cpu) => Math.max(0, cpu - overhead))
  return timings
}

/** The numbers behind a figure, for its details. */
export function describeTimings(timings: Timings): string {
  const runs = timings.commit.map((ms) => ms.toFixed(0)).join(', ')
  return [
    `then layout ${median(timings.layout).toFixed(1)} ms`,
    `main-thread CPU ${median(timings.cpu).toFixed(1)} ms`,
    `runs ${runs} ms`,
  ].join('; ')
}

const formatValue = (value: number, unit: BenchFigure['unit']) =>
  unit === 'ms' ? `${value.toFixed(1)} ms` : unit === '×' ? `${value.toFixed(2)}×` : `${value}`

/** `figure  budget  ratio  ok/over`, the line the bench report prints for a figure. */
export function formatFigure(figure: BenchFigure): string {
  const ratio = figure.value / figure.budget
  return [
    figure.name,
    formatValue(figure.value, figure.unit),
    `budget ${formatValue(figure.budget, figure.unit)}`,
    ratio.toFixed(2),
    ratio <= 1 ? 'ok' : 'over',
  ].join('  ')
}

/**
 * Collects a file's figures and writes them to `.bench-results/react-bench/<file>.json` at the
 * repository root, where `bench/print.mjs` reads them: tests may not print to the console.
 */
export function benchReport(file: string) {
  const figures: BenchFigure[] = []
  return {
    /** Records a figure and annotates the test with its line. */
    async add(figure: BenchFigure, annotate: (message: string) => Promise<unknown>) {
      figures.push(figure)
      await annotate(formatFigure(figure))
    },
    /** Writes the figures recorded so far; call it in `afterAll`. */
    async write() {
      const json = JSON.stringify({ file, writtenAt: new Date().toISOString(), figures }, null, 2)
      // Paths are relative to the project root, packages/react.
      await commands.writeFile(`../../.bench-results/react-bench/${file}.json`, `${json}\n`)
    },
  }
}

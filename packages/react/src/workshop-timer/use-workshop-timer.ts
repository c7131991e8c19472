import { type LocalizedText, OkrError, playbookSteps } from '@okrkit/core'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useControllableState } from '../internal/use-controllable-state'
import { useOkrI18n } from '../provider/use-okr-context'

/** A step of a facilitated session: the play's `PlaybookStep`, or a host's own in plain text. */
export interface WorkshopStep {
  /** Stable id, e.g. for analytics or a docs anchor. */
  id: string
  /** The time planned for the step. */
  minutes: number
  /** The step's name, in every locale or as plain text. */
  title: LocalizedText | string
  /** What the facilitator does in the step. */
  summary?: LocalizedText | string | undefined
}

/** A step with its text in the current locale. */
export interface ResolvedWorkshopStep {
  id: string
  index: number
  minutes: number
  durationMs: number
  title: string
  summary: string | undefined
}

/**
 * Where the session is: serialisable, so a host can keep it (even across reloads, with the
 * default `Date.now` clock). It changes only on actions, never on every tick.
 */
export interface WorkshopTimerState {
  /** The current step; `steps.length` once the agenda is finished. */
  stepIndex: number
  /** Time spent on the current step before the current run, in milliseconds. */
  elapsedMs: number
  /** The clock reading when the current run began; `null` while paused or not started. */
  runningSince: number | null
}

/** Not started: the first step, nothing elapsed. */
export const INITIAL_WORKSHOP_TIMER_STATE: WorkshopTimerState = Object.freeze({
  stepIndex: 0,
  elapsedMs: 0,
  runningSince: null,
})

/** `idle` before the first start, then `running` / `paused`, and `finished` after the last step. */
export type WorkshopTimerPhase = 'idle' | 'running' | 'paused' | 'finished'

export interface UseWorkshopTimerParams {
  /** The agenda. Default: the OKR play's `playbookSteps`. */
  steps?: readonly WorkshopStep[] | undefined
  /** The controlled state. */
  state?: WorkshopTimerState | undefined
  /** The initial state when uncontrolled. Default: not started. */
  defaultState?: WorkshopTimerState | undefined
  /** Called on every action (start, pause, step change, reset), not on every tick. */
  onStateChange?: ((state: WorkshopTimerState) => void) | undefined
  /**
   * Called when an action or `autoAdvance` changes the current step; `step` is `undefined` once
   * the agenda is finished.
   */
  onStepChange?: ((stepIndex: number, step: ResolvedWorkshopStep | undefined) => void) | undefined
  /** Called once when a running step's time is up, e.g. to play a sound. */
  onTimeUp?: ((stepIndex: number, step: ResolvedWorkshopStep) => void) | undefined
  /** Move on by itself when a step's time is up. Default `false`: the step runs over. */
  autoAdvance?: boolean | undefined
  /** Returns the time in ms; read only in effects and event handlers. Default `Date.now`. */
  clock?: (() => number) | undefined
}

export interface UseWorkshopTimerResult {
  state: WorkshopTimerState
  phase: WorkshopTimerPhase
  steps: readonly ResolvedWorkshopStep[]
  /** The current step; `undefined` once finished. */
  step: ResolvedWorkshopStep | undefined
  /** The step after the current one, if any. */
  nextStep: ResolvedWorkshopStep | undefined
  /** Time spent on the current step, as of the latest tick. */
  elapsedMs: number
  /** Time left on the current step; negative when it runs over. */
  remainingMs: number
  /** The current step has used up its time. */
  overtime: boolean
  /** Planned time of the whole agenda. */
  agendaMs: number
  /** Planned time of the steps done plus the current step's time used (capped at its plan). */
  agendaElapsedMs: number
  /** Starts, or resumes after a pause. */
  start: () => void
  pause: () => void
  /** Starts or resumes when stopped, pauses when running. */
  toggle: () => void
  /** Moves to the next step (or finishes after the last), keeping the clock running or not. */
  next: () => void
  /** Moves to the previous step (or back from finished to the last one). */
  previous: () => void
  /** Moves to a step by index, with its clock at zero. */
  goTo: (stepIndex: number) => void
  /** Back to the first step, not started. */
  reset: () => void
}

function text(value: LocalizedText | string, locale: keyof LocalizedText): string {
  return typeof value === 'string' ? value : value[locale]
}

const defaultClock = () => Date.now()

/**
 * The state machine of a facilitated session run step by step against the clock: start, pause,
 * resume, next, previous, reset, with the time left on each step. Time is read from `clock` only
 * in effects and event handlers, so rendering stays pure and SSR-safe.
 *
 * @example
 * const timer = useWorkshopTimer({ onStepChange: (i) => console.log('step', i) })
 * timer.start()
 * timer.remainingMs // 600000 on the play's 10-minute first step
 */
export function useWorkshopTimer({
  steps: stepsProp = playbookSteps,
  state: stateProp,
  defaultState = INITIAL_WORKSHOP_TIMER_STATE,
  onStateChange,
  onStepChange,
  onTimeUp,
  autoAdvance = false,
  clock = defaultClock,
}: UseWorkshopTimerParams = {}): UseWorkshopTimerResult {
  const { locale } = useOkrI18n()
  const steps = useMemo(
    () =>
      stepsProp.map(
        (step, index): ResolvedWorkshopStep => ({
          id: step.id,
          index,
          minutes: step.minutes,
          durationMs: Math.round(step.minutes * 60_000),
          title: text(step.title, locale),
          summary: step.summary === undefined ? undefined : text(step.summary, locale),
        }),
      ),
    [stepsProp, locale],
  )

  const [rawState, setState] = useControllableState({
    value: stateProp,
    defaultValue: defaultState,
    onChange: onStateChange,
    name: 'WorkshopTimer',
  })
  const stepIndex = Math.min(Math.max(0, Math.trunc(rawState.stepIndex) || 0), steps.length)
  const state: WorkshopTimerState =
    stepIndex === rawState.stepIndex ? rawState : { ...rawState, stepIndex }
  const { elapsedMs: storedMs, runningSince } = state
  const finished = stepIndex === steps.length
  const running = runningSince !== null && !finished

  // The clock as of the latest tick; null until mounted, so the server and the first client
  // render agree.
  const [now, setNow] = useState<number | null>(null)
  const elapsedAt = useCallback(
    (at: number | null) =>
      storedMs + (running && at !== null ? Math.max(0, at - (runningSince as number)) : 0),
    [storedMs, running, runningSince],
  )
  const elapsedMs = elapsedAt(now)
  const step = steps[stepIndex]
  const durationMs = step?.durationMs ?? 0
  const remainingMs = durationMs - elapsedMs
  const overtime = step !== undefined && remainingMs <= 0 && elapsedMs > 0
  const agendaMs = steps.reduce((sum, s) => sum + s.durationMs, 0)
  const agendaElapsedMs = finished
    ? agendaMs
    : steps.slice(0, stepIndex).reduce((sum, s) => sum + s.durationMs, 0) +
      Math.min(elapsedMs, durationMs)

  const clockRef = useRef(clock)
  clockRef.current = clock
  const callbacks = useRef({ onStepChange, onTimeUp })
  callbacks.current = { onStepChange, onTimeUp }
  // The latest state, so that several actions in one event build on each other.
  const latest = useRef(state)
  latest.current = state

  const commit = useCallback(
    (next: WorkshopTimerState) => {
      const previousIndex = latest.current.stepIndex
      latest.current = next
      setState(next)
      if (next.stepIndex !== previousIndex) {
        callbacks.current.onStepChange?.(next.stepIndex, steps[next.stepIndex])
      }
    },
    [setState, steps],
  )

  const elapsedOf = useCallback(
    (s: WorkshopTimerState, at: number) =>
      s.elapsedMs + (s.runningSince === null ? 0 : Math.max(0, at - s.runningSince)),
    [],
  )

  const start = useCallback(() => {
    const s = latest.current
    if (s.runningSince !== null || s.stepIndex >= steps.length) return
    const at = clockRef.current()
    setNow(at)
    commit({ ...s, runningSince: at })
  }, [commit, steps.length])

  const pause = useCallback(() => {
    const s = latest.current
    if (s.runningSince === null) return
    const at = clockRef.current()
    setNow(at)
    commit({ ...s, elapsedMs: elapsedOf(s, at), runningSince: null })
  }, [commit, elapsedOf])

  const toggle = useCallback(() => {
    if (latest.current.runningSince === null) start()
    else pause()
  }, [start, pause])

  const goTo = useCallback(
    (index: number) => {
      const s = latest.current
      const target = Math.min(Math.max(0, Math.trunc(index)), steps.length)
      if (target === s.stepIndex) return
      const keepRunning = s.runningSince !== null && target < steps.length
      const at = clockRef.current()
      setNow(at)
      commit({ stepIndex: target, elapsedMs: 0, runningSince: keepRunning ? at : null })
    },
    [commit, steps.length],
  )

  const next = useCallback(() => goTo(latest.current.stepIndex + 1), [goTo])
  const previous = useCallback(() => {
    if (latest.current.stepIndex > 0) goTo(latest.current.stepIndex - 1)
  }, [goTo])
  const reset = useCallback(() => {
    const s = latest.current
    if (s.stepIndex === 0 && s.elapsedMs === 0 && s.runningSince === null) return
    commit(INITIAL_WORKSHOP_TIMER_STATE)
  }, [commit])

  // Tick at each whole second of the step's elapsed time, reading the clock afresh every time,
  // so that late timers never make the display drift.
  useEffect(() => {
    if (!running) return
    const delay = now === null ? 0 : 1000 - (elapsedAt(now) % 1000)
    const id = setTimeout(() => setNow(clockRef.current()), delay)
    return () => clearTimeout(id)
  }, [running, now, elapsedAt])

  // When a running step's time is up: tell the host once, and move on if asked to.
  const lastSeen = useRef({ stepIndex, overtime })
  useEffect(() => {
    const seen = lastSeen.current
    lastSeen.current = { stepIndex, overtime }
    const already = seen.stepIndex === stepIndex && seen.overtime
    if (!overtime || already || !running || step === undefined || now === null) return
    callbacks.current.onTimeUp?.(step.index, step)
    if (!autoAdvance) return
    // The next step starts when this one ended, not when the tick noticed; after a long pause in
    // ticking (a sleeping laptop) this catches up over every step that has run out meanwhile.
    let overshoot = elapsedAt(now) - step.durationMs
    let nextIndex = step.index + 1
    for (
      let next = steps[nextIndex];
      next && overshoot >= next.durationMs;
      next = steps[nextIndex]
    ) {
      overshoot -= next.durationMs
      nextIndex += 1
    }
    commit(
      nextIndex < steps.length
        ? { stepIndex: nextIndex, elapsedMs: 0, runningSince: now - overshoot }
        : { stepIndex: nextIndex, elapsedMs: 0, runningSince: null },
    )
  }, [stepIndex, overtime, running, step, now, autoAdvance, elapsedAt, commit, steps])

  if (steps.length === 0) {
    throw new OkrError(
      'workshop_no_steps',
      'WorkshopTimer needs at least one step: pass a non-empty `steps`, or leave it out for the play’s agenda.',
    )
  }

  const phase: WorkshopTimerPhase = finished
    ? 'finished'
    : running
      ? 'running'
      : stepIndex === 0 && storedMs === 0
        ? 'idle'
        : 'paused'

  return {
    state,
    phase,
    steps,
    step,
    nextStep: steps[stepIndex + 1],
    elapsedMs,
    remainingMs,
    overtime,
    agendaMs,
    agendaElapsedMs,
    start,
    pause,
    toggle,
    next,
    previous,
    goTo,
    reset,
  }
}

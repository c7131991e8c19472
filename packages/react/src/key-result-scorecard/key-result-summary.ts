import {
  type CheckIn,
  type CheckInStatus,
  type IsoDate,
  indexDocument,
  type KeyResult,
  type OkrDocument,
  type Period,
  progressOf,
  resolveKeyResultScore,
  type Score,
  suggestStatus,
} from '@okrkit/core'

/**
 * What a scorecard row shows of one key result as of a day, all of it computed by core. The
 * forecast is left out: a board does not show it, and it costs as much again to compute.
 */
export interface KeyResultSummary {
  keyResult: KeyResult
  /** Its check-ins, oldest first (all of them, also those after `asOf`). */
  checkIns: readonly CheckIn[]
  /** The day the summary speaks for; `undefined` before the reader's day is known. */
  asOf: IsoDate | undefined
  /** The current score with provenance (`resolveKeyResultScore`). */
  score: Score
  /** The team's latest status, else the status by pace (`suggestStatus`). */
  status: CheckInStatus | undefined
  /** `team` when a check-in gave the status, `pace` when progress against time did. */
  statusSource: 'team' | 'pace' | undefined
  /** No check-in in `asOf`'s month while the period runs: silence is not green. */
  stale: boolean
  /** Unclamped progress (`progressOf`): 1.2 is 20 % beyond the target. */
  progress: number
  /** The share of the period gone by `asOf`, when known. */
  expectedProgress: number | undefined
  /** Metrics: the latest measured value up to `asOf` (else `current`, else `start`). */
  value: number | undefined
  /** The latest check-in up to `asOf`. */
  latestCheckIn: CheckIn | undefined
  /** Progress beyond the target (`progress > 1`). */
  overachieved: boolean
}

interface CacheEntry {
  checkIns: readonly CheckIn[]
  asOf: IsoDate | undefined
  periodStart: IsoDate | undefined
  periodEnd: IsoDate | undefined
  summary: KeyResultSummary
}

// Documents are immutable: a key result object that comes back with the same check-ins, day and
// period gets the very same summary object, so memoised rows of unchanged key results skip
// rendering when a new document changes something else.
const cache = new WeakMap<KeyResult, CacheEntry>()

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

function compute(
  keyResult: KeyResult,
  checkIns: readonly CheckIn[],
  period: Period | undefined,
  asOf: IsoDate | undefined,
): KeyResultSummary {
  const score = resolveKeyResultScore(keyResult, checkIns, asOf === undefined ? {} : { asOf })
  let latestCheckIn: CheckIn | undefined
  for (const checkIn of checkIns) {
    if (asOf === undefined || checkIn.date <= asOf) latestCheckIn = checkIn
  }

  let status: CheckInStatus | undefined = latestCheckIn?.status
  let statusSource: KeyResultSummary['statusSource'] = latestCheckIn && 'team'
  let stale = false
  let expectedProgress: number | undefined
  let progress: number
  let value: number | undefined
  if (period) {
    // Before the reader's day is known, pace is measured at the period's end but only the team's
    // own status is shown: a pace verdict needs the real day.
    const suggestion = suggestStatus(keyResult, checkIns, period, asOf ?? period.end)
    progress = suggestion.progress
    value = suggestion.value
    if (asOf !== undefined) {
      status = suggestion.status
      statusSource = suggestion.source
      stale = suggestion.stale
      expectedProgress = suggestion.expectedProgress
    }
  } else {
    for (const checkIn of checkIns) {
      if ((asOf === undefined || checkIn.date <= asOf) && checkIn.value !== undefined) {
        value = checkIn.value
      }
    }
    if (keyResult.measure.type === 'metric') {
      value ??= keyResult.measure.current ?? keyResult.measure.start
      progress = progressOf(keyResult, value)
    } else {
      progress = progressOf(keyResult)
    }
  }
  return {
    keyResult,
    checkIns,
    asOf,
    score,
    status,
    statusSource,
    stale,
    progress,
    expectedProgress,
    value,
    latestCheckIn,
    overachieved: progress > 1,
  }
}

/**
 * Summarises a key result of a document as of a day: score with provenance, status and stale
 * flag, progress and latest check-in, each from core. Returns the same object for the
 * same key result object, check-ins, period dates and day, so it can key memoised rows.
 * Expects a valid document (`parseOkrDocument`): core throws `OkrRangeError` for a metric whose
 * target equals its start.
 *
 * @example
 * const summary = summarizeKeyResult(doc, kr, doc.periods[0], '2026-02-14')
 * summary.score // { value: 0.11, provenance: 'computed', checkInId: 'ci-nps-01', … }
 */
export function summarizeKeyResult(
  document: OkrDocument,
  keyResult: KeyResult,
  period: Period | undefined,
  asOf: IsoDate | undefined,
): KeyResultSummary {
  const located = indexDocument(document).checkInsByKeyResult.get(keyResult.id) ?? []
  const checkIns = located.map((entry) => entry.value)
  const cached = cache.get(keyResult)
  if (
    cached &&
    cached.asOf === asOf &&
    cached.periodStart === period?.start &&
    cached.periodEnd === period?.end &&
    sameList(cached.checkIns, checkIns)
  ) {
    return cached.summary
  }
  const summary = compute(keyResult, checkIns, period, asOf)
  cache.set(keyResult, {
    checkIns,
    asOf,
    periodStart: period?.start,
    periodEnd: period?.end,
    summary,
  })
  return summary
}

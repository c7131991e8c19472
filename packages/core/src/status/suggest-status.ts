import { isSameMonth } from 'date-fns'
import { OkrRangeError } from '../errors'
import type { CheckIn, CheckInStatus } from '../model/check-in'
import type { IsoDate } from '../model/common'
import type { KeyResult } from '../model/key-result'
import type { Period } from '../model/period'
import { elapsedFraction } from '../periods/elapsed-fraction'
import { type DateInput, toIsoDate, toLocalDate } from '../periods/iso-date'
import { periodContains } from '../periods/period-contains'
import { progressOf } from '../scoring/score-key-result'
import { keyResultCheckIns } from './key-result-check-ins'

/** Why pace alone gives the status it gives. */
export type PaceReason =
  | 'on_pace'
  | 'behind'
  | 'far_behind'
  | 'milestone_done'
  | 'milestone_due'
  | 'milestone_overdue'

/** How far progress may trail the share of the period gone before the status drops. */
export interface PaceTolerances {
  /** Progress of at least `expected − onTrack` is on track. Default 0.1. */
  onTrack: number
  /** Progress of at least `expected − atRisk` (below the on-track line) is at risk; less is off track. Default 0.25. */
  atRisk: number
}

export const DEFAULT_PACE_TOLERANCES: Readonly<PaceTolerances> = { onTrack: 0.1, atRisk: 0.25 }

export interface SuggestStatusOptions {
  tolerances?: Partial<PaceTolerances>
}

/** A suggested status with what it rests on. */
export interface StatusSuggestion {
  /** The team's latest status when there is one, else the status by pace. */
  status: CheckInStatus
  /** `team`: from the latest check-in up to `asOf`; `pace`: from progress against elapsed time. */
  source: 'team' | 'pace'
  /** No check-in in `asOf`'s calendar month while the period runs: the status is not fresh. */
  stale: boolean
  /** Unclamped progress (1.2 = overachieved, negative = moved the wrong way); milestones 0 or 1. */
  progress: number
  /** The share of the period gone by the end of `asOf` (`elapsedFraction`). */
  expectedProgress: number
  /** The status by pace alone, also when the team's status wins. */
  paceStatus: CheckInStatus
  paceReason: PaceReason
  /** Metrics: the value progress was measured from (the latest check-in value, else `current`, else `start`). */
  value?: number
  /** Milestones: the date paced against (its `due`, else the period's end). */
  due?: IsoDate
  /** The latest check-in of the key result up to `asOf`, if any. */
  checkInId?: string
  checkInDate?: IsoDate
}

// Float noise (0.3 − 0.1 = 0.19999999999999998) must not tip a value sitting on a boundary.
const EPSILON = 1e-9

function resolveTolerances(options: SuggestStatusOptions): PaceTolerances {
  const tolerances = { ...DEFAULT_PACE_TOLERANCES, ...options.tolerances }
  if (!(tolerances.onTrack >= 0 && tolerances.atRisk >= tolerances.onTrack)) {
    throw new OkrRangeError(
      'invalid_pace_tolerances',
      `Pace tolerances need 0 ≤ onTrack ≤ atRisk; got onTrack ${tolerances.onTrack}, atRisk ${tolerances.atRisk}.`,
    )
  }
  return tolerances
}

/**
 * Suggests a key result's status as of a day. The team's own status in its latest check-in up to
 * `asOf` always wins (`source: 'team'`). Without one, pace decides (`source: 'pace'`): progress
 * (`progressOf` with the latest value up to `asOf`) against the share of the period gone
 * (`elapsedFraction`) — on track from `expected − 0.1`, at risk from `expected − 0.25`, off track
 * below (see `PaceTolerances`; boundaries included). A milestone is on track when done or not
 * yet past its due date (`due`, else the period's end; the due day itself included), off track
 * after it; its `done` is the KR's current state.
 *
 * Silence is not green: `stale` is true while the period runs and the KR has no check-in in
 * `asOf`'s calendar month, so a status pace derived from old or no data is always flagged.
 * Only check-ins of this KR count: passing all of a document's check-ins is fine. Throws
 * `OkrRangeError` for invalid dates or tolerances, and for a metric whose target equals its start.
 *
 * @example
 * // kr.measure: { type: 'metric', start: 0, target: 100, current: 30 }, no check-ins yet
 * suggestStatus(kr, doc.checkIns, q1, '2026-02-14')
 * // { status: 'at-risk', source: 'pace', stale: true, progress: 0.3, expectedProgress: 0.5, … }
 */
export function suggestStatus(
  kr: KeyResult,
  checkIns: readonly CheckIn[],
  period: Period,
  asOf: DateInput,
  options: SuggestStatusOptions = {},
): StatusSuggestion {
  const tolerances = resolveTolerances(options)
  const day = toIsoDate(asOf, 'asOf')
  const expectedProgress = elapsedFraction(period, day)
  const history = keyResultCheckIns(kr.id, checkIns, { to: day })
  const latest = history.at(-1)
  const stale =
    periodContains(period, day) &&
    (latest === undefined || !isSameMonth(toLocalDate(latest.date), toLocalDate(day)))

  let pace: Pick<StatusSuggestion, 'progress' | 'paceStatus' | 'paceReason' | 'value' | 'due'>
  const { measure } = kr
  if (measure.type === 'milestone') {
    const due = measure.due ?? period.end
    pace = measure.done
      ? { progress: 1, paceStatus: 'on-track', paceReason: 'milestone_done', due }
      : day <= due
        ? { progress: 0, paceStatus: 'on-track', paceReason: 'milestone_due', due }
        : { progress: 0, paceStatus: 'off-track', paceReason: 'milestone_overdue', due }
  } else {
    let measured: number | undefined
    for (const checkIn of history) measured = checkIn.value ?? measured
    const value = measured ?? measure.current ?? measure.start
    const progress = progressOf(kr, value)
    pace =
      progress >= expectedProgress - tolerances.onTrack - EPSILON
        ? { progress, paceStatus: 'on-track', paceReason: 'on_pace', value }
        : progress >= expectedProgress - tolerances.atRisk - EPSILON
          ? { progress, paceStatus: 'at-risk', paceReason: 'behind', value }
          : { progress, paceStatus: 'off-track', paceReason: 'far_behind', value }
  }

  return {
    status: latest?.status ?? pace.paceStatus,
    source: latest ? 'team' : 'pace',
    stale,
    expectedProgress,
    ...pace,
    ...(latest && { checkInId: latest.id, checkInDate: latest.date }),
  }
}

import type { CheckIn } from '../model/check-in'
import type { IsoDate } from '../model/common'
import type { KeyResult } from '../model/key-result'
import { scoreKeyResult } from './score-key-result'

/**
 * Where a score comes from: the team's own judgement in a check-in (`manual`), the measured value
 * (`computed`), or an aggregate of key results (`rolled-up`).
 */
export type ScoreProvenance = 'manual' | 'computed' | 'rolled-up'

/** A 0–1 score with its provenance. */
export interface Score {
  value: number
  provenance: ScoreProvenance
  /** The check-in the score was taken from, if any. */
  checkInId?: string
  /** The date the score speaks for: the check-in's date, if any. */
  date?: IsoDate
}

export interface KeyResultScoreOptions {
  /** Ignore check-ins after this date (`YYYY-MM-DD`). Default: all of them. */
  asOf?: IsoDate
}

/**
 * The current score of a key result with its provenance, from its latest check-in that measured
 * something: the team's own score when it gave one (`manual`), else the score of the measured
 * value (`computed`). A status-only check-in does not erase an earlier measurement. With no such
 * check-in, the KR's own `current` / `done` is scored (`computed`). Check-ins of other KRs are
 * ignored; of same-day check-ins the last one wins.
 *
 * @example
 * resolveKeyResultScore(kr, doc.checkIns) // { value: 0.7, provenance: 'manual', checkInId: 'c3', date: '2026-03-27' }
 */
export function resolveKeyResultScore(
  kr: KeyResult,
  checkIns: readonly CheckIn[],
  options: KeyResultScoreOptions = {},
): Score {
  const metric = kr.measure.type === 'metric'
  let latest: CheckIn | undefined
  for (const checkIn of checkIns) {
    if (checkIn.keyResultId !== kr.id) continue
    if (options.asOf !== undefined && checkIn.date > options.asOf) continue
    if (checkIn.score === undefined && !(metric && checkIn.value !== undefined)) continue
    if (latest === undefined || checkIn.date >= latest.date) latest = checkIn
  }
  if (latest === undefined) return { value: scoreKeyResult(kr), provenance: 'computed' }
  const at = { checkInId: latest.id, date: latest.date }
  if (latest.score !== undefined) return { value: latest.score, provenance: 'manual', ...at }
  return { value: scoreKeyResult(kr, latest.value), provenance: 'computed', ...at }
}

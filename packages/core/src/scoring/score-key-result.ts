import { OkrError, OkrRangeError } from '../errors'
import type { KeyResult } from '../model/key-result'

/** A measured value: a number for a metric KR, done or not for a milestone KR. */
export type KeyResultValue = number | boolean

function measuredValue(kr: KeyResult, value: KeyResultValue | undefined): number {
  const { measure } = kr
  if (measure.type === 'milestone') {
    if (typeof value === 'number') {
      throw new OkrError(
        'value_type_mismatch',
        `Key result "${kr.id}" is a milestone: pass true/false, not a number.`,
      )
    }
    return (value ?? measure.done) ? 1 : 0
  }
  if (typeof value === 'boolean') {
    throw new OkrError(
      'value_type_mismatch',
      `Key result "${kr.id}" is a metric: pass a number, not true/false.`,
    )
  }
  const v = value ?? measure.current ?? measure.start
  if (!Number.isFinite(v)) {
    throw new OkrRangeError('not_finite', `The value of key result "${kr.id}" must be finite.`)
  }
  if (measure.target === measure.start) {
    throw new OkrRangeError(
      'kr_target_equals_start',
      `Key result "${kr.id}" has target equal to start (${measure.start}): validate documents with parseOkrDocument before scoring.`,
    )
  }
  // `+ 0` turns the −0 of a decreasing KR at its start into 0.
  return (v - measure.start) / (measure.target - measure.start) + 0
}

/**
 * How far a key result has moved from its start towards its target, unclamped: 1.2 means 20 %
 * beyond the target, −0.1 means it moved the wrong way. Works for increasing and decreasing KRs
 * alike (`direction = sign(target − start)`). A milestone is 0 or 1.
 *
 * The value defaults to the measure's `current` (or `start` when nothing was measured) and, for
 * milestones, to `done`. Throws `OkrRangeError` for a metric whose target equals its start, which
 * `parseOkrDocument` reports as `kr_target_equals_start`.
 *
 * @example
 * progressOf({ ...kr, measure: { type: 'metric', start: 120, target: 60 } }, 90) // 0.5
 */
export function progressOf(kr: KeyResult, value?: KeyResultValue): number {
  return measuredValue(kr, value)
}

/**
 * The 0–1 score of a key result computed from a value: its progress clamped to [0, 1]
 * (0.3 missed the mark, 0.7 came very close, 1.0 met or exceeded).
 *
 * @example
 * scoreKeyResult({ ...kr, measure: { type: 'metric', start: 0, target: 50 } }, 35) // 0.7
 */
export function scoreKeyResult(kr: KeyResult, value?: KeyResultValue): number {
  const progress = measuredValue(kr, value)
  return Math.min(1, Math.max(0, progress))
}

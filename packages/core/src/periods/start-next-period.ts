import { OkrError } from '../errors'
import type { CheckIn } from '../model/check-in'
import type { Meta } from '../model/common'
import type { OkrDocument } from '../model/document'
import { indexDocument } from '../model/document-index'
import type { KeyResult, MetricMeasure } from '../model/key-result'
import type { Objective } from '../model/objective'
import type { Period } from '../model/period'
import { resolveKeyResultScore } from '../scoring/key-result-score'
import { periodBounds } from './period-bounds'

/** What a new id is for. */
export type CarriedEntity = 'objective' | 'keyResult'

export interface StartNextPeriodOptions {
  /** Makes the id of each carried objective and key result. Default `crypto.randomUUID()`. */
  createId?: (entity: CarriedEntity) => string
}

/** Where a carried item came from, kept under `meta.okrkit.carriedFrom`. */
export type CarriedFrom =
  | { objectiveId: string; periodId: string }
  | { keyResultId: string; periodId: string }

interface CryptoLike {
  randomUUID?: () => string
}

function defaultCreateId(): string {
  // Core runs without Node or DOM typings; Web Crypto is global in browsers, Node 19+ and workers.
  const crypto = (globalThis as { crypto?: CryptoLike }).crypto
  if (typeof crypto?.randomUUID !== 'function') {
    throw new OkrError(
      'no_random_uuid',
      'crypto.randomUUID is not available in this runtime: pass options.createId to startNextPeriod.',
    )
  }
  return crypto.randomUUID()
}

function withCarriedFrom(meta: Meta | undefined, carriedFrom: CarriedFrom): Meta {
  const own = meta?.okrkit
  const okrkit = typeof own === 'object' && own !== null && !Array.isArray(own) ? own : {}
  return { ...meta, okrkit: { ...okrkit, carriedFrom } }
}

/** The latest measured value of a metric: its last check-in value, else `current`, else `start`. */
function lastValue(measure: MetricMeasure, checkIns: readonly CheckIn[]): number {
  let value: number | undefined
  for (const checkIn of checkIns) value = checkIn.value ?? value
  return value ?? measure.current ?? measure.start
}

function carryKeyResult(
  kr: KeyResult,
  checkIns: readonly CheckIn[],
  id: string,
  from: Period,
  next: Period,
): KeyResult {
  const meta = withCarriedFrom(kr.meta, { keyResultId: kr.id, periodId: from.id })
  const { measure } = kr
  if (measure.type === 'milestone') {
    // An old due date would make the milestone overdue on day one; keep it only if it still applies.
    const keepDue =
      measure.due !== undefined && measure.due >= next.start && measure.due <= next.end
    return {
      ...kr,
      id,
      measure: { type: 'milestone', done: false, ...(keepDue && { due: measure.due }) },
      meta,
    }
  }
  const { current: _current, ...rest } = measure
  const value = lastValue(measure, checkIns)
  // Rebase only when the value is still short of the target: starting at or past it would give
  // start === target (unmeasurable) or reverse the KR's direction.
  const short = (measure.target - value) * Math.sign(measure.target - measure.start) > 0
  return { ...kr, id, measure: { ...rest, start: short ? value : measure.start }, meta }
}

/**
 * Starts the next period: returns a new document (the input is not changed) with `nextPeriod`
 * added to `periods` (unless a period with its id exists, which is kept) and the unfinished
 * objectives of `fromPeriodId` copied into it.
 *
 * - An objective is unfinished when any of its key results scores below 1
 *   (`resolveKeyResultScore` over the document's check-ins, so a team's own score counts). Only
 *   its unfinished key results are carried; an objective without key results is not carried.
 * - Carried objectives and key results get new ids (`createId`) and keep everything else; the
 *   objective's `periodId` becomes the next period's. Its `parentId` is kept when the parent was
 *   not carried and points at the parent's copy when it was.
 * - A metric starts from its last measured value (latest check-in value, else `current`, else
 *   `start`) and loses `current`. If that value already reached or passed the target (the KR is
 *   unfinished because the team scored it below 1 itself), the original `start` is kept: a
 *   carried metric never has `start === target` nor a reversed direction.
 * - A milestone is carried not done; its `due` is kept only if it falls inside the next period.
 * - Provenance goes to `meta.okrkit.carriedFrom` — `{ objectiveId, periodId }` on objectives,
 *   `{ keyResultId, periodId }` on key results — next to the host's own `meta` keys.
 * - Check-ins and retrospectives are not copied.
 *
 * Throws `OkrError` (`unknown_period`) for an unknown `fromPeriodId`, (`same_period`) when
 * `nextPeriod` has the same id, and `OkrRangeError` when `nextPeriod`'s dates are invalid.
 *
 * @example
 * const next = startNextPeriod(doc, '2026-Q1', quarterOf('2026-04-01'))
 * next.objectives.filter((o) => o.periodId === '2026-Q2') // the unfinished Q1 objectives
 */
export function startNextPeriod(
  doc: OkrDocument,
  fromPeriodId: string,
  nextPeriod: Period,
  options: StartNextPeriodOptions = {},
): OkrDocument {
  const index = indexDocument(doc)
  const from = index.periods.get(fromPeriodId)?.value
  if (from === undefined) {
    throw new OkrError(
      'unknown_period',
      `No period has the id "${fromPeriodId}": pass the id of one of the document's periods.`,
    )
  }
  if (nextPeriod.id === fromPeriodId) {
    throw new OkrError(
      'same_period',
      `The next period has the same id as the one it continues ("${fromPeriodId}"): give it its own id.`,
    )
  }
  periodBounds(nextPeriod)
  const next = index.periods.get(nextPeriod.id)?.value ?? nextPeriod
  const createId = options.createId ?? defaultCreateId
  const checkInsOf = (kr: KeyResult) =>
    index.checkInsByKeyResult.get(kr.id)?.map((located) => located.value) ?? []

  const unfinished: { objective: Objective; keyResults: KeyResult[]; id: string }[] = []
  for (const objective of doc.objectives) {
    if (objective.periodId !== fromPeriodId) continue
    const keyResults = objective.keyResults.filter(
      (kr) => resolveKeyResultScore(kr, checkInsOf(kr)).value < 1,
    )
    if (keyResults.length > 0) {
      unfinished.push({ objective, keyResults, id: createId('objective') })
    }
  }
  const newIds = new Map(unfinished.map(({ objective, id }) => [objective.id, id]))

  const carried = unfinished.map(({ objective, keyResults, id }): Objective => {
    const { parentId, ...rest } = objective
    const newParentId = parentId === undefined ? undefined : (newIds.get(parentId) ?? parentId)
    return {
      ...rest,
      id,
      periodId: next.id,
      ...(newParentId !== undefined && { parentId: newParentId }),
      keyResults: keyResults.map((kr) =>
        carryKeyResult(kr, checkInsOf(kr), createId('keyResult'), from, next),
      ),
      meta: withCarriedFrom(objective.meta, { objectiveId: objective.id, periodId: from.id }),
    }
  })

  return {
    ...doc,
    periods: index.periods.has(nextPeriod.id) ? [...doc.periods] : [...doc.periods, nextPeriod],
    objectives: [...doc.objectives, ...carried],
  }
}

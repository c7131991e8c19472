import type { CheckIn } from '../../model/check-in'
import type { KeyResult, MetricMeasure } from '../../model/key-result'
import type { Period } from '../../model/period'

/** 2026-01-01 … 2026-03-31: 90 days, so 2026-02-14 is exactly halfway. */
export const Q1_2026: Period = {
  id: '2026-Q1',
  label: 'Q1 2026',
  kind: 'quarter',
  start: '2026-01-01',
  end: '2026-03-31',
}

export function metricKr(
  id: string,
  measure: Omit<MetricMeasure, 'type'>,
  fields: Partial<KeyResult> = {},
): KeyResult {
  return { id, title: `KR ${id}`, weight: 1, measure: { type: 'metric', ...measure }, ...fields }
}

export function milestoneKr(
  id: string,
  done: boolean,
  due?: string,
  fields: Partial<KeyResult> = {},
): KeyResult {
  const measure = due === undefined ? { done } : { done, due }
  return { id, title: `KR ${id}`, weight: 1, measure: { type: 'milestone', ...measure }, ...fields }
}

export function checkIn(keyResultId: string, date: string, fields: Partial<CheckIn> = {}): CheckIn {
  return {
    id: `${keyResultId}@${date}`,
    keyResultId,
    date,
    status: 'on-track',
    update: { what: '', why: '', soWhat: '' },
    headwinds: [],
    tailwinds: [],
    decisions: [],
    risks: [],
    learnings: [],
    ...fields,
  }
}

/** Freezes an object graph, so a test fails if anything writes to its input. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const child of Object.values(value)) deepFreeze(child)
  }
  return value
}

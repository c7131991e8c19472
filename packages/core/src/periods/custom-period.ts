import { OkrRangeError } from '../errors'
import { LIMITS } from '../model/common'
import type { Period } from '../model/period'
import { type DateInput, toIsoDate } from './iso-date'
import { periodBounds } from './period-bounds'

export interface CustomPeriodOptions {
  /** Default `<start>..<end>`, e.g. `2026-01-15..2026-04-14`. */
  id?: string
  /** Default `<start> – <end>`. */
  label?: string
}

/**
 * A period of kind `custom` from its first to its last day (both included; one day is fine).
 * Throws `OkrRangeError` when a date is invalid, the end is before the start, or the id or
 * label is empty or too long for the model.
 *
 * @example
 * customPeriod('2026-01-15', '2026-04-14', { label: 'Launch' })
 * // { id: '2026-01-15..2026-04-14', label: 'Launch', kind: 'custom', start: '2026-01-15', end: '2026-04-14' }
 */
export function customPeriod(
  start: DateInput,
  end: DateInput,
  options: CustomPeriodOptions = {},
): Period {
  const startIso = toIsoDate(start, 'start')
  const endIso = toIsoDate(end, 'end')
  const id = options.id ?? `${startIso}..${endIso}`
  const label = (options.label ?? `${startIso} – ${endIso}`).trim()
  if (id.length === 0 || id.length > LIMITS.idLength) {
    throw new OkrRangeError(
      'invalid_period_id',
      `A period id must have 1–${LIMITS.idLength} characters; got "${id}".`,
    )
  }
  // The model trims titles, so a blank label would not survive parsing.
  if (label.length === 0 || label.length > LIMITS.titleLength) {
    throw new OkrRangeError(
      'invalid_period_label',
      `A period label must have 1–${LIMITS.titleLength} characters and not be blank.`,
    )
  }
  const period: Period = { id, label, kind: 'custom', start: startIso, end: endIso }
  periodBounds(period)
  return period
}

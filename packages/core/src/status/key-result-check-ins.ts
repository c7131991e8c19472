import type { CheckIn } from '../model/check-in'
import type { IsoDate } from '../model/common'

/**
 * The check-ins of one key result dated `from` … `to` (each bound optional, both included),
 * oldest first. Same-day check-ins keep their input order, so the last of a day is the latest,
 * as in `resolveKeyResultScore`.
 */
export function keyResultCheckIns(
  keyResultId: string,
  checkIns: readonly CheckIn[],
  range: { from?: IsoDate; to?: IsoDate } = {},
): CheckIn[] {
  const { from, to } = range
  return checkIns
    .filter(
      (checkIn) =>
        checkIn.keyResultId === keyResultId &&
        (from === undefined || checkIn.date >= from) &&
        (to === undefined || checkIn.date <= to),
    )
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
}

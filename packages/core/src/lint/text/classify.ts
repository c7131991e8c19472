import type { ChangeDirection } from '../lexicon/key-result-lexicon'
import type { ChangeHit, Hit, Quantity, TextScan } from './text-scan'

/** How far apart (in scan units) words and their numbers may be and still belong together. */
export interface Windows {
  /** From a bound to its number: "at least 50". */
  thresholdBefore: number
  /** From a number to its bound: "2 hours or less". */
  thresholdAfter: number
  /** Between the parts of a range: "from 40% to 80%". */
  range: number
}

/** What a quantity stands for: the outcome aimed at, the work counted, or neither. */
export type QuantityRole = 'outcome' | 'work' | 'none'

/** A quantity with the role it was given and what it was read with. */
export interface ReadQuantity {
  quantity: Quantity
  role: QuantityRole
  /** The nearest delivery verb, change word or measure before it in its clause. */
  head: Hit | undefined
  /** The change word of its clause before it. */
  change: ChangeHit | undefined
  range: Range | undefined
  bound: Hit | undefined
  /** Where its clause starts. */
  clauseStart: number
}

/** "from X to Y" with its two ends (quantities or frequencies). */
export interface Range {
  low: Hit
  high: Hit
  direction: ChangeDirection | undefined
}

/** A text's quantities with their roles, its ranges, and the bounds next to its numbers. */
export interface TextReading {
  quantities: ReadQuantity[]
  ranges: Range[]
}

type Head =
  | { type: 'work'; hit: Hit }
  | { type: 'metric'; hit: Hit }
  | { type: 'change'; hit: ChangeHit; workBefore: boolean }

// Money and multiples state an outcome whatever they are about ("halve the flaky tests").
const SCALE_FREE: ReadonlySet<string> = new Set(['money', 'multiple', 'fraction'])

const isQuantity = (hit: Hit): hit is Quantity => 'kind' in hit

/**
 * Gives every quantity of a scan its role. A number belongs to the nearest thing before it in
 * its clause: a delivery verb counts work ("Create 5 web pages"), a change word or a measure
 * states an outcome ("increase page views by 5%"); the noun it counts can say more ("5 blog
 * posts" is work, "500 new customers" an outcome). Linear in the size of the scan.
 *
 * @example
 * readQuantities(scanEnglish('Create 5 web pages', enLexicon), EN_WINDOWS).quantities[0]?.role
 * // 'work'
 */
export function readQuantities(scan: TextScan, windows: Windows): TextReading {
  const ranges = findRanges(scan, windows)
  const rangeOf = new Map<Hit, Range>()
  for (const range of ranges) {
    rangeOf.set(range.low, range)
    rangeOf.set(range.high, range)
  }
  const boundOf = bounds(scan, windows)

  type Event =
    | { at: number; order: number; head: Head }
    | { at: number; order: number; clauseBreak: number }
    | { at: number; order: number; noun: 'work' | 'other' }
    | { at: number; order: number; quantity: Quantity }
  const events: Event[] = []
  for (const hit of scan.workNouns) events.push({ at: hit.start, order: 1, noun: 'work' })
  for (const hit of scan.outcomeNouns) events.push({ at: hit.start, order: 1, noun: 'other' })
  for (const hit of scan.metric) events.push({ at: hit.start, order: 1, noun: 'other' })
  for (const hit of scan.breaks) events.push({ at: hit.start, order: 0, clauseBreak: hit.end })
  for (const hit of scan.work) events.push({ at: hit.start, order: 1, head: { type: 'work', hit } })
  for (const hit of scan.metric) {
    events.push({ at: hit.start, order: 1, head: { type: 'metric', hit } })
  }
  for (const hit of scan.change) {
    events.push({ at: hit.start, order: 1, head: { type: 'change', hit, workBefore: false } })
  }
  for (const quantity of scan.quantities) events.push({ at: quantity.start, order: 2, quantity })
  events.sort((a, b) => a.at - b.at || a.order - b.order)

  const read: ReadQuantity[] = []
  const clauseOf = new Map<Quantity, number>()
  let clause = 0
  let clauseStart = 0
  let head: Head | undefined
  let change: ChangeHit | undefined
  let workInClause = false
  // What the clause measures: "increase the number of blog posts from 4 to 8" counts work. A
  // measure or an outcome noun wins, before ("unit test coverage") or after ("time to merge
  // pull requests") a deliverable.
  let changedNoun: 'work' | 'other' | undefined
  for (const event of events) {
    if ('clauseBreak' in event) {
      clause++
      clauseStart = event.clauseBreak
      head = undefined
      change = undefined
      workInClause = false
      changedNoun = undefined
    } else if ('noun' in event) {
      if (event.noun === 'other' || changedNoun === undefined) changedNoun = event.noun
    } else if ('head' in event) {
      const next = event.head
      if (next.type === 'work') workInClause = true
      if (next.type === 'change') {
        next.workBefore = workInClause
        change = next.hit
      }
      head = next
    } else {
      const { quantity } = event
      clauseOf.set(quantity, clause)
      const range = rangeOf.get(quantity)
      const bound = boundOf.get(quantity)
      let role = roleOf(quantity, head, range, bound)
      const aboutWork = changedNoun === 'work' && (head?.type === 'change' || range !== undefined)
      if (role === 'outcome' && aboutWork && !SCALE_FREE.has(quantity.kind)) role = 'work'
      read.push({ quantity, role, head: head?.hit, change, range, bound, clauseStart })
    }
  }

  // "Resolve 95% of incidents within 4 hours" is a service level, not a share of work done.
  for (const entry of read) {
    const { quantity } = entry
    if (entry.role !== 'work' || !quantity.directWork || quantity.kind !== 'percent') continue
    const clauseIndex = clauseOf.get(quantity)
    const serviceLevel = read.some(
      (other) =>
        other.quantity.kind === 'duration' &&
        other.quantity.start > quantity.start &&
        clauseOf.get(other.quantity) === clauseIndex,
    )
    if (serviceLevel) entry.role = 'outcome'
  }
  return { quantities: read, ranges }
}

function roleOf(
  quantity: Quantity,
  head: Head | undefined,
  range: Range | undefined,
  bound: Hit | undefined,
): QuantityRole {
  if (quantity.selector) return 'none'
  if (range)
    return range.high === quantity && quantity.counted?.kind === 'work' ? 'work' : 'outcome'
  if (quantity.directWork) return quantity.kind === 'money' ? 'outcome' : 'work'
  if (quantity.counted) return quantity.counted.kind
  if (quantity.kind === 'money' || quantity.kind === 'multiple' || quantity.kind === 'fraction') {
    return 'outcome'
  }
  if (head?.type === 'change') {
    // "已解决的请求单数量达到 1500 张": reaching a count of work done is still work.
    const countOfWork =
      head.hit.direction === 'reach' && quantity.kind === 'count' && head.workBefore
    return countOfWork ? 'work' : 'outcome'
  }
  if (head?.type === 'metric') return 'outcome'
  if (head?.type === 'work') return 'work'
  if (quantity.kind === 'percent' || quantity.kind === 'duration' || bound) return 'outcome'
  return 'none'
}

/** The bound written next to each quantity: "at least 50", "2 小时以内". */
function bounds(scan: TextScan, windows: Windows): Map<Quantity, Hit> {
  const result = new Map<Quantity, Hit>()
  const quantities = scan.quantities
  let q = 0
  for (const hit of scan.before) {
    while (q < quantities.length && (quantities[q] as Quantity).start < hit.end) q++
    const quantity = quantities[q]
    if (quantity && quantity.start - hit.end <= windows.thresholdBefore && !result.has(quantity)) {
      result.set(quantity, hit)
    }
  }
  let last = -1
  for (const hit of scan.after) {
    while (last + 1 < quantities.length && (quantities[last + 1] as Quantity).end <= hit.start) {
      last++
    }
    const quantity = quantities[last]
    if (quantity && hit.start - quantity.end <= windows.thresholdAfter && !result.has(quantity)) {
      result.set(quantity, hit)
    }
  }
  return result
}

/** Finds "from X to Y" (从 X 到 Y) with both ends; its direction comes from their values. */
function findRanges(scan: TextScan, windows: Windows): Range[] {
  if (scan.from.length === 0 || scan.to.length === 0) return []
  const ends: Hit[] = [...scan.quantities.filter((q) => !q.selector), ...scan.cadences].sort(
    (a, b) => a.start - b.start,
  )
  const ranges: Range[] = []
  let e = 0
  let t = 0
  let taken = -1
  for (const from of scan.from) {
    if (from.start <= taken) continue
    while (e < ends.length && (ends[e] as Hit).start < from.end) e++
    const low = ends[e]
    if (!low || low.start - from.end > windows.range) continue
    while (t < scan.to.length && (scan.to[t] as Hit).start < low.end) t++
    const to = scan.to[t]
    if (!to || to.start - low.end > windows.range) continue
    let h = e + 1
    while (h < ends.length && (ends[h] as Hit).start < to.end) h++
    const high = ends[h]
    if (!high || high.start - to.end > windows.range) continue
    const lowValue = isQuantity(low) ? low.value : undefined
    const highValue = isQuantity(high) ? high.value : undefined
    const direction =
      lowValue === undefined || highValue === undefined || lowValue === highValue
        ? undefined
        : highValue > lowValue
          ? 'increase'
          : 'decrease'
    ranges.push({ low, high, direction })
    taken = high.end
  }
  return ranges
}

import type { ChangeDirection, QuantityKind } from '../lexicon/key-result-lexicon'

/** A lexicon term found in a text, at `[start, end)` in the scan's units. */
export interface Hit {
  term: string
  start: number
  end: number
}

/** A change word, with the direction it moves its measure when it says. */
export interface ChangeHit extends Hit {
  direction: ChangeDirection | null
}

/** The noun a quantity counts, when the lexicon knows it: work, or an outcome. */
export interface CountedNoun extends Hit {
  kind: 'work' | 'outcome'
}

/** A quantity: a number with its kind, and what the scanner read around it. */
export interface Quantity extends Hit {
  kind: QuantityKind
  /** The value, when the text gives one (for the direction of a range). */
  value: number | undefined
  /** Picks a subset rather than counting: "top 20", "前 20". */
  selector: boolean
  /**
   * The delivery verb it directly follows and counts the work of: "Create 5 …", "招聘 6 名 …".
   * Unset when the verb means "achieve" here: "Add 500 customers", "Deliver 99.9% uptime".
   */
  directWork: Hit | undefined
  /** The noun its phrase ends in, if the lexicon knows it: "5 web pages", "1 万名用户". */
  counted: CountedNoun | undefined
}

/**
 * What a text contains, language-independent. Positions are token indexes for English and
 * UTF-16 offsets for Chinese (no spaces between words); `length` bounds them. Every list is in
 * text order.
 */
export interface TextScan {
  length: number
  /** Delivery verbs read as work: not inside a measure's name, nor what customers do. */
  work: Hit[]
  milestones: Hit[]
  change: ChangeHit[]
  before: Hit[]
  after: Hit[]
  from: Hit[]
  to: Hit[]
  metric: Hit[]
  /** Deliverables named anywhere ("blog posts", "文章"), outside measures' names. */
  workNouns: Hit[]
  outcomeNouns: Hit[]
  quantities: Quantity[]
  /** Frequencies ("weekly", "每天"): quantities only as the ends of a range. */
  cadences: Hit[]
  dates: Hit[]
  /** Where clauses end: a number's measure is looked for in its own clause. */
  breaks: Hit[]
  /** Output nouns ("tickets", "工单"): counted, the key result counts output. */
  outputNouns: Hit[]
  /** Output verbs ("resolve", "关闭"): counting, the key result counts output. */
  outputVerbs: Hit[]
  /** Quality terms ("reopened", "满意度"). */
  qualities: Hit[]
}

/**
 * A scan with nothing found yet.
 *
 * @example
 * emptyScan(0).quantities // []
 */
export function emptyScan(length: number): TextScan {
  return {
    length,
    work: [],
    milestones: [],
    change: [],
    before: [],
    after: [],
    from: [],
    to: [],
    metric: [],
    workNouns: [],
    outcomeNouns: [],
    quantities: [],
    cadences: [],
    dates: [],
    breaks: [],
    outputNouns: [],
    outputVerbs: [],
    qualities: [],
  }
}

/**
 * Orders hits by where they start, then end.
 *
 * @example
 * hits.sort(byStart)
 */
export const byStart = (a: Hit, b: Hit): number => a.start - b.start || a.end - b.end

/**
 * Drops hits that start inside `cover` spans; covers are few (a text's measures).
 *
 * @example
 * outside(deliveryVerbs, metricNouns) // "run" of "run rate" is gone
 */
export function outside<T extends Hit>(hits: T[], covers: readonly Hit[]): T[] {
  if (covers.length === 0 || hits.length === 0) return hits
  return hits.filter((hit) => {
    for (const cover of covers) if (hit.start >= cover.start && hit.start < cover.end) return false
    return true
  })
}

/**
 * Parses "1,500", "99.95", "5." (a sentence's full stop); undefined when it is no number.
 *
 * @example
 * parseDigits('1,500') // 1500
 */
export function parseDigits(digits: string): number | undefined {
  const value = Number.parseFloat(digits.replaceAll(',', ''))
  return Number.isFinite(value) ? value : undefined
}

/**
 * Trims the separators a number run may end with ("5." at a sentence's end, "1,500,").
 *
 * @example
 * trimSeparators('1,500,') // '1,500'
 */
export function trimSeparators(run: string): string {
  let end = run.length
  while (end > 0 && (run[end - 1] === '.' || run[end - 1] === ',')) end--
  return run.slice(0, end)
}

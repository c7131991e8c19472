import { type OkrLocale, resolveLocale } from '../i18n/locale'
import { enLexicon } from './lexicon/en'
import type { ChangeDirection } from './lexicon/key-result-lexicon'
import { zhCNLexicon } from './lexicon/zh-CN'
import { HAN } from './patterns'
import { type ReadQuantity, readQuantities, type TextReading, type Windows } from './text/classify'
import { scanChinese } from './text/scan-chinese'
import { scanEnglish } from './text/scan-english'
import type { Hit, Quantity, TextScan } from './text/text-scan'

/**
 * Characters of a key result text that are analysed; the rest is ignored, so time stays bounded.
 *
 * @example
 * const hidden = `${'x'.repeat(MAX_ANALYZED_TEXT_LENGTH)} Launch 3 features`
 * analyzeKeyResultText(hidden).kind // 'unclear'
 */
export const MAX_ANALYZED_TEXT_LENGTH = 2_000

/**
 * What a key result text reads like: a change in a measure, a piece of work, or neither.
 *
 * @example
 * const kind: KeyResultKind = analyzeKeyResultText('Create 5 web pages').kind // 'activity'
 */
export type KeyResultKind = 'outcome' | 'activity' | 'unclear'

/**
 * Options of {@link analyzeKeyResultText}.
 *
 * @example
 * analyzeKeyResultText('NPS 达到 50', { locale: 'zh-CN' })
 */
export interface AnalyzeKeyResultTextOptions {
  /** The language of the text (a BCP 47 tag). Default: detected, Han characters → `zh-CN`. */
  locale?: string
}

/**
 * What {@link analyzeKeyResultText} found in a key result text.
 *
 * @example
 * const analysis: KeyResultTextAnalysis = analyzeKeyResultText('Increase page views by 5%')
 * // { kind: 'outcome', measurable: true, direction: 'increase', locale: 'en', reasons: [ … ] }
 */
export interface KeyResultTextAnalysis {
  /** `outcome` for a change in a measure, `activity` for work delivered, else `unclear`. */
  kind: KeyResultKind
  /**
   * Whether the text states a quantity or a deadline: digits, a number word (five, 两, 十,
   * double, 翻倍), a percentage, an amount, a range or a date ("by March 31", "年底前").
   * Numbers inside names ("SOC 2", "PostgreSQL 16") and ordinals do not count.
   */
  measurable: boolean
  /** Which way the outcome moves its measure, when the text says. */
  direction?: ChangeDirection
  /** The language the text was read in. */
  locale: OkrLocale
  /**
   * Why, as stable `signal` or `signal:term` strings: `delivery_verb:launch`,
   * `milestone:certification`, `change_verb:increase`, `range`, `threshold:at least`,
   * `metric:retention`, `work_noun:web page`, `outcome_noun:customer`, `date:june 30`,
   * `number:5`, `no_number`. Terms are lexicon entries (base forms), not the inflected words of
   * the text.
   */
  reasons: string[]
}

// A number right after a bound belongs to it ("at least 50"); Chinese counts characters,
// spaces around numbers included ("不低于 50", "2 小时以内").
const EN_WINDOWS: Windows = { thresholdBefore: 2, thresholdAfter: 3, range: 4 }
const ZH_WINDOWS: Windows = { thresholdBefore: 3, thresholdAfter: 6, range: 12 }
/** How far after a number the output it counts may be named, and what is right next to it. */
interface NounDistances {
  /** "1,500 help desk tickets". */
  window: number
  /** "120 bugs", "120 个缺陷": the thing counted itself. */
  adjacent: number
}
const NOUN_DISTANCES: Record<OkrLocale, NounDistances> = {
  en: { window: 4, adjacent: 1 },
  'zh-CN': { window: 10, adjacent: 3 },
}

/**
 * Reads a key result's text and tells whether it describes an outcome or an activity, and
 * whether it is measurable. A word-list heuristic for English and Simplified Chinese: it finds
 * delivery verbs (launch, build, 推出, 上线 …), changes (increase, reduce, 提高, 缩短 …),
 * measures, bounds, ranges, numbers in any notation, dates, and gives each number the role of
 * what stands before it and what it counts ("Create 5 web pages" counts work; "Increase page
 * views by 5%" states an outcome). The key result lint rules use it; hosts can use it for live
 * hints. Runs in linear time on any input.
 *
 * @example
 * analyzeKeyResultText('Create 5 web pages')
 * // { kind: 'activity', measurable: true, locale: 'en',
 * //   reasons: ['delivery_verb:create', 'work_noun:web page', 'number:5'] }
 * analyzeKeyResultText('页面浏览量增加 5%').kind // 'outcome'
 */
export function analyzeKeyResultText(
  text: string,
  options: AnalyzeKeyResultTextOptions = {},
): KeyResultTextAnalysis {
  const { locale, scan, reading } = readText(text, options.locale)
  return classify(scan, reading, NOUN_DISTANCES[locale], locale)
}

/**
 * Scans a text in its language and reads its quantities; shared with the objective analysis.
 *
 * @example
 * readText('Increase page views by 5%', undefined).reading.quantities[0]?.role // 'outcome'
 */
export function readText(
  text: string,
  localeTag: string | undefined,
): { locale: OkrLocale; scan: TextScan; reading: TextReading } {
  // Cap before normalising: NFKC and the scans below are linear, the cap keeps them cheap.
  const normalized = text.slice(0, MAX_ANALYZED_TEXT_LENGTH).normalize('NFKC')
  const locale =
    localeTag !== undefined ? resolveLocale(localeTag) : HAN.test(normalized) ? 'zh-CN' : 'en'
  const scan =
    locale === 'zh-CN'
      ? scanChinese(normalized.toLowerCase(), zhCNLexicon)
      : scanEnglish(normalized, enLexicon)
  const reading = readQuantities(scan, locale === 'zh-CN' ? ZH_WINDOWS : EN_WINDOWS)
  return { locale, scan, reading }
}

function classify(
  scan: TextScan,
  reading: TextReading,
  nouns: NounDistances,
  locale: OkrLocale,
): KeyResultTextAnalysis {
  const { quantities, ranges } = reading
  const outcome = quantities.find((entry) => entry.role === 'outcome')
  const counted = quantities.find((entry) => entry.role !== 'none' && entry.quantity.counted)
  const workCount = quantities.find((entry) => entry.role === 'work')
  const outcomeRange = ranges.find(
    (range) => !quantities.some((q) => q.quantity === range.high && q.role === 'work'),
  )
  const delivery = scan.work[0]
  const milestone = scan.milestones[0]

  let kind: KeyResultKind
  if (outcome || outcomeRange) kind = 'outcome'
  else if (delivery || milestone || workCount) kind = 'activity'
  else if (scan.change.length > 0 || scan.metric.length > 0) kind = 'outcome'
  else kind = 'unclear'

  const direction = kind === 'outcome' ? directionOf(outcome, outcomeRange, scan) : undefined
  const change = outcome?.change ?? scan.change[0]
  const bound = outcome?.bound ?? quantities.find((entry) => entry.bound)?.bound
  const firstQuantity = scan.quantities[0]

  const reasons: string[] = []
  if (delivery) reasons.push(`delivery_verb:${delivery.term}`)
  if (milestone) reasons.push(`milestone:${milestone.term}`)
  if (change) reasons.push(`change_verb:${change.term}`)
  if (ranges.length > 0) reasons.push('range')
  if (bound) reasons.push(`threshold:${bound.term}`)
  if (scan.metric[0]) reasons.push(`metric:${scan.metric[0].term}`)
  if (counted?.quantity.counted) {
    const noun = counted.quantity.counted
    reasons.push(`${noun.kind === 'work' ? 'work_noun' : 'outcome_noun'}:${noun.term}`)
  }
  if (scan.dates[0]) reasons.push(`date:${scan.dates[0].term}`)
  const output = outputOf(scan, quantities, nouns.window)
  if (output) reasons.push(`output:${output.term.term}`)
  // What the output counts is no guard of its quality: "Fix 120 bugs".
  const isCountedOutput = (hit: Hit) =>
    output !== undefined &&
    hit.start >= output.quantity.end &&
    hit.start - output.quantity.end <= nouns.adjacent
  const quality =
    scan.qualities.find((hit) => !isCountedOutput(hit)) ??
    (kind === 'outcome' && direction === 'decrease' && !output ? change : undefined)
  if (quality) reasons.push(`quality:${quality.term}`)
  reasons.push(firstQuantity ? `number:${firstQuantity.term}` : 'no_number')

  const measurable = scan.quantities.length > 0 || scan.dates.length > 0 || ranges.length > 0
  const analysis: KeyResultTextAnalysis = { kind, measurable, locale, reasons }
  if (direction !== undefined) analysis.direction = direction
  return analysis
}

function directionOf(
  outcome: ReadQuantity | undefined,
  range: TextReading['ranges'][number] | undefined,
  scan: TextScan,
): ChangeDirection | undefined {
  if (outcome) {
    return (
      outcome.range?.direction ?? outcome.change?.direction ?? (outcome.bound ? 'reach' : undefined)
    )
  }
  if (range) return range.direction ?? scan.change[0]?.direction ?? undefined
  return scan.change.find((hit) => hit.direction !== null)?.direction ?? undefined
}

/**
 * The output a key result counts, if any: a count (not a share, not going down) of output nouns
 * after it or before it in its clause ("已解决的请求单数量达到 1500 张"), or of an output verb
 * ("Resolve 1,500 …", "成交 40 单").
 */
function outputOf(
  scan: TextScan,
  quantities: readonly ReadQuantity[],
  nounWindow: number,
): { term: Hit; quantity: Quantity } | undefined {
  for (const entry of quantities) {
    const { quantity, role, head, change, clauseStart } = entry
    if (quantity.kind !== 'count' || quantity.selector || role === 'none') continue
    if (change?.direction === 'decrease') continue
    const verbAt = [quantity.directWork?.start, head?.start]
    const verb = scan.outputVerbs.find((hit) => verbAt.includes(hit.start))
    const after = scan.outputNouns.find(
      (hit) => hit.start >= quantity.end && hit.start - quantity.end <= nounWindow,
    )
    const before =
      head && head === change
        ? scan.outputNouns.find((hit) => hit.start >= clauseStart && hit.end <= head.start)
        : undefined
    const term = verb ?? after ?? before
    if (term) return { term, quantity }
  }
  return undefined
}

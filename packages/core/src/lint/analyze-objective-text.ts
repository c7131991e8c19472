import { type OkrLocale, resolveLocale } from '../i18n/locale'
import { MAX_ANALYZED_TEXT_LENGTH, readText } from './analyze-key-result-text'
import { enLexicon } from './lexicon/en'
import { zhCNLexicon } from './lexicon/zh-CN'
import { ANY_DIGIT, HAN } from './patterns'

/**
 * Options of {@link analyzeObjectiveText}.
 *
 * @example
 * analyzeObjectiveText('收入增长 20%', { locale: 'zh-CN' })
 */
export interface AnalyzeObjectiveTextOptions {
  /** The language of the text (a BCP 47 tag). Default: detected, Han characters → `zh-CN`. */
  locale?: string
}

/**
 * What {@link analyzeObjectiveText} found in an objective's text.
 *
 * @example
 * const analysis: ObjectiveTextAnalysis = analyzeObjectiveText('Increase revenue by 20%')
 * // { readsLikeMetric: true, locale: 'en', reasons: ['number:20'] }
 */
export interface ObjectiveTextAnalysis {
  /**
   * Whether the objective states a target value or an amount of change, as a key result would:
   * a number, percentage, amount, multiple ("double"), range or bound. Dates, years, names
   * ("SOC 2") and ranks ("number one", 第一) do not count.
   */
  readsLikeMetric: boolean
  /** The language the text was read in. */
  locale: OkrLocale
  /** Why, as stable `signal:term` strings: `number:20`, `range`, `threshold:under`. */
  reasons: string[]
}

/**
 * Reads an objective's text and tells whether it reads like a metric. Objectives are
 * qualitative and inspiring ("Delight our enterprise customers"); the numbers belong in the key
 * results ("Increase revenue by 20%" is a key result written as an objective). Same reading as
 * {@link analyzeKeyResultText}, English and Simplified Chinese, linear time.
 *
 * @example
 * analyzeObjectiveText('Increase revenue by 20%').readsLikeMetric // true
 * analyzeObjectiveText('提高客户满意度').readsLikeMetric // false
 */
export function analyzeObjectiveText(
  text: string,
  options: AnalyzeObjectiveTextOptions = {},
): ObjectiveTextAnalysis {
  // Most objectives state no number at all: tell cheaply before reading them in full.
  if (!mayStateQuantity(text.slice(0, MAX_ANALYZED_TEXT_LENGTH))) {
    return { readsLikeMetric: false, locale: localeOf(text, options.locale), reasons: [] }
  }
  const { locale, scan, reading } = readText(text, options.locale)
  const quantity = scan.quantities.find((q) => !q.selector)
  const bound = reading.quantities.find((entry) => entry.bound)?.bound
  const reasons: string[] = []
  if (quantity) reasons.push(`number:${quantity.term}`)
  if (reading.ranges.length > 0) reasons.push('range')
  if (bound) reasons.push(`threshold:${bound.term}`)
  return { readsLikeMetric: reasons.length > 0, locale, reasons }
}

// Words that may carry a quantity without a digit: number words, multiples, frequencies.
const QUANTITY_HINTS = [enLexicon, zhCNLexicon].flatMap((lexicon) => [
  ...Object.keys(lexicon.quantityWords),
  ...lexicon.cadenceWords,
])
const CHINESE_NUMERALS = new Set('零〇一二两三四五六七八九十百千万亿')

function mayStateQuantity(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code >= 48 && code <= 57) {
      // Digits glued to letters name or date something ("o12", "P1", "Q3"): no quantity.
      const before = text.charCodeAt(i - 1) | 0x20
      if (!(before >= 97 && before <= 122)) return true
      while (i + 1 < text.length && isAsciiDigit(text.charCodeAt(i + 1))) i++
    } else if (code > 127) {
      const char = text[i] as string
      if (CHINESE_NUMERALS.has(char) || ANY_DIGIT.test(char)) return true
    }
  }
  const lower = text.normalize('NFKC').toLowerCase()
  return QUANTITY_HINTS.some((hint) => lower.includes(hint))
}

const isAsciiDigit = (code: number) => code >= 48 && code <= 57

function localeOf(text: string, tag: string | undefined): OkrLocale {
  if (tag !== undefined) return resolveLocale(tag)
  return HAN.test(text.slice(0, MAX_ANALYZED_TEXT_LENGTH)) ? 'zh-CN' : 'en'
}

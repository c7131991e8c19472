import { type OkrLocale, resolveLocale } from '../i18n/locale'
import { enLexicon } from './lexicon/en'
import type { ChangeDirection, KeyResultLexicon } from './lexicon/key-result-lexicon'
import { zhCNLexicon } from './lexicon/zh-CN'

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
  /** Whether the text carries a number: digits, a number word (five, 两, 十) or double/翻倍. */
  measurable: boolean
  /** Which way the outcome moves its measure, when the text says. */
  direction?: ChangeDirection
  /** The language the text was read in. */
  locale: OkrLocale
  /**
   * Why, as stable `signal` or `signal:term` strings: `delivery_verb:launch`,
   * `change_verb:increase`, `range`, `threshold:at least`, `metric:retention`, `number:5`,
   * `no_number`. Terms are lexicon entries (base forms), not the inflected words of the text.
   */
  reasons: string[]
}

/**
 * Reads a key result's text and tells whether it describes an outcome or an activity, and whether
 * it is measurable. A first, word-list heuristic for English and Simplified Chinese: the key result
 * lint rules use it, and hosts can use it for live hints. Runs in linear time on any input.
 *
 * @example
 * analyzeKeyResultText('Create 5 web pages')
 * // { kind: 'activity', measurable: true, locale: 'en',
 * //   reasons: ['delivery_verb:create', 'number:5'] }
 * analyzeKeyResultText('页面浏览量增加 5%').kind // 'outcome'
 */
export function analyzeKeyResultText(
  text: string,
  options: AnalyzeKeyResultTextOptions = {},
): KeyResultTextAnalysis {
  // Cap before normalising: NFKC and the scans below are linear, the cap keeps them cheap.
  const normalized = text.slice(0, MAX_ANALYZED_TEXT_LENGTH).normalize('NFKC').toLowerCase()
  const locale =
    options.locale !== undefined
      ? resolveLocale(options.locale)
      : HAN.test(normalized)
        ? 'zh-CN'
        : 'en'
  const scan = locale === 'zh-CN' ? scanChinese(normalized) : scanEnglish(normalized)
  return { ...classify(scan, locale === 'zh-CN' ? ZH_WINDOWS : EN_WINDOWS), locale }
}

const HAN = /\p{Script=Han}/u

/** A lexicon term found in the text, at `[start, end)` in the scan's units. */
interface Hit {
  term: string
  start: number
  end: number
}

interface ChangeHit extends Hit {
  direction: ChangeDirection | null
}

interface NumberHit extends Hit {
  /** The numeric value of a digit run; undefined for number words. */
  value: number | undefined
}

/**
 * What a text contains, language-independent. Positions are token indexes for English and
 * UTF-16 offsets for Chinese (no spaces between words); `length` bounds them.
 */
interface Scan {
  length: number
  delivery: Hit[]
  change: ChangeHit[]
  before: Hit[]
  after: Hit[]
  from: Hit[]
  to: Hit[]
  metric: Hit[]
  numbers: NumberHit[]
}

/** How far apart (in scan units) words and their numbers may be and still belong together. */
interface Windows {
  /** From a bound to its number: "at least 50". */
  thresholdBefore: number
  /** From a number to its bound: "2 hours or less". */
  thresholdAfter: number
  /** From a number to the change it quantifies: "10% growth". */
  changeBefore: number
  /** Between the parts of a range: "from 40% to 80%". */
  range: number
}

// A number right before a change is its amount ("10% increase"); further away it usually counts
// the work instead ("Launch 3 campaigns to increase …").
const EN_WINDOWS: Windows = { thresholdBefore: 2, thresholdAfter: 3, changeBefore: 1, range: 4 }
// Chinese counts characters, spaces around numbers included ("不低于 50", "2 小时以内").
const ZH_WINDOWS: Windows = { thresholdBefore: 3, thresholdAfter: 6, changeBefore: 3, range: 12 }

function classify(scan: Scan, windows: Windows): Omit<KeyResultTextAnalysis, 'locale'> {
  const { length, numbers } = scan
  const numberAt: (NumberHit | undefined)[] = new Array(length + 1)
  const numberEndsAt = new Uint8Array(length + 1)
  let lastNumberStart = -1
  for (const number of numbers) {
    numberAt[number.start] ??= number
    numberEndsAt[number.end] = 1
    lastNumberStart = Math.max(lastNumberStart, number.start)
  }
  const numberStartingIn = (from: number, to: number): NumberHit | undefined => {
    for (let i = Math.max(0, from); i <= Math.min(length, to); i++)
      if (numberAt[i]) return numberAt[i]
    return undefined
  }
  const numberEndingIn = (from: number, to: number): boolean => {
    for (let i = Math.max(0, from); i <= Math.min(length, to); i++) if (numberEndsAt[i]) return true
    return false
  }

  // A measure's name hides the delivery verbs inside it: "run rate", "完成率".
  const insideMetric = new Uint8Array(length + 1)
  for (const metric of scan.metric) insideMetric.fill(1, metric.start, metric.end)
  const delivery = scan.delivery.find((hit) => !insideMetric[hit.start])

  const strongChange = scan.change.find(
    (hit) =>
      lastNumberStart >= hit.start || numberEndingIn(hit.start - windows.changeBefore, hit.start),
  )
  const range = findRange(scan, windows, numberStartingIn)
  const threshold =
    scan.before.find((hit) => numberStartingIn(hit.end, hit.end + windows.thresholdBefore)) ??
    scan.after.find((hit) => numberEndingIn(hit.start - windows.thresholdAfter, hit.start))
  const change = strongChange ?? scan.change[0]
  const metric = scan.metric[0]
  const firstNumber = numbers[0]

  let kind: KeyResultKind
  let direction: ChangeDirection | undefined
  // A quantified change or a range states an outcome even next to a delivery verb
  // ("Launch 3 campaigns to lift signups by 10%"); an unquantified one does not.
  if (strongChange || range) {
    kind = 'outcome'
    direction = strongChange?.direction ?? range?.direction ?? (threshold ? 'reach' : undefined)
  } else if (delivery) {
    kind = 'activity'
  } else if (threshold) {
    kind = 'outcome'
    direction = 'reach'
  } else if (change) {
    kind = 'outcome'
    direction = change.direction ?? undefined
  } else if (metric && firstNumber) {
    kind = 'outcome'
  } else {
    kind = 'unclear'
  }

  const reasons: string[] = []
  if (delivery) reasons.push(`delivery_verb:${delivery.term}`)
  if (change) reasons.push(`change_verb:${change.term}`)
  if (range) reasons.push('range')
  if (threshold) reasons.push(`threshold:${threshold.term}`)
  if (metric) reasons.push(`metric:${metric.term}`)
  reasons.push(firstNumber ? `number:${firstNumber.term}` : 'no_number')

  return {
    kind,
    measurable: firstNumber !== undefined,
    ...(direction !== undefined && { direction }),
    reasons,
  }
}

/** Finds "from X to Y" (从 X 到 Y) with both numbers; its direction comes from their values. */
function findRange(
  scan: Scan,
  windows: Windows,
  numberStartingIn: (from: number, to: number) => NumberHit | undefined,
): { direction: ChangeDirection | undefined } | undefined {
  if (scan.from.length === 0 || scan.to.length === 0) return undefined
  const toAt: (Hit | undefined)[] = new Array(scan.length + 1)
  for (const hit of scan.to) toAt[hit.start] ??= hit
  for (const from of scan.from) {
    const low = numberStartingIn(from.end, from.end + windows.range)
    if (!low) continue
    let to: Hit | undefined
    for (let i = low.end; i <= Math.min(scan.length, low.end + windows.range) && !to; i++)
      to = toAt[i]
    if (!to) continue
    const high = numberStartingIn(to.end, to.end + windows.range)
    if (!high) continue
    const direction =
      low.value === undefined || high.value === undefined || low.value === high.value
        ? undefined
        : high.value > low.value
          ? 'increase'
          : 'decrease'
    return { direction }
  }
  return undefined
}

function parseNumber(digits: string): number | undefined {
  // Commas group thousands ("1,000"); a trailing separator ends a sentence ("5.").
  const value = Number.parseFloat(digits.replaceAll(',', ''))
  return Number.isFinite(value) ? value : undefined
}

// Every pattern below is a single character class or a class followed by one loop over a class
// that cannot overlap what comes next: each match is found in one pass, no backtracking.
const DIGITS = /\p{Nd}[\p{Nd}.,]*/gu
const EN_TOKEN = /\p{Nd}[\p{Nd}.,]*|[\p{L}\p{M}]+|[%<>≤≥\p{Sc}]/gu
const ZH_NUMERALS = /[零〇一二两三四五六七八九十百千万亿]+/gu
const TRAILING_SEPARATORS = /[.,]+$/

// --- English: tokens, with verbs reduced to their base form and nouns to the singular ---

type PhraseKind = 'delivery' | 'change' | 'before' | 'after' | 'from' | 'to' | 'quantity' | 'metric'

interface Phrase {
  kind: PhraseKind
  term: string
  keys: string[]
  direction: ChangeDirection | null
}

interface CompiledEnglish {
  verbs: Set<string>
  irregular: Map<string, string>
  /** Phrases by the key of their first word. */
  phrases: Map<string, Phrase[]>
}

const compiledLexicons = new WeakMap<KeyResultLexicon, CompiledEnglish>()

function compileEnglish(lexicon: KeyResultLexicon): CompiledEnglish {
  const cached = compiledLexicons.get(lexicon)
  if (cached) return cached
  const firstWord = (term: string) => term.split(' ')[0] as string
  const verbs = new Set([
    ...lexicon.deliveryVerbs.map(firstWord),
    ...Object.keys(lexicon.changeVerbs).map(firstWord),
  ])
  const compiled: CompiledEnglish = {
    verbs,
    irregular: new Map(Object.entries(lexicon.irregularForms)),
    phrases: new Map(),
  }
  const add = (kind: PhraseKind, term: string, direction: ChangeDirection | null = null) => {
    const keys = term.split(' ').map((word) => keyOf(word, compiled))
    const first = keys[0] as string
    const list = compiled.phrases.get(first)
    const phrase = { kind, term, keys, direction }
    if (list) list.push(phrase)
    else compiled.phrases.set(first, [phrase])
  }
  for (const term of lexicon.deliveryVerbs) add('delivery', term)
  for (const [term, direction] of Object.entries(lexicon.changeVerbs))
    add('change', term, direction)
  for (const term of lexicon.thresholdsBeforeNumber) add('before', term)
  for (const term of lexicon.thresholdsAfterNumber) add('after', term)
  for (const term of lexicon.rangeFrom) add('from', term)
  for (const term of lexicon.rangeTo) add('to', term)
  for (const term of lexicon.quantityWords) add('quantity', term)
  for (const term of lexicon.metricNouns) add('metric', term)
  compiledLexicons.set(lexicon, compiled)
  return compiled
}

/** The form a word is compared in: a known verb's base form, else a naive singular. */
function keyOf(word: string, compiled: CompiledEnglish): string {
  if (compiled.verbs.has(word)) return word
  const irregular = compiled.irregular.get(word)
  if (irregular !== undefined) return irregular
  for (const candidate of verbCandidates(word)) if (compiled.verbs.has(candidate)) return candidate
  if (word.length > 3 && word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) {
    return word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.slice(0, -1)
  }
  return word
}

/** Base forms a word may inflect: launches → launch, created → create, shipping → ship. */
function verbCandidates(word: string): string[] {
  const candidates: string[] = []
  const stem = (base: string) => {
    if (base.length < 2) return
    candidates.push(base, `${base}e`)
    const last = base.at(-1)
    if (base.length > 2 && last === base.at(-2)) candidates.push(base.slice(0, -1))
  }
  if (word.endsWith('ing')) stem(word.slice(0, -3))
  else if (word.endsWith('ed')) stem(word.slice(0, -2))
  else if (word.endsWith('ies')) candidates.push(`${word.slice(0, -3)}y`)
  else if (word.endsWith('es')) candidates.push(word.slice(0, -2), word.slice(0, -1))
  else if (word.endsWith('s')) candidates.push(word.slice(0, -1))
  return candidates
}

function scanEnglish(text: string): Scan {
  const compiled = compileEnglish(enLexicon)
  const tokens = text.match(EN_TOKEN) ?? []
  const keys = tokens.map((token) => keyOf(token, compiled))
  const scan = emptyScan(tokens.length)
  tokens.forEach((token, start) => {
    if (DIGIT_START.test(token)) {
      const digits = token.replace(TRAILING_SEPARATORS, '')
      scan.numbers.push({ term: digits, start, end: start + 1, value: parseNumber(digits) })
      return
    }
    for (const phrase of compiled.phrases.get(keys[start] as string) ?? []) {
      if (!phrase.keys.every((key, offset) => keys[start + offset] === key)) continue
      const hit = { term: phrase.term, start, end: start + phrase.keys.length }
      pushHit(scan, phrase.kind, hit, phrase.direction)
    }
  })
  return scan
}

const DIGIT_START = /^\p{Nd}/u

// --- Chinese: substrings, since words are not separated by spaces ---

function scanChinese(text: string): Scan {
  const lexicon = zhCNLexicon
  const scan = emptyScan(text.length)
  const find = (
    kind: PhraseKind,
    terms: Iterable<string>,
    directions?: KeyResultLexicon['changeVerbs'],
  ) => {
    for (const term of terms) {
      for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + term.length)) {
        const direction = directions ? (directions[term] ?? null) : null
        pushHit(scan, kind, { term, start: at, end: at + term.length }, direction)
      }
    }
  }
  find('delivery', lexicon.deliveryVerbs)
  find('change', Object.keys(lexicon.changeVerbs), lexicon.changeVerbs)
  find('before', lexicon.thresholdsBeforeNumber)
  find('after', lexicon.thresholdsAfterNumber)
  find('from', lexicon.rangeFrom)
  find('to', lexicon.rangeTo)
  find('quantity', lexicon.quantityWords)
  find('metric', lexicon.metricNouns)
  for (const hits of [scan.delivery, scan.change, scan.before, scan.after, scan.from, scan.to]) {
    hits.sort(byStart)
  }
  scan.metric.sort(byStart)

  // Numerals inside words that are no quantity (十分 "very", 统一 "unified") do not count.
  const notNumber = new Uint8Array(text.length)
  for (const term of lexicon.notNumbers) {
    for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + term.length)) {
      notNumber.fill(1, at, at + term.length)
    }
  }
  for (const match of text.matchAll(DIGITS)) {
    const digits = match[0].replace(TRAILING_SEPARATORS, '')
    const start = match.index
    scan.numbers.push({
      term: digits,
      start,
      end: start + digits.length,
      value: parseNumber(digits),
    })
  }
  for (const match of text.matchAll(ZH_NUMERALS)) {
    const run = match[0]
    const start = match.index
    // 一 alone is mostly an article (一个 "a"); after 第 a numeral is an ordinal (第三 "third").
    if (run === '一' || text[start - 1] === '第') continue
    if (notNumber.subarray(start, start + run.length).every((flag) => flag === 1)) continue
    scan.numbers.push({ term: run, start, end: start + run.length, value: undefined })
  }
  scan.numbers.sort(byStart)
  return scan
}

const byStart = (a: Hit, b: Hit) => a.start - b.start

function emptyScan(length: number): Scan {
  return {
    length,
    delivery: [],
    change: [],
    before: [],
    after: [],
    from: [],
    to: [],
    metric: [],
    numbers: [],
  }
}

function pushHit(scan: Scan, kind: PhraseKind, hit: Hit, direction: ChangeDirection | null): void {
  switch (kind) {
    case 'delivery':
      scan.delivery.push(hit)
      break
    case 'change':
      scan.change.push({ ...hit, direction })
      break
    case 'before':
      scan.before.push(hit)
      break
    case 'after':
      scan.after.push(hit)
      break
    case 'from':
      scan.from.push(hit)
      break
    case 'to':
      scan.to.push(hit)
      break
    case 'quantity':
      scan.numbers.push({ ...hit, value: undefined })
      break
    case 'metric':
      scan.metric.push(hit)
      break
  }
}

import type {
  ChangeDirection,
  KeyResultLexicon,
  QuantityKind,
  QuantityWord,
} from '../lexicon/key-result-lexicon'
import { DIGITS, ZH_NUMERALS } from '../patterns'
import { addLexiconTerms, type LexiconTermExtra, type LexiconTermKind } from './lexicon-terms'
import {
  byStart,
  type ChangeHit,
  type CountedNoun,
  emptyScan,
  type Hit,
  outside,
  parseDigits,
  type Quantity,
  type TextScan,
  trimSeparators,
} from './text-scan'

type TermKind = LexiconTermKind | 'notNumber'

interface Term {
  kind: TermKind
  term: string
  direction: ChangeDirection | null
  quantity: QuantityWord | undefined
}

/** A term found in the text; it is its own hit (and change hit, for change words). */
interface Match extends ChangeHit {
  entry: Term
}

interface Compiled {
  /** Terms by their first UTF-16 code unit, longest first. */
  byFirst: Map<number, Term[]>
  nounSuffixes: readonly string[]
  outcomeObjectVerbs: Set<string>
  metricWords: Set<string>
  units: { term: string; kind: Exclude<QuantityKind, 'count' | 'fraction'> }[]
}

const compiledLexicons = new WeakMap<KeyResultLexicon, Compiled>()

function compile(lexicon: KeyResultLexicon): Compiled {
  const cached = compiledLexicons.get(lexicon)
  if (cached) return cached
  const byFirst = new Map<number, Term[]>()
  const add = (kind: TermKind, term: string, extra: LexiconTermExtra = {}) => {
    const entry: Term = { kind, term, direction: null, quantity: undefined, ...extra }
    const first = term.charCodeAt(0)
    const list = byFirst.get(first)
    if (list) list.push(entry)
    else byFirst.set(first, [entry])
  }
  addLexiconTerms(lexicon, add)
  for (const term of lexicon.notNumbers) add('notNumber', term)
  for (const list of byFirst.values()) list.sort((a, b) => b.term.length - a.term.length)
  const units = Object.entries(lexicon.units)
    .flatMap(([kind, terms]) =>
      terms.map((term) => ({ term, kind: kind as Compiled['units'][number]['kind'] })),
    )
    .sort((a, b) => b.term.length - a.term.length)
  const result: Compiled = {
    byFirst,
    nounSuffixes: lexicon.nounSuffixes,
    outcomeObjectVerbs: new Set(lexicon.outcomeObjectVerbs),
    metricWords: new Set(lexicon.metricNouns.filter((term) => LATIN_ONLY(term))),
    units,
  }
  compiledLexicons.set(lexicon, result)
  return result
}

const LATIN_ONLY = (term: string) => {
  for (const char of term) if (!isLatin(char)) return false
  return true
}
const isLatin = (char: string | undefined) => char !== undefined && char >= 'a' && char <= 'z'

// Measure words between a number and its noun: 5 个网页, 6 名工程师, 3 场研讨会.
const CLASSIFIERS = new Set(
  '个名家场篇项次条张位款节单人台份套期支本门所座部轮批封通例起件种类处户间笔'.split(''),
)
// 成 after a number is a tenth (三成 = 30%) unless it starts a word: 成本, 成为, 成功 …
const NOT_PERCENT_AFTER_CHENG = new Set('本为功员果交长熟立就绩'.split(''))
const NUMERAL_VALUES: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
}
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1_000 }
const LARGE_UNITS: Record<string, number> = { 万: 10_000, 亿: 100_000_000 }
const NOUN_WINDOW = 10
// Currency signs between a verb and its number ("筹集 ¥25 万"); after NFKC ￥ is ¥.
const CURRENCY_CODES = new Set([0x24, 0xa3, 0xa5, 0x20ac])
const USAGE_VERBS = ['使用', '采用', '试用', '观看', '阅读', '浏览', '点击', '购买', '下载', '安装']
const USAGE_REACH = 6

/**
 * The value of a run of Chinese numerals: 二十 → 20, 两 → 2, 一万五千 → 15000.
 *
 * @example
 * parseChineseNumeral('一万五千') // 15000
 */
export function parseChineseNumeral(run: string): number | undefined {
  let total = 0
  let section = 0
  let digit: number | undefined
  for (const char of run) {
    const value = NUMERAL_VALUES[char]
    if (value !== undefined) {
      digit = value
      continue
    }
    const small = SMALL_UNITS[char]
    if (small !== undefined) {
      section += (digit ?? 1) * small
      digit = undefined
      continue
    }
    const large = LARGE_UNITS[char]
    if (large === undefined) return undefined
    total += (section + (digit ?? 0)) * large
    section = 0
    digit = undefined
  }
  return total + section + (digit ?? 0)
}

/**
 * Reads a Chinese text (NFKC-normalised, lower case) into a {@link TextScan}; positions are
 * UTF-16 offsets. Terms are found by substring, since Chinese writes no spaces between words.
 * Linear in the length of the text (times the few terms that share a first character).
 *
 * @example
 * scanChinese('创建 5 个网页', zhCNLexicon).work[0]?.term // '创建'
 */
export function scanChinese(text: string, lexicon: KeyResultLexicon): TextScan {
  const lex = compile(lexicon)
  const n = text.length
  const scan = emptyScan(n)
  // One object per term found, in text order: it is the hit (and the change hit) itself.
  const found: Record<TermKind, Match[]> = {
    delivery: [],
    change: [],
    before: [],
    after: [],
    from: [],
    to: [],
    quantity: [],
    metric: [],
    workNoun: [],
    outcomeNoun: [],
    milestone: [],
    date: [],
    cadence: [],
    break: [],
    filler: [],
    notNumber: [],
    outputNoun: [],
    outputVerb: [],
    quality: [],
  }
  const nounAt: (CountedNoun | undefined)[] = new Array(n)
  for (let at = 0; at < n; at++) {
    const candidates = lex.byFirst.get(text.charCodeAt(at))
    if (!candidates) continue
    for (const entry of candidates) {
      const { term, kind } = entry
      if (!text.startsWith(term, at)) continue
      const end = at + term.length
      found[kind].push({ term, start: at, end, direction: entry.direction, entry })
      if ((kind === 'workNoun' || kind === 'outcomeNoun') && !nounAt[at]) {
        nounAt[at] = { term, start: at, end, kind: kind === 'workNoun' ? 'work' : 'outcome' }
      }
    }
  }

  scan.metric = found.metric
  // Where a measure, a change or customers start: what 实现 achieves rather than builds.
  const achieved = new Uint8Array(n + 1)
  for (const hit of found.metric) achieved[hit.start] = 1
  for (const hit of found.change) achieved[hit.start] = 1
  for (const hit of found.outcomeNoun) achieved[hit.start] = 1
  const isWork = (hit: Hit) => {
    if (lex.nounSuffixes.some((suffix) => text.startsWith(suffix, hit.end))) return false
    if (!lex.outcomeObjectVerbs.has(hit.term)) return true
    // 实现盈利, 实现收入增长 state an outcome; 实现单点登录 is work.
    let next = hit.end
    while (text[next] === ' ') next++
    return !achieved[next]
  }
  scan.work = outside(found.delivery, scan.metric).filter(isWork)
  scan.milestones = found.milestone
  scan.change = outside(found.change, scan.metric)
  scan.before = found.before
  scan.after = found.after
  scan.from = found.from
  scan.to = found.to
  // What people use is not what the team makes: 使用已保存报表功能.
  const usage = new Uint8Array(n + 1)
  for (const verb of USAGE_VERBS) {
    for (let at = text.indexOf(verb); at !== -1; at = text.indexOf(verb, at + verb.length)) {
      usage.fill(1, at + verb.length, Math.min(n, at + verb.length + USAGE_REACH))
    }
  }
  scan.workNouns = outside(found.workNoun, scan.metric).filter((hit) => !usage[hit.start])
  scan.outcomeNouns = found.outcomeNoun
  scan.cadences = found.cadence
  scan.dates = found.date
  scan.breaks = found.break
  scan.outputNouns = outside(found.outputNoun, scan.metric)
  scan.outputVerbs = outside(found.outputVerb, scan.metric)
  scan.qualities = found.quality

  const notNumber = new Uint8Array(n)
  for (const hit of found.notNumber) notNumber.fill(1, hit.start, hit.end)
  readQuantities(text, lex, notNumber, found.quantity, scan)
  scan.quantities.sort(byStart)
  scan.dates.sort(byStart)

  const filler = new Uint8Array(n)
  for (const hit of found.filler) filler.fill(1, hit.start, hit.end)
  for (const hit of found.before) filler.fill(1, hit.start, hit.end)
  const nonFiller = new Int32Array(n + 1)
  for (let at = 0; at < n; at++) {
    if (CURRENCY_CODES.has(text.charCodeAt(at))) filler[at] = 1
    nonFiller[at + 1] = (nonFiller[at] as number) + (filler[at] ? 0 : 1)
  }
  const verbStarts = new Uint8Array(n + 1)
  for (const hit of scan.work) verbStarts[hit.start] = 1
  for (const hit of scan.change) verbStarts[hit.start] = 1
  const breakStarts = new Uint8Array(n + 1)
  for (const hit of scan.breaks) breakStarts[hit.start] = 1

  let workIndex = -1
  for (const quantity of scan.quantities) {
    while (
      workIndex + 1 < scan.work.length &&
      (scan.work[workIndex + 1] as Hit).end <= quantity.start
    ) {
      workIndex++
    }
    const work = scan.work[workIndex]
    if (work && nonFiller[quantity.start] === nonFiller[work.end]) quantity.directWork = work
    quantity.counted = countedNoun(text, quantity, nounAt, verbStarts, breakStarts)
  }
  return scan
}

/** The last work or outcome noun in the phrase after a quantity: "5 个客户案例" → 案例. */
function countedNoun(
  text: string,
  quantity: Quantity,
  nounAt: readonly (CountedNoun | undefined)[],
  verbStarts: Uint8Array,
  breakStarts: Uint8Array,
): CountedNoun | undefined {
  let at = quantity.end
  while (text[at] === ' ' || text[at] === '多' || text[at] === '余') at++
  if (CLASSIFIERS.has(text[at] as string)) at++
  if (text[at] === '的') at++
  let counted: CountedNoun | undefined
  const limit = Math.min(text.length, at + NOUN_WINDOW)
  while (at < limit) {
    if (breakStarts[at]) break
    const noun = nounAt[at]
    if (noun) {
      counted = noun
      at = noun.end
      continue
    }
    if (verbStarts[at]) break
    at++
  }
  return counted
}

function readQuantities(
  text: string,
  lex: Compiled,
  notNumber: Uint8Array,
  words: readonly Match[],
  scan: TextScan,
): void {
  const consumed = new Uint8Array(text.length + 1)
  const skipSpaces = (at: number) => {
    let position = at
    while (text[position] === ' ') position++
    return position
  }
  const before = (at: number) => {
    let position = at - 1
    while (text[position] === ' ') position--
    return position
  }
  const date = (term: string, start: number, end: number) => {
    scan.dates.push({ term, start, end })
    consumed.fill(1, start, end)
  }

  /**
   * Reads what follows a number from `end` (its unit, a date it belongs to) and records it.
   * `latinBefore`: a Latin word stands right before, as in "SOC 2", "PostgreSQL 16".
   */
  const finish = (
    start: number,
    numberEnd: number,
    term: string,
    initial: number | undefined,
    latinBefore: boolean,
  ) => {
    let value = initial
    let end = numberEnd
    let kind: QuantityKind = 'count'
    const previous = before(start)
    const previousChar = text[previous]
    // 第 4 季度 is a date; other ordinals (第二个) rank rather than count.
    if (previousChar === '第') {
      const next = skipSpaces(end)
      if (text.startsWith('季度', next)) date(`第${term}季度`, previous, next + 2)
      return
    }
    const selector = previousChar === '前' && text[previous - 1] !== '提'
    let next = skipSpaces(end)
    const scale = text[next] === '万' ? 10_000 : text[next] === '亿' ? 1e8 : undefined
    if (scale !== undefined) {
      value = (value as number) * scale
      consumed[next] = 1
      end = next + 1
      next = skipSpaces(end)
    }
    if (text.startsWith('分之', next)) {
      // 三分之一, 万分之五 are fractions; 百分之二十 a percentage.
      let close = skipSpaces(next + 2)
      while (isNumeral(text[close]) || isDigit(text[close])) close++
      push(start, close, term, undefined, term === '百' ? 'percent' : 'fraction', selector)
      return
    }
    const month = text[next] === '月' && text[next - 1] !== '个'
    if (month && value !== undefined && Number.isInteger(value) && value >= 1 && value <= 12) {
      let close = next + 1
      const day = skipSpaces(close)
      let dayEnd = day
      while (isDigit(text[dayEnd]) || isNumeral(text[dayEnd])) dayEnd++
      const unit = skipSpaces(dayEnd)
      if (dayEnd > day && (text[unit] === '日' || text[unit] === '号')) close = unit + 1
      if ('底初中末份'.includes(text[close] as string)) close++
      date(text.slice(start, close), start, close)
      return
    }
    if (text.startsWith('季度', next)) {
      date(text.slice(start, next + 2), start, next + 2)
      return
    }
    if (text[next] === '年' && isYear(term)) {
      date(`${term}年`, start, next + 1)
      return
    }
    if (text[next] === '成' && !NOT_PERCENT_AFTER_CHENG.has(text[next + 1] as string)) {
      kind = 'percent'
      end = next + 1
    } else if (text[next] === '分' && !text.startsWith('分钟', next)) {
      end = next + 1
    } else {
      const unit = lex.units.find(({ term: unit }) => text.startsWith(unit, next))
      if (unit) {
        kind = unit.kind
        end = next + unit.term.length
      }
    }
    if (text.startsWith('百分之', start - 3) || text.startsWith('百分之', before(start) - 2)) {
      kind = 'percent'
    }
    if (latinBefore && kind === 'count') return
    push(start, end, term, value, kind, selector)
  }
  const push = (
    start: number,
    end: number,
    term: string,
    value: number | undefined,
    kind: QuantityKind,
    selector: boolean,
  ) => {
    scan.quantities.push({
      term,
      start,
      end,
      kind,
      value,
      selector,
      directWork: undefined,
      counted: undefined,
    })
    consumed.fill(1, start, end)
  }

  // `exec` rather than `matchAll`, which copies the pattern on every call (see scan-english).
  DIGITS.lastIndex = 0
  for (let match = DIGITS.exec(text); match !== null; match = DIGITS.exec(text)) {
    const digits = trimSeparators(match[0])
    const start = match.index
    const end = start + digits.length
    if (consumed[start]) continue
    // Letters glued before the digits: "Q3", "H1" are dates; "P1", "P95", "v2" names.
    const glued = text[start - 1]
    if (isLatin(glued)) {
      let wordStart = start - 1
      while (isLatin(text[wordStart - 1])) wordStart--
      const letters = text.slice(wordStart, start)
      const value = parseDigits(digits)
      const quarter = letters === 'q' && value !== undefined && value >= 1 && value <= 4
      const half = letters === 'h' && (value === 1 || value === 2)
      if (quarter || half || letters === 'fy') date(`${letters}${digits}`, wordStart, end)
      continue
    }
    const previous = before(start)
    let latinBefore = false
    if (isLatin(text[previous]) && previous < start - 1) {
      let wordStart = previous
      while (isLatin(text[wordStart - 1])) wordStart--
      latinBefore = !lex.metricWords.has(text.slice(wordStart, previous + 1))
    }
    finish(start, end, digits, parseDigits(digits), latinBefore)
  }

  ZH_NUMERALS.lastIndex = 0
  for (let match = ZH_NUMERALS.exec(text); match !== null; match = ZH_NUMERALS.exec(text)) {
    const run = match[0]
    const start = match.index
    const end = start + run.length
    if (consumed[start]) continue
    // 一 alone is mostly an article (一个, 一场), not a quantity.
    if (run === '一' || run === '〇') continue
    if (notNumber.subarray(start, end).every((flag) => flag === 1)) continue
    // 百, 千, 万 alone name no number (百货, 万物) unless a fraction follows (万分之五).
    const unitsOnly = [...run].every(
      (char) => char in LARGE_UNITS || char === '百' || char === '千',
    )
    if (unitsOnly && !text.startsWith('分之', end)) continue
    finish(start, end, run, parseChineseNumeral(run), false)
  }

  for (const word of words) {
    const { quantity } = word.entry
    if (consumed[word.start] || !quantity) continue
    push(word.start, word.end, word.term, quantity.value, quantity.kind, false)
  }
}

const isDigit = (char: string | undefined) => char !== undefined && char >= '0' && char <= '9'
const isNumeral = (char: string | undefined) =>
  char !== undefined && '零〇一二两三四五六七八九十百千万亿'.includes(char)

function isYear(digits: string): boolean {
  if (digits.length !== 4) return false
  const value = Number(digits)
  return Number.isInteger(value) && value >= 1900 && value <= 2099
}

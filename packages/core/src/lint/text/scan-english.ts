import type { KeyResultLexicon, QuantityKind, QuantityWord } from '../lexicon/key-result-lexicon'
import { CURRENCY, EN_TOKEN, UPPER } from '../patterns'
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

type UnitKind = Exclude<QuantityKind, 'count' | 'fraction'>

type PhraseKind = LexiconTermKind | 'changeBeforeNumber' | UnitKind

interface Phrase {
  kind: PhraseKind
  term: string
  keys: string[]
  direction: ChangeHit['direction']
  quantity: QuantityWord | undefined
}

/** A phrase found in the text; it is its own hit (and change hit, for change words). */
interface Match extends ChangeHit {
  phrase: Phrase
}

function groupByKind(matches: readonly Match[]): Record<PhraseKind, Match[]> {
  // A literal with every key keeps the object's shape fixed, which V8 reads fastest.
  const groups: Record<PhraseKind, Match[]> = {
    delivery: [],
    change: [],
    changeBeforeNumber: [],
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
    outputNoun: [],
    outputVerb: [],
    quality: [],
    percent: [],
    money: [],
    duration: [],
    multiple: [],
  }
  for (const match of matches) groups[match.phrase.kind].push(match)
  return groups
}

interface Compiled {
  verbs: Set<string>
  irregular: Map<string, string>
  /** Keys of the words seen so far: words repeat across key results, inflecting them does not. */
  keys: Map<string, string>
  /** Phrases by the key of their first word. */
  phrases: Map<string, Phrase[]>
  alsoNouns: Set<string>
  outcomeObjectVerbs: Set<string>
  nounSuffixes: Set<string>
  selectors: Set<string>
  nameWords: Set<string>
  months: Set<string>
  metricWords: Set<string>
}

const compiledLexicons = new WeakMap<KeyResultLexicon, Compiled>()

function compile(lexicon: KeyResultLexicon): Compiled {
  const cached = compiledLexicons.get(lexicon)
  if (cached) return cached
  const firstWord = (term: string) => term.split(' ')[0] as string
  const result: Compiled = {
    verbs: new Set([
      ...lexicon.deliveryVerbs.map(firstWord),
      ...Object.keys(lexicon.changeVerbs).map(firstWord),
    ]),
    irregular: new Map(Object.entries(lexicon.irregularForms)),
    keys: new Map(),
    phrases: new Map(),
    alsoNouns: new Set(lexicon.verbsAlsoNouns),
    outcomeObjectVerbs: new Set(lexicon.outcomeObjectVerbs),
    nounSuffixes: new Set(),
    selectors: new Set(),
    nameWords: new Set(),
    months: new Set(),
    metricWords: new Set(),
  }
  const key = (word: string) => keyOf(word, result)
  for (const word of lexicon.nounSuffixes) result.nounSuffixes.add(key(word))
  for (const word of lexicon.selectors) result.selectors.add(key(word))
  // Compared as written: "building 5" names a building, "build 5" counts work.
  for (const word of lexicon.nameWords) result.nameWords.add(word)
  for (const word of lexicon.months) result.months.add(key(word))
  for (const term of lexicon.metricNouns) {
    for (const word of term.split(' ')) result.metricWords.add(key(word))
  }
  const add = (kind: PhraseKind, term: string, extra: LexiconTermExtra = {}) => {
    const keys = term.split(' ').map(key)
    const phrase: Phrase = { kind, term, keys, direction: null, quantity: undefined, ...extra }
    const first = keys[0] as string
    const list = result.phrases.get(first)
    if (list) list.push(phrase)
    else result.phrases.set(first, [phrase])
  }
  addLexiconTerms(lexicon, add)
  for (const [term, direction] of Object.entries(lexicon.changeWordsBeforeNumber)) {
    add('changeBeforeNumber', term, { direction })
  }
  for (const [kind, terms] of Object.entries(lexicon.units)) {
    for (const term of terms) add(kind as UnitKind, term)
  }
  compiledLexicons.set(lexicon, result)
  return result
}

/** The form a word is compared in: a known verb's base form, else a naive singular. */
function keyOf(word: string, lexicon: Pick<Compiled, 'verbs' | 'irregular'>): string {
  if (lexicon.verbs.has(word)) return word
  const irregular = lexicon.irregular.get(word)
  if (irregular !== undefined) return irregular
  for (const candidate of verbCandidates(word)) if (lexicon.verbs.has(candidate)) return candidate
  const plural =
    word.length > 3 &&
    word.endsWith('s') &&
    !word.endsWith('ss') &&
    !word.endsWith('us') &&
    !word.endsWith('is')
  if (!plural) return word
  return word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.slice(0, -1)
}

const KEY_CACHE_SIZE = 20_000

function cachedKey(word: string, lexicon: Compiled): string {
  let key = lexicon.keys.get(word)
  if (key === undefined) {
    // A bound keeps memory flat whatever the input; starting over is cheap.
    if (lexicon.keys.size >= KEY_CACHE_SIZE) lexicon.keys.clear()
    key = keyOf(word, lexicon)
    lexicon.keys.set(word, key)
  }
  return key
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

interface Token {
  raw: string
  lower: string
  key: string
  type: 'number' | 'word' | 'symbol'
  /** Whitespace stands between this token and the one before. */
  gap: boolean
  /** Joined to the word before by a hyphen: "tier-1", "sign-ups". */
  joined: boolean
}

function tokenize(text: string, lexicon: Compiled): Token[] {
  const tokens: Token[] = []
  let previousEnd = 0
  let hyphen = false
  // `exec` on the shared pattern: `matchAll` copies the pattern on every call, and those copies
  // made this loop most of the time of a lint after a full GC.
  EN_TOKEN.lastIndex = 0
  for (let match = EN_TOKEN.exec(text); match !== null; match = EN_TOKEN.exec(text)) {
    const raw = match[0]
    const gap = match.index > previousEnd
    previousEnd = match.index + raw.length
    const type = match[1] ? 'number' : match[2] ? 'word' : 'symbol'
    // A hyphen right after a word or number is dropped and glues the two: "sign-ups", "24-hour".
    if (raw === '-' && !gap && tokens.length > 0) {
      hyphen = true
      continue
    }
    const lower = raw.toLowerCase()
    const key = type === 'word' ? cachedKey(lower, lexicon) : lower
    tokens.push({ raw, lower, key, type, gap: gap || hyphen, joined: hyphen && !gap })
    hyphen = false
  }
  return tokens
}

const DATE_PREPOSITIONS = new Set([
  'by',
  'in',
  'before',
  'until',
  'till',
  'of',
  'end',
  'during',
  'through',
  'since',
  'after',
  'early',
  'mid',
  'late',
  'from',
  'fy',
])
// Where an imperative verb stands: first in the text or a clause, after "and", "to" …
const IMPERATIVE_BEFORE = new Set([
  'and',
  'then',
  'to',
  ',',
  ';',
  ':',
  '(',
  '•',
  '*',
  '–',
  '—',
  'successfully',
  'also',
  'fully',
  'first',
])
const NOUN_PHRASE_STOPS = new Set([
  'of',
  'for',
  'in',
  'on',
  'to',
  'with',
  'by',
  'from',
  'at',
  'per',
  'across',
  'about',
  'within',
  'over',
  'under',
  'than',
  'into',
  'via',
  'through',
  'during',
  'after',
  'before',
  'that',
  'who',
  'which',
  'and',
  'or',
  'a',
  'each',
  'every',
])
const DETERMINERS = new Set(['the', 'all', 'our', 'their', 'its', 'your', 'new'])
const ADJECTIVE_BEFORE = new Set([
  'the',
  'a',
  'an',
  'of',
  'our',
  'their',
  'its',
  'all',
  'new',
  'with',
  'for',
  'in',
  'on',
  'any',
  'more',
  'fewer',
])
const COMPLEMENTS = new Set(['with', 'including', 'containing', 'featuring'])
const DASHES = new Set(['-', '–', '—'])
const NOUN_PHRASE_WORDS = 4
const MULTIPLIERS: Record<string, number> = { k: 1e3, m: 1e6, mm: 1e6, mn: 1e6, b: 1e9, bn: 1e9 }
const GLUED_DURATIONS = new Set(['h', 'hr', 'hrs', 'ms', 's', 'sec', 'min', 'mins', 'd', 'w', 'wk'])
const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th'])

/**
 * Reads an English text (NFKC-normalised, original case) into a {@link TextScan}; positions are
 * token indexes. Linear in the length of the text.
 *
 * @example
 * scanEnglish('Create 5 web pages', enLexicon).quantities[0]?.counted?.term // 'web page'
 */
export function scanEnglish(text: string, lexicon: KeyResultLexicon): TextScan {
  const lex = compile(lexicon)
  const tokens = tokenize(text, lex)
  const n = tokens.length
  const scan = emptyScan(n)

  // Every phrase found, in token order; `first[at]` is the first one starting at token `at`.
  const matches: Match[] = []
  const first = new Int32Array(n + 1).fill(-1)
  for (let start = 0; start < n; start++) {
    const token = tokens[start] as Token
    if (token.type === 'number') continue
    const candidates = lex.phrases.get(token.key)
    if (!candidates) continue
    for (const phrase of candidates) {
      const { keys } = phrase
      let matched = true
      for (let offset = 1; offset < keys.length && matched; offset++) {
        matched = tokens[start + offset]?.key === keys[offset]
      }
      if (!matched) continue
      if (first[start] === -1) first[start] = matches.length
      const { term, direction } = phrase
      matches.push({ term, start, end: start + keys.length, direction, phrase })
    }
  }
  const phraseAt = (kind: PhraseKind, at: number): Phrase | undefined => {
    let best: Phrase | undefined
    const from = first[at] ?? -1
    if (from === -1) return undefined
    for (let i = from; i < matches.length && (matches[i] as Match).start === at; i++) {
      const { phrase } = matches[i] as Match
      if (phrase.kind === kind && (!best || best.keys.length < phrase.keys.length)) best = phrase
    }
    return best
  }
  const raw = groupByKind(matches)

  // Measures hide the verbs inside their names: "run rate", "win rate", "time to merge".
  const metrics: Hit[] = raw.metric
  for (let at = 0; at + 2 < n; at++) {
    const verb = tokens[at + 2] as Token
    if (
      (tokens[at] as Token).key === 'time' &&
      tokens[at + 1]?.key === 'to' &&
      verb.type === 'word'
    ) {
      metrics.push({ term: `time to ${verb.lower}`, start: at, end: at + 3 })
    }
  }
  metrics.sort(byStart)
  scan.metric = metrics

  const outcomeNounEnds = new Uint8Array(n + 1)
  for (const hit of raw.outcomeNoun) outcomeNounEnds[hit.end] = 1
  let firstWord = -1
  for (let at = 0; at < n && firstWord === -1; at++) if (tokens[at]?.type === 'word') firstWord = at
  const imperativeAt = (at: number) =>
    at === firstWord || IMPERATIVE_BEFORE.has(tokens[at - 1]?.key ?? '')
  const isWork = ({ start, end, term }: Hit): boolean => {
    const next = tokens[end]
    if (next && next.type === 'word' && lex.nounSuffixes.has(next.key)) return false
    const token = tokens[start] as Token
    const past = isPast(token, lex)
    if (lex.alsoNouns.has(term) && !imperativeAt(start) && !past) return false
    // A participle before its noun describes it: "automated tests", "the redesigned page".
    const previous = tokens[start - 1]
    if (past && previous && (previous.type === 'number' || ADJECTIVE_BEFORE.has(previous.key))) {
      return false
    }
    // What customers do is their behaviour, not the team's work: "users complete onboarding".
    if (outcomeNounEnds[start]) return false
    const relative = previous?.key
    if ((relative === 'who' || relative === 'that') && outcomeNounEnds[start - 1]) return false
    return true
  }
  scan.work = outside(raw.delivery, metrics).filter(isWork)
  scan.milestones = raw.milestone.filter(
    (hit) =>
      !outcomeNounEnds[hit.start] &&
      (hit.term !== 'live' || !LIVE_NOUNS.has(tokens[hit.end]?.key ?? '')),
  )
  const changes: ChangeHit[] = raw.change
  for (const hit of raw.changeBeforeNumber) {
    const next = tokens[hit.end]
    const quantityNext = next?.type === 'number' || phraseAt('quantity', hit.end) !== undefined
    if (quantityNext || (next && CURRENCY.test(next.raw))) changes.push(hit)
  }
  scan.change = outside(changes.sort(byStart), metrics)
  scan.before = raw.before
  scan.after = raw.after
  scan.from = raw.from
  scan.to = raw.to
  // What people use is not what the team makes: "teams using dashboards".
  const used = (hit: Hit) => isUsage(tokens[hit.start - 1]) || isUsage(tokens[hit.start - 2])
  scan.workNouns = outside(raw.workNoun, metrics).filter((hit) => !used(hit))
  scan.outcomeNouns = raw.outcomeNoun
  scan.cadences = raw.cadence
  scan.dates = raw.date
  scan.breaks = raw.break
  scan.outputNouns = outside(raw.outputNoun, metrics)
  scan.outputVerbs = outside(raw.outputVerb, metrics)
  scan.qualities = raw.quality
  for (let at = 0; at < n; at++) {
    const token = tokens[at] as Token
    if (token.type === 'symbol' && token.gap && DASHES.has(token.raw)) {
      scan.breaks.push({ term: token.raw, start: at, end: at + 1 })
    }
    // Months are deadlines after "by", "in", "end of" …; with a day they are read with the number.
    if (token.type === 'word' && lex.months.has(token.key)) {
      if (DATE_PREPOSITIONS.has(tokens[at - 1]?.key ?? '')) {
        scan.dates.push({ term: token.lower, start: at, end: at + 1 })
      }
    }
  }

  readQuantities(tokens, lex, phraseAt, raw.quantity, scan)

  // Words that may stand between a delivery verb and the number it counts.
  const nonFiller = new Int32Array(n + 1)
  const filler = new Uint8Array(n)
  for (const hit of raw.filler) filler.fill(1, hit.start, hit.end)
  for (const hit of raw.before) filler.fill(1, hit.start, hit.end)
  for (let at = 0; at < n; at++) {
    const token = tokens[at] as Token
    if (token.type === 'symbol' && CURRENCY.test(token.raw)) filler[at] = 1
    nonFiller[at + 1] = (nonFiller[at] as number) + (filler[at] ? 0 : 1)
  }
  const verbStarts = new Uint8Array(n + 1)
  for (const hit of scan.work) verbStarts[hit.start] = 1
  for (const hit of scan.change) verbStarts[hit.start] = 1
  const breakStarts = new Uint8Array(n + 1)
  for (const hit of scan.breaks) breakStarts[hit.start] = 1

  const achieving = new Set<Hit>()
  let workIndex = -1
  for (const quantity of scan.quantities) {
    while (
      workIndex + 1 < scan.work.length &&
      (scan.work[workIndex + 1] as Hit).end <= quantity.start
    ) {
      workIndex++
    }
    const work = scan.work[workIndex]
    // A number that describes the deliverable ("a board with 8 members") counts no outcome.
    const complement = COMPLEMENTS.has(tokens[quantity.start - 1]?.key ?? '')
    quantity.counted = complement
      ? undefined
      : countedNoun(quantity, tokens, phraseAt, verbStarts, breakStarts)
    if (work && nonFiller[quantity.start] === nonFiller[work.end]) {
      const achieves =
        lex.outcomeObjectVerbs.has(work.term) &&
        (quantity.counted?.kind === 'outcome' || phraseAt('metric', quantity.end) !== undefined)
      // "Add 500 paying customers", "Deliver 99.9% uptime": the verb means "achieve" here.
      if (achieves) achieving.add(work)
      else quantity.directWork = work
    }
  }
  scan.work = scan.work.filter((hit) => !achieving.has(hit))

  scan.dates.sort(byStart)
  scan.breaks.sort(byStart)
  return scan
}

const USAGE_VERBS = [
  'use',
  'adopt',
  'try',
  'engage',
  'read',
  'watch',
  'view',
  'click',
  'open',
  'buy',
  'purchase',
  'download',
  'install',
  'visit',
  'attend',
  'complete',
]
const USAGE_FORMS = new Set(
  USAGE_VERBS.flatMap((base) => {
    const stem = base.endsWith('e') ? base.slice(0, -1) : base
    const y = base.endsWith('y') ? [`${base.slice(0, -1)}ies`, `${base.slice(0, -1)}ied`] : []
    return [base, `${base}s`, `${base}es`, `${stem}ed`, `${stem}ing`, ...y]
  }),
)
const isUsage = (token: Token | undefined) => token !== undefined && USAGE_FORMS.has(token.lower)

/** Nouns after "live" that make it no milestone: "live chat", "live stream". */
const LIVE_NOUNS = new Set(['chat', 'stream', 'event', 'support', 'demo', 'video', 'webinar'])

function isPast(token: Token, lex: Compiled): boolean {
  if (token.lower.endsWith('ed')) return true
  const irregular = lex.irregular.get(token.lower)
  return irregular !== undefined && irregular !== token.lower
}

/** The last work or outcome noun of the phrase after a quantity: "5 customer case studies". */
function countedNoun(
  quantity: Quantity,
  tokens: readonly Token[],
  phraseAt: (kind: PhraseKind, at: number) => Phrase | undefined,
  verbStarts: Uint8Array,
  breakStarts: Uint8Array,
): CountedNoun | undefined {
  let at = quantity.end
  // "95% of (the) new users", "a third of our customers".
  if ((quantity.kind === 'percent' || quantity.kind === 'fraction') && tokens[at]?.key === 'of') {
    at++
  }
  let counted: CountedNoun | undefined
  const limit = Math.min(tokens.length, at + NOUN_PHRASE_WORDS)
  while (at < limit) {
    const token = tokens[at] as Token
    if (DETERMINERS.has(token.key) && counted === undefined) {
      at++
      continue
    }
    if (NOUN_PHRASE_STOPS.has(token.key) || breakStarts[at] || verbStarts[at]) break
    const work = phraseAt('workNoun', at)
    const outcome = phraseAt('outcomeNoun', at)
    const phrase =
      work && outcome
        ? work.keys.length >= outcome.keys.length
          ? work
          : outcome
        : (work ?? outcome)
    if (phrase) {
      const end = at + phrase.keys.length
      counted = { term: phrase.term, start: at, end, kind: phrase === work ? 'work' : 'outcome' }
      at = end
    } else {
      at++
    }
  }
  return counted
}

function readQuantities(
  tokens: readonly Token[],
  lex: Compiled,
  phraseAt: (kind: PhraseKind, at: number) => Phrase | undefined,
  words: readonly Match[],
  scan: TextScan,
): void {
  const consumed = new Uint8Array(tokens.length + 1)
  const firstWord = tokens.findIndex((token) => token.type === 'word')

  /** Units after a quantity: "%", "percent", "hours", "x", "usd"; returns the kind and end. */
  const unitAfter = (at: number): { kind: UnitKind; end: number } | undefined => {
    for (const kind of ['percent', 'money', 'duration', 'multiple'] as const) {
      const phrase = phraseAt(kind, at)
      if (phrase) return { kind, end: at + phrase.keys.length }
    }
    return undefined
  }
  const push = (
    term: string,
    start: number,
    end: number,
    kind: QuantityKind,
    value: number | undefined,
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
  const date = (term: string, start: number, end: number) => {
    scan.dates.push({ term, start, end })
    consumed.fill(1, start, end)
  }

  // Number words: "five", "a third", "double"; "five hundred" is one quantity.
  const wordAt = new Map<number, Match>()
  for (const word of words) {
    const existing = wordAt.get(word.start)
    if (!existing || existing.end < word.end) wordAt.set(word.start, word)
  }

  tokens.forEach((token, at) => {
    if (consumed[at]) return
    if (token.type === 'number') {
      readNumber(at)
      return
    }
    const word = wordAt.get(at)
    if (!word) {
      // "one hundred", "one million": "one" alone is rather an article.
      if (token.key === 'one' && (phraseAt('quantity', at + 1)?.quantity?.value ?? 0) >= 100) {
        readWords(at, at + 1, 1)
      }
      return
    }
    const { quantity } = word.phrase
    if (!quantity) return
    // "double down" commits; it does not count.
    if (word.phrase.term === 'double' && tokens[at + 1]?.key === 'down') return
    readWords(at, word.end, quantity.value, quantity.kind)
  })

  function readWords(
    start: number,
    wordEnd: number,
    first: number | undefined,
    firstKind: QuantityKind = 'count',
  ): void {
    let value = first
    let end = wordEnd
    let kind = firstKind
    // Later count words multiply ("five hundred") or add ("twenty five").
    for (;;) {
      const next = wordAt.get(end)?.phrase.quantity
      if (kind !== 'count' || next?.kind !== 'count') break
      if (next.value === undefined || value === undefined) break
      value = next.value >= 100 ? value * next.value : value + next.value
      end++
    }
    const unit = kind === 'count' ? unitAfter(end) : undefined
    if (unit) {
      kind = unit.kind
      end = unit.end
    }
    const selector = lex.selectors.has(tokens[start - 1]?.key ?? '')
    const term = tokens
      .slice(start, wordEnd)
      .map((t) => t.lower)
      .join(' ')
    push(term, start, end, kind, value, selector)
  }

  function readNumber(at: number): void {
    const token = tokens[at] as Token
    const digits = trimSeparators(token.raw)
    let value = parseDigits(digits)
    let kind: QuantityKind = 'count'
    let end = at + 1
    let selector = false
    const previous = tokens[at - 1]
    const next = tokens[at + 1]
    const glued = previous?.type === 'word' && !token.gap

    if (glued && !token.joined) {
      // "Q3", "H1", "FY26" are dates; "P1", "v2", "web3" names.
      const letters = previous.lower
      const quarter = letters === 'q' && value !== undefined && value >= 1 && value <= 4
      const half = letters === 'h' && (value === 1 || value === 2)
      if (quarter || half || letters === 'fy') date(`${letters}${digits}`, at - 1, at + 1)
      return
    }
    if (previous?.type === 'word' && token.joined) {
      // "top-10" picks; "tier-1", "GPT-4", "COVID-19" are names.
      if (!lex.selectors.has(previous.key)) return
      selector = true
    } else if (previous?.type === 'word') {
      if (lex.selectors.has(previous.key)) selector = true
      else if (lex.nameWords.has(previous.lower)) return
      else if (lex.months.has(previous.key) && value !== undefined && value <= 31) {
        date(`${previous.lower} ${digits}`, at - 1, at + 1)
        return
      }
    }

    // Letters glued after the digits: "40k", "3x", "24h", "4th".
    if (next?.type === 'word' && !next.gap) {
      const suffix = next.lower
      const multiplier = MULTIPLIERS[suffix]
      if (multiplier !== undefined) {
        if (value !== undefined) value *= multiplier
        end++
      } else if (suffix === 'x') {
        kind = 'multiple'
        end++
      } else if (GLUED_DURATIONS.has(suffix)) {
        kind = 'duration'
        end++
      } else if (ORDINAL_SUFFIXES.has(suffix)) {
        // "4th quarter" is a date; other ordinals rank rather than count.
        const period = tokens[at + 2]?.key
        if (period === 'quarter' || period === 'half') date(`${digits}${suffix}`, at, at + 3)
        return
      } else if (suffix === 'am' || suffix === 'pm') {
        date(`${digits}${suffix}`, at, at + 2)
        return
      }
    }
    if (previous?.type === 'symbol' && CURRENCY.test(previous.raw)) kind = 'money'
    // "2.5 million", "10 thousand".
    const scale = wordAt.get(end)?.phrase.quantity
    if (scale?.kind === 'count' && scale.value !== undefined && scale.value >= 100) {
      if (value !== undefined) value *= scale.value
      end++
      consumed[end - 1] = 1
    }
    if (kind === 'count') {
      const unit = unitAfter(end)
      if (unit) {
        kind = unit.kind
        end = unit.end
      }
    }
    const following = tokens[end]
    if (kind === 'count' && following?.type === 'word' && lex.months.has(following.key)) {
      if (value !== undefined && value <= 31) {
        date(`${digits} ${following.lower}`, at, end + 1)
        return
      }
    }
    if (kind === 'count' && !selector && previous?.type === 'word' && at - 1 !== firstWord) {
      // A number after an acronym or product name is part of the name: "SOC 2", "PostgreSQL 16".
      const name = previous.raw.slice(1)
      if (UPPER.test(name) && !lex.metricWords.has(previous.key)) return
    }
    if (kind === 'count' && isYear(digits)) {
      if (DATE_PREPOSITIONS.has(previous?.key ?? '')) {
        date(digits, at, end)
        return
      }
      // A year used as a name ("the 2026 report") counts nothing; "2000 customers" does.
      const counts =
        phraseAt('workNoun', end) ?? phraseAt('outcomeNoun', end) ?? phraseAt('metric', end)
      if (!counts) return
    }
    push(digits, at, end, kind, value, selector)
  }
}

function isYear(digits: string): boolean {
  if (digits.length !== 4) return false
  const value = Number(digits)
  return Number.isInteger(value) && value >= 1900 && value <= 2099
}

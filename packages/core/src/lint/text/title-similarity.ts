import { HAN, WORD_OR_DIGITS } from '../patterns'

/**
 * A title prepared for comparison: lower case, NFKC, punctuation and spacing dropped, every
 * number replaced by `#` (a copied key result with a new target is still a copy).
 */
export interface ComparableTitle {
  /** Equal keys are the same title. Empty for a title with no words. */
  key: string
  /** Chinese titles are compared by character pairs, others by words. */
  han: boolean
  /** Words (English) or character pairs (Chinese), as a set. */
  units: Set<string>
}

// Words that carry no meaning of their own in a key result title.
const STOP_WORDS = new Set([
  'the',
  'a',
  'an',
  'of',
  'to',
  'for',
  'in',
  'on',
  'by',
  'and',
  'with',
  'our',
  'from',
  'at',
])
// Grammatical characters of Chinese key results (将 X 提高到 Y): they change no meaning.
const FUNCTION_CHARS = new Set('将把的了到至由从使让对在与和及为'.split(''))
const MAX_TITLE = 2_000

/**
 * Prepares a title for {@link titleSimilarity}; linear in its length (capped).
 *
 * @example
 * comparableTitle('Increase NPS to 50!').key // 'increase nps #'
 */
export function comparableTitle(title: string): ComparableTitle {
  const text = title.slice(0, MAX_TITLE).normalize('NFKC').toLowerCase()
  const han = HAN.test(text)
  const runs: string[] = []
  // `exec` rather than `matchAll`, which copies the pattern on every call (see `tokenize`).
  WORD_OR_DIGITS.lastIndex = 0
  for (let match = WORD_OR_DIGITS.exec(text); match !== null; match = WORD_OR_DIGITS.exec(text)) {
    runs.push(match[2] ? '#' : match[0])
  }
  if (han) {
    let key = ''
    for (const char of runs.join('')) if (!FUNCTION_CHARS.has(char)) key += char
    const units = new Set<string>()
    const chars = [...key]
    for (let i = 0; i + 1 < chars.length; i++) units.add(`${chars[i]}${chars[i + 1]}`)
    if (chars.length === 1) units.add(key)
    return { key, han, units }
  }
  const words = runs.filter((word) => !STOP_WORDS.has(word)).map(singular)
  return { key: words.join(' '), han, units: new Set(words) }
}

/**
 * How alike two titles are, 0–1: 1 for the same key; English by word overlap (Jaccard),
 * Chinese by shared character pairs (Dice); 0 across languages.
 *
 * @example
 * titleSimilarity(comparableTitle('Grow NPS to 50'), comparableTitle('Grow the NPS to 60')) // 1
 */
export function titleSimilarity(a: ComparableTitle, b: ComparableTitle): number {
  if (a.key === '' || b.key === '') return 0
  if (a.key === b.key) return 1
  if (a.han !== b.han) return 0
  let shared = 0
  const [small, large] = a.units.size <= b.units.size ? [a.units, b.units] : [b.units, a.units]
  for (const unit of small) if (large.has(unit)) shared++
  if (a.han) return (2 * shared) / (a.units.size + b.units.size)
  return shared / (a.units.size + b.units.size - shared)
}

function singular(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word
}

/**
 * Every regular expression the lint text heuristics use, in one place so a test can run each
 * through a ReDoS checker. Each is a character class, or a class followed by one loop over a
 * class: a match is found in one pass, with no backtracking.
 */

/** Any Han character: a text with one is read as Chinese. */
export const HAN = /\p{Script=Han}/u

/**
 * English tokens, one group each: a number (digits with `.` / `,` inside), a word (letters and
 * combining marks), or any other single non-space character (`%`, `$`, `+`, `-`, `,` …).
 */
export const EN_TOKEN = /(\p{Nd}[\p{Nd}.,]*)|([\p{L}\p{M}]+)|([^\s\p{L}\p{M}\p{Nd}])/gu

/** Any digit, in any script. */
export const ANY_DIGIT = /\p{Nd}/u

/** A run of digits with `.` / `,` inside ("1,500", "99.95"); Chinese texts. */
export const DIGITS = /\p{Nd}[\p{Nd}.,]*/gu

/** A run of Chinese numerals ("二十", "两", "三"). */
export const ZH_NUMERALS = /[零〇一二两三四五六七八九十百千万亿]+/gu

/** Words (group 1) and digit runs (group 2) of a title, for comparing titles. */
export const WORD_OR_DIGITS = /([\p{L}\p{M}]+)|(\p{Nd}+)/gu

/** A currency symbol ("$", "€", "¥"). */
export const CURRENCY = /\p{Sc}/u

/** Upper-case letters: an acronym or product name ("SOC", "PostgreSQL", "iOS"). */
export const UPPER = /\p{Lu}/u

/**
 * Every pattern above, for the ReDoS test.
 *
 * @example
 * LINT_PATTERNS.every((pattern) => pattern instanceof RegExp) // true
 */
export const LINT_PATTERNS: readonly RegExp[] = [
  HAN,
  ANY_DIGIT,
  EN_TOKEN,
  DIGITS,
  ZH_NUMERALS,
  WORD_OR_DIGITS,
  CURRENCY,
  UPPER,
]

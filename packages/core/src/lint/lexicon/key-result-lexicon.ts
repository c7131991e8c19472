/**
 * Which way a change moves a measure: up, down, or to a set level.
 *
 * @example
 * const direction: ChangeDirection = 'decrease' // "Reduce response time to 2 hours"
 */
export type ChangeDirection = 'increase' | 'decrease' | 'reach'

/**
 * The word lists the key result text heuristic reads, one per language. Entries are lower case;
 * English entries may be phrases of several words and match any inflection of their verbs.
 *
 * @example
 * const lexicon: KeyResultLexicon = {
 *   deliveryVerbs: ['launch'],
 *   changeVerbs: { increase: 'increase', improve: null },
 *   thresholdsBeforeNumber: ['at least'],
 *   thresholdsAfterNumber: ['or more'],
 *   rangeFrom: ['from'],
 *   rangeTo: ['to'],
 *   quantityWords: ['five'],
 *   metricNouns: ['retention'],
 *   notNumbers: [],
 *   irregularForms: { built: 'build' },
 * }
 */
export interface KeyResultLexicon {
  /** Verbs that name work delivered (an output), not the change it causes. */
  deliveryVerbs: readonly string[]
  /** Verbs and nouns that name a change in a measure, with the direction they move it if known. */
  changeVerbs: Readonly<Record<string, ChangeDirection | null>>
  /** Bounds written before their number: "at least 50", "不低于 50". */
  thresholdsBeforeNumber: readonly string[]
  /** Bounds written after their number: "50 or higher", "2 小时以内". */
  thresholdsAfterNumber: readonly string[]
  /** Opens a range "from X to Y" / "从 X 到 Y". */
  rangeFrom: readonly string[]
  /** Closes a range "from X to Y" / "从 X 到 Y". */
  rangeTo: readonly string[]
  /** Words that carry a quantity without a digit: "five", "dozen", "double", "翻倍". */
  quantityWords: readonly string[]
  /**
   * Names of common measures. Besides counting as a measure, a match hides the delivery verbs
   * inside it ("run rate", "完成率" are measures, not "run" or "完成" work).
   */
  metricNouns: readonly string[]
  /** Words that contain a numeral but are no quantity ("十分", "统一"); Chinese only. */
  notNumbers: readonly string[]
  /** Inflected forms suffix rules cannot derive, mapped to their base form ("built" → "build"). */
  irregularForms: Readonly<Record<string, string>>
}

/**
 * Which way a change moves a measure: up, down, or to a set level.
 *
 * @example
 * const direction: ChangeDirection = 'decrease' // "Reduce response time to 2 hours"
 */
export type ChangeDirection = 'increase' | 'decrease' | 'reach'

/**
 * What a quantity in a text is: a plain count, a percentage, an amount of money, a duration, a
 * multiple ("3x", "double", "翻倍") or a fraction ("a third", "三分之一").
 *
 * @example
 * const kind: QuantityKind = 'percent' // "5%", "百分之五", "三成"
 */
export type QuantityKind = 'count' | 'percent' | 'money' | 'duration' | 'multiple' | 'fraction'

/**
 * A word that is a quantity by itself: its value (when it has one) and its kind.
 *
 * @example
 * const dozen: QuantityWord = { value: 12, kind: 'count' }
 */
export interface QuantityWord {
  value: number | undefined
  kind: QuantityKind
}

/**
 * The word lists the key result text heuristic reads, one per language. Entries are lower case;
 * English entries may be phrases of several words and match any inflection of their verbs
 * (verbs) or their plural (nouns). Lists a language does not need are empty.
 *
 * @example
 * const lexicon: Partial<KeyResultLexicon> = {
 *   deliveryVerbs: ['launch'],
 *   changeVerbs: { increase: 'increase', improve: null },
 *   workNouns: ['web page'],
 *   outcomeNouns: ['customer'],
 * }
 */
export interface KeyResultLexicon {
  /** Verbs that name work delivered (an output), not the change it causes. */
  deliveryVerbs: readonly string[]
  /**
   * Delivery verbs that are also common nouns ("document", "plan", "post"): read as work only in
   * the imperative (first in a clause) or inflected as a verb ("documented"). English only.
   */
  verbsAlsoNouns: readonly string[]
  /**
   * Delivery verbs that also mean "achieve": with a measure, customers or users as their object
   * they state an outcome ("Add 500 paying customers", "Deliver 99.9% uptime", "实现盈利"),
   * with anything else they are work ("Add Apple Pay", "实现单点登录").
   */
  outcomeObjectVerbs: readonly string[]
  /** Verbs and nouns that name a change in a measure, with the direction they move it if known. */
  changeVerbs: Readonly<Record<string, ChangeDirection | null>>
  /** Change words that only count with a number right after them: "up 30%", "down 10%". */
  changeWordsBeforeNumber: Readonly<Record<string, ChangeDirection>>
  /** Bounds written before their number: "at least 50", "不低于 50". */
  thresholdsBeforeNumber: readonly string[]
  /** Bounds written after their number: "50 or higher", "2 小时以内". */
  thresholdsAfterNumber: readonly string[]
  /** Opens a range "from X to Y" / "从 X 到 Y". */
  rangeFrom: readonly string[]
  /** Closes a range "from X to Y" / "从 X 到 Y". */
  rangeTo: readonly string[]
  /** Words that carry a quantity without a digit: "five", "dozen", "double", "翻倍". */
  quantityWords: Readonly<Record<string, QuantityWord>>
  /**
   * Names of common measures. Besides counting as a measure, a match hides the delivery verbs
   * inside it ("run rate", "完成率" are measures, not "run" or "完成" work).
   */
  metricNouns: readonly string[]
  /**
   * Words that, right after a delivery verb, make the pair a noun, so the verb is not read as
   * work: a measure ("build time", "release frequency", "上线率", "招聘周期") or a person or
   * group ("开发者", "设计团队").
   */
  nounSuffixes: readonly string[]
  /** Things a team produces: counted, they are work ("5 web pages", "3 个营销活动"). */
  workNouns: readonly string[]
  /** People and things others bring: counted, they are an outcome ("500 new customers"). */
  outcomeNouns: readonly string[]
  /**
   * Output a team counts: a key result counting it should be paired with one that guards
   * quality ("1,500 tickets", "two new features", "300 calls", "40 deals", "两项新功能").
   */
  outputNouns: readonly string[]
  /** Verbs whose count is output: "resolve 1,500 …", "close 40 …", "关闭 200 张 …". */
  outputVerbs: readonly string[]
  /** Words of quality that pair with output: "reopened", "defects", "satisfaction", "投诉". */
  qualityTerms: readonly string[]
  /** Milestones that are work even without a delivery verb: "ISO 27001 certification", "上线". */
  milestoneNouns: readonly string[]
  /** Words before a number that pick a subset rather than count: "top 20", "前 20". */
  selectors: readonly string[]
  /** Words before a number that make it part of a name: "version 3", "tier 1", "SOC 2". */
  nameWords: readonly string[]
  /** Phrases that name a deadline: "year end", "end of the quarter", "年底". */
  dateWords: readonly string[]
  /** Month names; a month with a day or after "by", "in", "end of" is a deadline. */
  months: readonly string[]
  /** Frequencies, which count as quantities in a range: "from weekly to daily". */
  cadenceWords: readonly string[]
  /** Words that start a new clause: "while", "but". */
  clauseBreaks: readonly string[]
  /** Words that may stand between a delivery verb and the number it counts: "the", "over". */
  fillers: readonly string[]
  /** Units after a number, by the kind of quantity they make. */
  units: Readonly<Record<'percent' | 'money' | 'duration' | 'multiple', readonly string[]>>
  /** Words that contain a numeral but are no quantity ("十分", "统一"); Chinese only. */
  notNumbers: readonly string[]
  /** Inflected forms suffix rules cannot derive, mapped to their base form ("built" → "build"). */
  irregularForms: Readonly<Record<string, string>>
}

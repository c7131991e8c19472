import type { ChangeDirection, KeyResultLexicon, QuantityWord } from '../lexicon/key-result-lexicon'

/** What a lexicon term is read as, by both scanners. */
export type LexiconTermKind =
  | 'delivery'
  | 'change'
  | 'before'
  | 'after'
  | 'from'
  | 'to'
  | 'quantity'
  | 'metric'
  | 'workNoun'
  | 'outcomeNoun'
  | 'milestone'
  | 'date'
  | 'cadence'
  | 'break'
  | 'filler'
  | 'outputNoun'
  | 'outputVerb'
  | 'quality'

/** What a term carries besides its kind: a change word's direction, a number word's value. */
export interface LexiconTermExtra {
  direction?: ChangeDirection | null
  quantity?: QuantityWord
}

/**
 * Hands each term both scanners look for to `add`, with its kind, list by list; each scanner
 * indexes them its own way (English by first word, Chinese by first character) and adds its
 * own lists. Run once per lexicon, when a scanner compiles it.
 *
 * @example
 * addLexiconTerms(enLexicon, (kind, term) => terms.push(`${kind}:${term}`))
 */
export function addLexiconTerms(
  lexicon: KeyResultLexicon,
  add: (kind: LexiconTermKind, term: string, extra?: LexiconTermExtra) => void,
): void {
  for (const term of lexicon.deliveryVerbs) add('delivery', term)
  for (const [term, direction] of Object.entries(lexicon.changeVerbs)) {
    add('change', term, { direction })
  }
  for (const term of lexicon.thresholdsBeforeNumber) add('before', term)
  for (const term of lexicon.thresholdsAfterNumber) add('after', term)
  for (const term of lexicon.rangeFrom) add('from', term)
  for (const term of lexicon.rangeTo) add('to', term)
  for (const [term, quantity] of Object.entries(lexicon.quantityWords)) {
    add('quantity', term, { quantity })
  }
  for (const term of lexicon.metricNouns) add('metric', term)
  for (const term of lexicon.workNouns) add('workNoun', term)
  for (const term of lexicon.outcomeNouns) add('outcomeNoun', term)
  for (const term of lexicon.milestoneNouns) add('milestone', term)
  for (const term of lexicon.dateWords) add('date', term)
  for (const term of lexicon.cadenceWords) add('cadence', term)
  for (const term of lexicon.clauseBreaks) add('break', term)
  for (const term of lexicon.fillers) add('filler', term)
  for (const term of lexicon.outputNouns) add('outputNoun', term)
  for (const term of lexicon.outputVerbs) add('outputVerb', term)
  for (const term of lexicon.qualityTerms) add('quality', term)
}

/** A labelled key result text (see the guidelines in `index.ts`). */
export interface KeyResultSample {
  text: string
  kind: 'outcome' | 'activity'
  measurable: boolean
  /** Where the phrasing comes from. */
  source: string
}

/** A labelled objective text (see the guidelines in `index.ts`). */
export interface ObjectiveSample {
  text: string
  readsLikeMetric: boolean
  /** Where the phrasing comes from. */
  source: string
}

export type CorpusLocale = 'en' | 'zh-CN'
export type CorpusSplit = 'tuning' | 'held-out'

/** Shorthand for the corpus files: `sample('Create 5 web pages', 'activity', true, PLAY)`. */
export const sample = (
  text: string,
  kind: KeyResultSample['kind'],
  measurable: boolean,
  source: string,
): KeyResultSample => ({ text, kind, measurable, source })

/** Shorthand for the objective files. */
export const objectiveSample = (
  text: string,
  readsLikeMetric: boolean,
  source: string,
): ObjectiveSample => ({ text, readsLikeMetric, source })

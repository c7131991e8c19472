import { analyzeKeyResultText } from '../../analyze-key-result-text'
import { analyzeObjectiveText } from '../../analyze-objective-text'
import type { CorpusLocale, KeyResultSample, ObjectiveSample } from './types'

/** Precision and recall of a yes/no prediction, and its accuracy. */
export interface Scores {
  size: number
  truePositives: number
  falsePositives: number
  falseNegatives: number
  precision: number
  recall: number
  accuracy: number
}

/** A sample the heuristic got wrong, for the report. */
export interface Miss {
  text: string
  expected: boolean
  predicted: boolean
}

function score(pairs: readonly { expected: boolean; predicted: boolean }[]): Scores {
  let truePositives = 0
  let falsePositives = 0
  let falseNegatives = 0
  let correct = 0
  for (const { expected, predicted } of pairs) {
    if (expected === predicted) correct++
    if (expected && predicted) truePositives++
    if (!expected && predicted) falsePositives++
    if (expected && !predicted) falseNegatives++
  }
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b)
  return {
    size: pairs.length,
    truePositives,
    falsePositives,
    falseNegatives,
    precision: ratio(truePositives, truePositives + falsePositives),
    recall: ratio(truePositives, truePositives + falseNegatives),
    accuracy: ratio(correct, pairs.length),
  }
}

/** How the activity and measurability heuristics fare on labelled key results. */
export function evaluateKeyResults(
  samples: readonly KeyResultSample[],
  locale: CorpusLocale,
): { activity: Scores; measurable: Scores; misses: { activity: Miss[]; measurable: Miss[] } } {
  const activity: Miss[] = []
  const measurable: Miss[] = []
  for (const sample of samples) {
    const analysis = analyzeKeyResultText(sample.text, { locale })
    activity.push({
      text: sample.text,
      expected: sample.kind === 'activity',
      predicted: analysis.kind === 'activity',
    })
    measurable.push({
      text: sample.text,
      expected: sample.measurable,
      predicted: analysis.measurable,
    })
  }
  const wrong = (list: Miss[]) => list.filter((m) => m.expected !== m.predicted)
  return {
    activity: score(activity),
    measurable: score(measurable),
    misses: { activity: wrong(activity), measurable: wrong(measurable) },
  }
}

/** How the "reads like a metric" heuristic fares on labelled objectives. */
export function evaluateObjectives(
  samples: readonly ObjectiveSample[],
  locale: CorpusLocale,
): { metric: Scores; misses: Miss[] } {
  const pairs = samples.map((sample) => ({
    text: sample.text,
    expected: sample.readsLikeMetric,
    predicted: analyzeObjectiveText(sample.text, { locale }).readsLikeMetric,
  }))
  return { metric: score(pairs), misses: pairs.filter((p) => p.expected !== p.predicted) }
}

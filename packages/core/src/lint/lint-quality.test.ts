import { describe, expect, it } from 'vitest'
import {
  type CorpusLocale,
  type CorpusSplit,
  KEY_RESULT_CORPUS,
  type KeyResultSample,
  OBJECTIVE_CORPUS,
  type ObjectiveSample,
} from './__fixtures__/corpus'
import { evaluateKeyResults, evaluateObjectives, type Miss } from './__fixtures__/corpus/evaluate'

/** What the issue asks of the heuristics, in each language separately. */
const THRESHOLDS = { activityPrecision: 0.9, activityRecall: 0.85, measurableAccuracy: 0.95 }
/** Ours for objectives: the corpus is smaller, the rule simpler. */
const OBJECTIVE_ACCURACY = 0.9

const LOCALES: readonly CorpusLocale[] = ['en', 'zh-CN']
const SPLITS: readonly (CorpusSplit | 'full')[] = ['full', 'tuning', 'held-out']

function keyResults(locale: CorpusLocale, split: CorpusSplit | 'full'): KeyResultSample[] {
  const corpus = KEY_RESULT_CORPUS[locale]
  return split === 'full' ? [...corpus.tuning, ...corpus['held-out']] : [...corpus[split]]
}
function objectives(locale: CorpusLocale, split: CorpusSplit | 'full'): ObjectiveSample[] {
  const corpus = OBJECTIVE_CORPUS[locale]
  return split === 'full' ? [...corpus.tuning, ...corpus['held-out']] : [...corpus[split]]
}

const pct = (value: number) => value.toFixed(3)
const pad = (text: string | number, width: number) => String(text).padEnd(width)

describe('lint quality over the labelled corpus', () => {
  it('prints precision, recall and accuracy per language and split', () => {
    const rows = [
      [
        'locale',
        'split',
        'KRs',
        'activities',
        'act. precision',
        'act. recall',
        'meas. accuracy',
        'objectives',
        'obj. accuracy',
      ],
    ]
    const misses: string[] = []
    const list = (label: string, items: Miss[]) => {
      for (const miss of items) {
        misses.push(`  ${label} ${miss.expected ? 'missed' : 'false alarm'}: ${miss.text}`)
      }
    }
    for (const locale of LOCALES) {
      for (const split of SPLITS) {
        const krs = evaluateKeyResults(keyResults(locale, split), locale)
        const objs = evaluateObjectives(objectives(locale, split), locale)
        rows.push([
          locale,
          split,
          String(krs.activity.size),
          String(krs.activity.truePositives + krs.activity.falseNegatives),
          pct(krs.activity.precision),
          pct(krs.activity.recall),
          pct(krs.measurable.accuracy),
          String(objs.metric.size),
          pct(objs.metric.accuracy),
        ])
        if (split !== 'full') {
          list(`${locale} ${split} activity`, krs.misses.activity)
          list(`${locale} ${split} measurable`, krs.misses.measurable)
          list(`${locale} ${split} objective`, objs.misses)
        }
      }
    }
    const widths = (rows[0] as string[]).map((_, column) =>
      Math.max(...rows.map((row) => (row[column] as string).length)),
    )
    const table = rows.map((row) => row.map((cell, i) => pad(cell, widths[i] ?? 0)).join('  '))
    console.log(
      [
        'Lint heuristics over the labelled corpus (src/lint/__fixtures__/corpus)',
        ...table,
        misses.length > 0 ? 'Misread:' : 'Nothing misread.',
        ...misses,
      ].join('\n'),
    )
    expect(rows).toHaveLength(1 + LOCALES.length * SPLITS.length)
  })

  it.each(LOCALES)('meets the thresholds on the whole %s corpus', (locale) => {
    const { activity, measurable } = evaluateKeyResults(keyResults(locale, 'full'), locale)
    expect(activity.precision).toBeGreaterThanOrEqual(THRESHOLDS.activityPrecision)
    expect(activity.recall).toBeGreaterThanOrEqual(THRESHOLDS.activityRecall)
    expect(measurable.accuracy).toBeGreaterThanOrEqual(THRESHOLDS.measurableAccuracy)
    const { metric } = evaluateObjectives(objectives(locale, 'full'), locale)
    expect(metric.accuracy).toBeGreaterThanOrEqual(OBJECTIVE_ACCURACY)
  })
})

describe('the corpus', () => {
  const all = LOCALES.flatMap((locale) => keyResults(locale, 'full'))
  const allObjectives = LOCALES.flatMap((locale) => objectives(locale, 'full'))

  it('has at least 200 key results and 60 objectives, a third or more in Chinese', () => {
    expect(all.length).toBeGreaterThanOrEqual(200)
    expect(allObjectives.length).toBeGreaterThanOrEqual(60)
    expect(keyResults('zh-CN', 'full').length * 3).toBeGreaterThanOrEqual(all.length)
    expect(objectives('zh-CN', 'full').length * 3).toBeGreaterThanOrEqual(allObjectives.length)
  })

  it('has both labels in every language and split, enough to measure', () => {
    for (const locale of LOCALES) {
      for (const split of ['tuning', 'held-out'] as const) {
        const samples = keyResults(locale, split)
        expect(samples.filter((s) => s.kind === 'activity').length).toBeGreaterThanOrEqual(10)
        expect(samples.filter((s) => s.kind === 'outcome').length).toBeGreaterThanOrEqual(10)
        expect(samples.some((s) => !s.measurable)).toBe(true)
        const objs = objectives(locale, split)
        expect(objs.some((o) => o.readsLikeMetric) && objs.some((o) => !o.readsLikeMetric)).toBe(
          true,
        )
      }
    }
  })

  it('says where every entry comes from, and holds each text once', () => {
    for (const sample of [...all, ...allObjectives]) expect(sample.source.trim()).not.toBe('')
    const texts = [...all, ...allObjectives].map((sample) => sample.text)
    expect(new Set(texts).size).toBe(texts.length)
    // The play's own examples are in it, in both languages.
    expect(all.filter((sample) => sample.source.startsWith('play')).length).toBeGreaterThan(20)
  })

  it('keeps Chinese entries in Chinese and English ones in English', () => {
    const han = /\p{Script=Han}/u
    for (const sample of [...keyResults('zh-CN', 'full'), ...objectives('zh-CN', 'full')]) {
      expect(sample.text).toMatch(han)
    }
    for (const sample of [...keyResults('en', 'full'), ...objectives('en', 'full')]) {
      expect(sample.text).not.toMatch(han)
    }
  })
})

import type { Catalog, CatalogKey, KeyResult, Score } from '@okrkit/core'
import { useMemo } from 'react'
import type { SCORECARD_MESSAGES } from '../i18n/catalog'
import { type OkrI18n, useOkrI18n } from '../provider/use-okr-context'
import type { KeyResultSummary } from './key-result-summary'

/** The messages every scorecard shows; a board adds its own. */
export type ScorecardMessageKey = CatalogKey<typeof SCORECARD_MESSAGES>

/** `useOkrI18n` plus the shapes scorecards write numbers in; stable per locale and wording. */
export interface ScorecardFormat<Key extends string = ScorecardMessageKey> extends OkrI18n<Key> {
  /** A measured value with its unit (`2.3%`, `1.8 h`), two decimals at most. */
  formatValue(value: number, unit?: string): string
}

/**
 * `useOkrI18n` with the formatters a scorecard calls once per row cached: a board of a thousand
 * key results formats a few distinct dates, not a thousand.
 */
export function useScorecardFormat<Key extends string>(
  catalog: Catalog<Key | ScorecardMessageKey>,
): ScorecardFormat<Key | ScorecardMessageKey> {
  const i18n = useOkrI18n(catalog)
  return useMemo(() => {
    const dates = new Map<string, string>()
    const values = new Intl.NumberFormat(i18n.locale, { maximumFractionDigits: 2 })
    return {
      ...i18n,
      formatDate: (date, options) => {
        if (options) return i18n.formatDate(date, options)
        let text = dates.get(date)
        if (text === undefined) {
          text = i18n.formatDate(date)
          dates.set(date, text)
        }
        return text
      },
      formatValue: (value, unit) => {
        const number = values.format(value)
        if (!unit) return number
        // "45%" but "1.8 h": a percent sign sits on the number in both languages.
        return unit === '%' ? `${number}%` : `${number} ${unit}`
      },
    }
  }, [i18n])
}

/** A metric's value with its unit, or `undefined` for milestones. */
export function formatMeasure(
  format: ScorecardFormat,
  keyResult: KeyResult,
  value: number,
): string | undefined {
  const { measure } = keyResult
  return measure.type === 'metric' ? format.formatValue(value, measure.unit) : undefined
}

/** Where a score comes from, with the day it speaks for when a check-in gave it. */
export function describeScore(format: ScorecardFormat, score: Score): string {
  const provenance = format.t(`provenance.${score.provenance}`)
  return score.date === undefined
    ? provenance
    : format.t('ui.keyResultScorecard.score.dated', {
        provenance,
        date: format.formatDate(score.date),
      })
}

/** Progress in a few words for a table cell: `72% (45 → 50)`, or a milestone's state. */
export function describeProgressBriefly(
  format: ScorecardFormat,
  summary: KeyResultSummary,
): string {
  const { measure } = summary.keyResult
  if (measure.type === 'milestone') return describeMilestone(format, measure.done, measure.due)
  return format.t('ui.objectiveScorecard.progress.cell', {
    percent: format.formatPercent(summary.progress),
    value: format.formatValue(summary.value ?? measure.current ?? measure.start, measure.unit),
    target: format.formatValue(measure.target, measure.unit),
  })
}

/** `Done`, or `Not done yet, due 20 Mar 2026`. */
export function describeMilestone(format: ScorecardFormat, done: boolean, due?: string): string {
  if (done) return format.t('ui.keyResultScorecard.milestone.done')
  const open = format.t('ui.keyResultScorecard.milestone.open')
  return due === undefined
    ? open
    : format.t('ui.keyResultScorecard.milestone.openDue', { date: format.formatDate(due) })
}

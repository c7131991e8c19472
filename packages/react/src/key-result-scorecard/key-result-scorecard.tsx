import { gradeScore, type OkrDocument } from '@okrkit/core'
import { type ComponentPropsWithRef, useId } from 'react'
import { SCORECARD_MESSAGES } from '../i18n/catalog'
import { classNames } from '../internal/class-names'
import { useThemeAttributes } from '../provider/use-okr-context'
import { ScoreBadge } from '../score-badge/score-badge'
import { StatusBadge } from '../status-badge/status-badge'
import {
  describeMilestone,
  describeScore,
  formatMeasure,
  type ScorecardFormat,
  useScorecardFormat,
} from './format-key-result'
import type { KeyResultSummary } from './key-result-summary'
import { useKeyResultScorecard } from './use-key-result-scorecard'

/** Heading levels a scorecard's title may take. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6

export interface KeyResultScorecardProps
  extends Omit<ComponentPropsWithRef<'article'>, 'children'> {
  /** The whole document; treated as immutable. */
  document: OkrDocument
  /** The key result to show. */
  keyResultId: string
  /** The heading level of the key result's title. Default `3`. */
  headingLevel?: HeadingLevel
}

function progressText(format: ScorecardFormat, summary: KeyResultSummary): string {
  const { keyResult, progress, value } = summary
  const { measure } = keyResult
  if (measure.type === 'milestone') return describeMilestone(format, measure.done, measure.due)
  const metric = format.t('ui.keyResultScorecard.progress.metric', {
    value: formatMeasure(format, keyResult, value ?? measure.current ?? measure.start) ?? '',
    start: formatMeasure(format, keyResult, measure.start) ?? '',
    target: formatMeasure(format, keyResult, measure.target) ?? '',
  })
  const share = format.t('ui.keyResultScorecard.progress.share', {
    percent: format.formatPercent(progress),
  })
  return `${metric} · ${share}`
}

function statusText(format: ScorecardFormat, summary: KeyResultSummary): string | undefined {
  const { statusSource, latestCheckIn, progress, expectedProgress } = summary
  if (statusSource === 'team' && latestCheckIn) {
    return format.t('ui.keyResultScorecard.status.team', {
      date: format.formatDate(latestCheckIn.date),
    })
  }
  if (statusSource === 'pace' && expectedProgress !== undefined) {
    return format.t('ui.keyResultScorecard.status.pace', {
      progress: format.formatPercent(Math.max(0, progress)),
      expected: format.formatPercent(expectedProgress),
    })
  }
  return undefined
}

/**
 * One key result at a glance: owner, progress from start to target, the current score and where
 * it comes from, the status (stale when there was no check-in this month), the forecast for the
 * period's end and the latest update (what / why / so what). Read-only; "today" comes from the
 * provider.
 *
 * Style hooks: `.okr-KeyResultScorecard[data-status="at-risk"]`, `[data-stale]`,
 * `[data-grade="close"]`, `[data-provenance="manual"]`, `[data-overachieved]`,
 * `[data-measure="metric" | "milestone"]`; parts `title`, `facts`, `owner`, `progress`,
 * `progress-bar`, `progress-text`, `overachieved`, `score`, `provenance`, `status`,
 * `status-source`, `forecast`, `forecast-method`, `update`, `update-what`, `update-why`,
 * `update-so-what`, `no-update`.
 *
 * @example
 * <OkrProvider today="2026-02-14">
 *   <KeyResultScorecard document={doc} keyResultId="kr-nps" />
 * </OkrProvider>
 */
export function KeyResultScorecard({
  document,
  keyResultId,
  headingLevel = 3,
  className,
  ...rest
}: KeyResultScorecardProps) {
  const card = useKeyResultScorecard({ document, keyResultId })
  const format = useScorecardFormat(SCORECARD_MESSAGES)
  const theme = useThemeAttributes()
  const id = useId()
  const titleId = `${id}-title`
  const progressLabelId = `${id}-progress`
  const progressTextId = `${id}-progress-text`
  const Heading = `h${headingLevel}` as const

  if (!card) {
    return (
      <article {...theme} {...rest} className={classNames('okr okr-KeyResultScorecard', className)}>
        <p data-part="not-found">
          {format.t('ui.keyResultScorecard.notFound', { id: keyResultId })}
        </p>
      </article>
    )
  }

  const { keyResult, owner, summary, forecast } = card
  const { score, latestCheckIn } = summary
  const ownerName = owner?.name ?? keyResult.ownerId
  const clamped = Math.min(1, Math.max(0, summary.progress))
  const status = statusText(format, summary)
  const notGiven = format.t('ui.keyResultScorecard.update.notGiven')

  return (
    <article
      {...theme}
      {...rest}
      className={classNames('okr okr-KeyResultScorecard', className)}
      aria-labelledby={titleId}
      data-part="root"
      data-measure={keyResult.measure.type}
      data-status={summary.status}
      data-stale={summary.stale ? '' : undefined}
      data-grade={gradeScore(score.value)}
      data-provenance={score.provenance}
      data-overachieved={summary.overachieved ? '' : undefined}
    >
      <Heading id={titleId} data-part="title">
        {keyResult.title}
      </Heading>
      <dl data-part="facts">
        <div data-part="owner">
          <dt>{format.t('ui.keyResultScorecard.owner')}</dt>
          <dd>{ownerName ?? format.t('ui.keyResultScorecard.owner.none')}</dd>
        </div>
        <div data-part="progress">
          <dt id={progressLabelId}>{format.t('ui.keyResultScorecard.progress')}</dt>
          <dd>
            <progress
              data-part="progress-bar"
              max={1}
              value={clamped}
              aria-labelledby={progressLabelId}
              aria-describedby={progressTextId}
            />
            <span id={progressTextId} data-part="progress-text">
              {progressText(format, summary)}
            </span>
            {summary.overachieved && (
              <span data-part="overachieved">{format.t('ui.keyResultScorecard.overachieved')}</span>
            )}
          </dd>
        </div>
        <div data-part="score">
          <dt>{format.t('ui.score')}</dt>
          <dd>
            <ScoreBadge score={score.value} />{' '}
            <span data-part="provenance">{describeScore(format, score)}</span>
          </dd>
        </div>
        <div data-part="status">
          <dt>{format.t('ui.status')}</dt>
          <dd>
            <StatusBadge status={summary.status} stale={summary.stale} />
            {status && (
              <>
                {' '}
                <span data-part="status-source">{status}</span>
              </>
            )}
          </dd>
        </div>
        {forecast && (
          <div data-part="forecast">
            <dt>{format.t('ui.keyResultScorecard.forecast')}</dt>
            <dd>
              <ScoreBadge score={forecast.score} />{' '}
              <span data-part="forecast-method">
                {format.t(`ui.keyResultScorecard.forecast.${forecast.method}`, {
                  count: forecast.points.length,
                })}
              </span>
            </dd>
          </div>
        )}
        <div data-part="update">
          <dt>
            {latestCheckIn
              ? format.t('ui.keyResultScorecard.update.dated', {
                  date: format.formatDate(latestCheckIn.date),
                })
              : format.t('ui.keyResultScorecard.update')}
          </dt>
          <dd>
            {latestCheckIn ? (
              <dl>
                <div data-part="update-what">
                  <dt>{format.t('ui.keyResultScorecard.update.what')}</dt>
                  <dd>{latestCheckIn.update.what || notGiven}</dd>
                </div>
                <div data-part="update-why">
                  <dt>{format.t('ui.keyResultScorecard.update.why')}</dt>
                  <dd>{latestCheckIn.update.why || notGiven}</dd>
                </div>
                <div data-part="update-so-what">
                  <dt>{format.t('ui.keyResultScorecard.update.soWhat')}</dt>
                  <dd>{latestCheckIn.update.soWhat || notGiven}</dd>
                </div>
              </dl>
            ) : (
              <span data-part="no-update">{format.t('ui.keyResultScorecard.update.none')}</span>
            )}
          </dd>
        </div>
      </dl>
    </article>
  )
}

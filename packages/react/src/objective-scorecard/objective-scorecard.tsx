import { gradeScore, type OkrDocument } from '@okrkit/core'
import { type ComponentPropsWithRef, type MouseEvent, type SyntheticEvent, useId } from 'react'
import { SCORECARD_MESSAGES } from '../i18n/catalog'
import { classNames } from '../internal/class-names'
import { useScorecardFormat } from '../key-result-scorecard/format-key-result'
import { type HeadingLevel, KeyResultScorecard } from '../key-result-scorecard/key-result-scorecard'
import { useThemeAttributes } from '../provider/use-okr-context'
import { ScoreBadge } from '../score-badge/score-badge'
import { KeyResultRow } from './key-result-row'
import { useObjectiveScorecard } from './use-objective-scorecard'

export interface ObjectiveScorecardProps
  extends Omit<ComponentPropsWithRef<'article'>, 'children'> {
  /** The whole document; treated as immutable. */
  document: OkrDocument
  /** The objective to show. */
  objectiveId: string
  /** Heading level of the title; the key result cards in the details take the next. Default `3`. */
  headingLevel?: Exclude<HeadingLevel, 6>
  /** Whether the details are open (controlled). */
  expanded?: boolean
  /** Whether the details start open (uncontrolled). Default `false`. */
  defaultExpanded?: boolean
  /** Called when the reader opens or closes the details. */
  onExpandedChange?: (expanded: boolean) => void
}

/**
 * One objective with its key results: the rolled-up score and grade, level, commitment, team and
 * owner, a table of its key results (progress, score with provenance on hover and focus, status),
 * and expandable details (description, alignment and a full card per key result). Read-only.
 *
 * Style hooks: `.okr-ObjectiveScorecard[data-grade="close"]`, `[data-level="team"]`,
 * `[data-commitment="committed"]`, `[data-expanded]`; parts `header`, `title`, `score`, `meta`,
 * `table-scroll`, `key-results`, `key-result-row`, `details`, `details-toggle`, `description`,
 * `aligned-to`, `no-key-results`.
 *
 * @example
 * <ObjectiveScorecard document={doc} objectiveId="obj-support-response" defaultExpanded />
 */
export function ObjectiveScorecard({
  document,
  objectiveId,
  headingLevel = 3,
  expanded: expandedProp,
  defaultExpanded,
  onExpandedChange,
  className,
  ...rest
}: ObjectiveScorecardProps) {
  const { data, expanded, setExpanded } = useObjectiveScorecard({
    document,
    objectiveId,
    expanded: expandedProp,
    defaultExpanded,
    onExpandedChange,
  })
  const format = useScorecardFormat(SCORECARD_MESSAGES)
  const theme = useThemeAttributes()
  const id = useId()
  const titleId = `${id}-title`
  const Heading = `h${headingLevel}` as const
  const rootProps = {
    ...theme,
    ...rest,
    className: classNames('okr okr-ObjectiveScorecard', className),
  }

  if (!data) {
    return (
      <article {...rootProps}>
        <p data-part="not-found">
          {format.t('ui.objectiveScorecard.notFound', { id: objectiveId })}
        </p>
      </article>
    )
  }

  const { objective, team, parent, keyResults, score, personName } = data
  const t = format.t
  // The browser's own toggle is replaced by ours so a controlled `expanded` decides.
  const onSummaryClick = (event: MouseEvent) => {
    event.preventDefault()
    setExpanded((open) => !open)
  }
  // Find-in-page opens a closed <details> by itself; follow it.
  const onToggle = (event: SyntheticEvent<HTMLDetailsElement>) => {
    const open = event.currentTarget.open
    if (open !== expanded) setExpanded(open)
  }

  return (
    <article
      {...rootProps}
      aria-labelledby={titleId}
      data-part="root"
      data-grade={score === undefined ? undefined : gradeScore(score)}
      data-level={objective.level}
      data-commitment={objective.commitment}
      data-expanded={expanded ? '' : undefined}
    >
      <header data-part="header">
        <Heading id={titleId} data-part="title">
          {objective.title}
        </Heading>
        <span data-part="score">
          <ScoreBadge score={score} provenance="rolled-up" />
        </span>
      </header>
      <dl data-part="meta">
        <div>
          <dt>{t('ui.objectiveScorecard.level')}</dt>
          <dd>{t(`ui.objectiveScorecard.level.${objective.level}`)}</dd>
        </div>
        <div>
          <dt>{t('ui.objectiveScorecard.commitment')}</dt>
          <dd>{t(`ui.objectiveScorecard.commitment.${objective.commitment}`)}</dd>
        </div>
        <div>
          <dt>{t('ui.objectiveScorecard.team')}</dt>
          <dd>{team?.name ?? objective.teamId ?? t('ui.objectiveScorecard.team.none')}</dd>
        </div>
        <div>
          <dt>{t('ui.objectiveScorecard.owner')}</dt>
          <dd>{personName(objective.ownerId) ?? t('ui.keyResultScorecard.owner.none')}</dd>
        </div>
      </dl>
      {keyResults.length === 0 ? (
        <p data-part="no-key-results">{t('ui.objectiveScorecard.keyResults.none')}</p>
      ) : (
        <div data-part="table-scroll">
          <table data-part="key-results">
            <caption className="okr-visually-hidden">
              {t('ui.objectiveScorecard.keyResults.caption', { title: objective.title })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('ui.objectiveScorecard.keyResult')}</th>
                <th scope="col">{t('ui.objectiveScorecard.owner')}</th>
                <th scope="col">{t('ui.objectiveScorecard.progress')}</th>
                <th scope="col">{t('ui.score')}</th>
                <th scope="col">{t('ui.status')}</th>
              </tr>
            </thead>
            <tbody>
              {keyResults.map((summary) => (
                <KeyResultRow
                  key={summary.keyResult.id}
                  summary={summary}
                  ownerName={personName(summary.keyResult.ownerId)}
                  showTeam={false}
                  teamName={undefined}
                  format={format}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <details data-part="details" open={expanded} onToggle={onToggle}>
        {/* biome-ignore lint/a11y/noStaticElementInteractions: <summary> is the native disclosure button; the handler replaces its toggle */}
        <summary data-part="details-toggle" onClick={onSummaryClick}>
          {t('ui.objectiveScorecard.details')}
        </summary>
        {(objective.description || objective.parentId !== undefined) && (
          <dl data-part="details-facts">
            {objective.description && (
              <div data-part="description">
                <dt>{t('ui.objectiveScorecard.description')}</dt>
                <dd>{objective.description}</dd>
              </div>
            )}
            {objective.parentId !== undefined && (
              <div data-part="aligned-to">
                <dt>{t('ui.objectiveScorecard.alignedTo')}</dt>
                <dd>{parent?.title ?? objective.parentId}</dd>
              </div>
            )}
          </dl>
        )}
        {keyResults.map((summary) => (
          <KeyResultScorecard
            key={summary.keyResult.id}
            document={document}
            keyResultId={summary.keyResult.id}
            headingLevel={(headingLevel + 1) as HeadingLevel}
          />
        ))}
      </details>
    </article>
  )
}

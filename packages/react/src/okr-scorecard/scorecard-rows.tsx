import type { CatalogKey } from '@okrkit/core'
import { gradeScore, type Objective } from '@okrkit/core'
import { memo } from 'react'
import type { OKR_SCORECARD_MESSAGES } from '../i18n/catalog'
import { ProvenanceScore } from '../internal/provenance-score'
import type { ScorecardFormat } from '../key-result-scorecard/format-key-result'

type BoardMessageKey = CatalogKey<typeof OKR_SCORECARD_MESSAGES>

export interface ObjectiveRowProps {
  /** The objective; the same object while it is unchanged. */
  objective: Objective
  /** Its rolled-up score. */
  score: number | undefined
  ownerName: string | undefined
  /** Render a team cell (boards that are not grouped by team). */
  showTeam: boolean
  teamName: string | undefined
  format: ScorecardFormat<BoardMessageKey>
}

/**
 * An objective as a table row above its key results: title with level and commitment, owner,
 * [team,] its key-result count and its rolled-up score. Memoised on its primitive props.
 * Style hooks: `tr[data-part="objective-row"][data-grade]`, `[data-level]`, `[data-commitment]`.
 */
export const ObjectiveRow = memo(function ObjectiveRow({
  objective,
  score,
  ownerName,
  showTeam,
  teamName,
  format,
}: ObjectiveRowProps) {
  const { t } = format
  const count = objective.keyResults.length
  return (
    <tr
      data-part="objective-row"
      data-objective-id={objective.id}
      data-grade={score === undefined ? undefined : gradeScore(score)}
      data-level={objective.level}
      data-commitment={objective.commitment}
    >
      <th scope="row" data-part="title">
        <span data-part="objective-title">{objective.title}</span>{' '}
        <span data-part="objective-meta">
          {t('ui.okrScorecard.objective.meta', {
            level: t(`ui.objectiveScorecard.level.${objective.level}`),
            commitment: t(`ui.objectiveScorecard.commitment.${objective.commitment}`),
          })}
        </span>
      </th>
      <td data-part="owner">{ownerName ?? t('ui.keyResultScorecard.owner.none')}</td>
      {showTeam && <td data-part="team">{teamName ?? t('ui.objectiveScorecard.team.none')}</td>}
      <td data-part="progress">{t('ui.okrScorecard.objective.keyResultCount', { count })}</td>
      <td data-part="score">
        <ProvenanceScore
          score={score}
          provenance="rolled-up"
          description={t('ui.okrScorecard.objective.score', { count })}
        />
      </td>
      <td data-part="status" />
    </tr>
  )
})

export interface TeamRowProps {
  /** The team's name; `undefined` for objectives without a team. */
  teamName: string | undefined
  /** Mean score of the team's objectives. */
  score: number | undefined
  /** How many objectives the mean is over. */
  scoredObjectives: number
  format: ScorecardFormat<BoardMessageKey>
}

/**
 * The header row of a team's group of rows (`th scope="rowgroup"`) with the team's roll-up.
 * Memoised. Style hook: `tr[data-part="team-row"][data-grade]`.
 */
export const TeamRow = memo(function TeamRow({
  teamName,
  score,
  scoredObjectives,
  format,
}: TeamRowProps) {
  const { t } = format
  return (
    <tr data-part="team-row" data-grade={score === undefined ? undefined : gradeScore(score)}>
      <th scope="rowgroup" colSpan={3} data-part="team-name">
        {teamName ?? t('ui.objectiveScorecard.team.none')}
      </th>
      <td data-part="score">
        <ProvenanceScore
          score={score}
          provenance="rolled-up"
          description={t('ui.okrScorecard.team.score', { count: scoredObjectives })}
        />
      </td>
      <td data-part="status" />
    </tr>
  )
})

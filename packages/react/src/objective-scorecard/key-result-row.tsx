import { gradeScore } from '@okrkit/core'
import { memo } from 'react'
import { ProvenanceScore } from '../internal/provenance-score'
import {
  describeProgressBriefly,
  describeScore,
  type ScorecardFormat,
} from '../key-result-scorecard/format-key-result'
import type { KeyResultSummary } from '../key-result-scorecard/key-result-summary'
import { StatusBadge } from '../status-badge/status-badge'

export interface KeyResultRowProps {
  /** The key result's summary; the same object while nothing about the key result changed. */
  summary: KeyResultSummary
  /** Its owner's name (or id when the document does not know them). */
  ownerName: string | undefined
  /** Render a team cell (boards that are not grouped by team). */
  showTeam: boolean
  /** The team cell's text. */
  teamName: string | undefined
  /** Stable per locale: rows read no context of their own. */
  format: ScorecardFormat
}

/**
 * One key result as a table row: title (row header), owner, [team,] progress, score with its
 * provenance on hover and focus, status. Memoised: it re-renders only when its own summary or
 * names change. Style hooks: `tr[data-part="key-result-row"][data-status]`, `[data-stale]`,
 * `[data-grade]`, `[data-overachieved]`.
 */
export const KeyResultRow = memo(function KeyResultRow({
  summary,
  ownerName,
  showTeam,
  teamName,
  format,
}: KeyResultRowProps) {
  const { keyResult, score } = summary
  const noOwner = format.t('ui.keyResultScorecard.owner.none')
  return (
    <tr
      data-part="key-result-row"
      data-key-result-id={keyResult.id}
      data-status={summary.status}
      data-stale={summary.stale ? '' : undefined}
      data-grade={gradeScore(score.value)}
      data-overachieved={summary.overachieved ? '' : undefined}
    >
      <th scope="row" data-part="title">
        {keyResult.title}
      </th>
      <td data-part="owner">{ownerName ?? noOwner}</td>
      {showTeam && <td data-part="team">{teamName}</td>}
      <td data-part="progress">
        {describeProgressBriefly(format, summary)}
        {summary.overachieved && (
          <>
            {' '}
            <span data-part="overachieved">{format.t('ui.keyResultScorecard.overachieved')}</span>
          </>
        )}
      </td>
      <td data-part="score">
        <ProvenanceScore
          score={score.value}
          provenance={score.provenance}
          description={describeScore(format, score)}
        />
      </td>
      <td data-part="status">
        <StatusBadge status={summary.status} stale={summary.stale} />
      </td>
    </tr>
  )
})

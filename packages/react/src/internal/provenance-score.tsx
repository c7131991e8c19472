import type { ScoreProvenance } from '@okrkit/core'
import { type KeyboardEvent, useId, useState } from 'react'
import { ScoreBadge } from '../score-badge/score-badge'

export interface ProvenanceScoreProps {
  /** The 0–1 score; `undefined` shows "no score yet" with nothing to explain. */
  score: number | undefined
  /** Where it comes from, exposed as `data-provenance`. */
  provenance: ScoreProvenance
  /** Where it comes from, in words: the tooltip's text and the trigger's description. */
  description: string
}

/**
 * A score badge that explains where its score comes from on hover and on keyboard focus: the
 * badge sits in a focusable button described (`aria-describedby`) by a tooltip, which Escape
 * dismisses (WCAG 1.4.13). Shown by the stylesheet, so it costs no re-render per row.
 * Parts: `[data-part="score-trigger"]`, `[data-part="tooltip"]`; `[data-dismissed]` after Escape.
 */
export function ProvenanceScore({ score, provenance, description }: ProvenanceScoreProps) {
  const id = useId()
  const [dismissed, setDismissed] = useState(false)
  if (score === undefined) return <ScoreBadge score={undefined} />

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || dismissed) return
    // Only this Escape is ours: a second one reaches an enclosing dialog as usual.
    event.stopPropagation()
    setDismissed(true)
  }
  const reset = () => setDismissed(false)

  return (
    <span
      className="okr-ProvenanceScore"
      data-part="score"
      data-provenance={provenance}
      data-dismissed={dismissed ? '' : undefined}
      onPointerLeave={dismissed ? reset : undefined}
    >
      <button
        type="button"
        data-part="score-trigger"
        aria-describedby={id}
        onKeyDown={onKeyDown}
        onBlur={dismissed ? reset : undefined}
      >
        <ScoreBadge score={score} />
      </button>
      <span role="tooltip" id={id} data-part="tooltip">
        {description}
      </span>
    </span>
  )
}

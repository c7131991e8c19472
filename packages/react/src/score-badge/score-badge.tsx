import { type GradeBands, gradeScore, type ScoreProvenance } from '@okrkit/core'
import type { ComponentPropsWithRef } from 'react'
import { SCORE_BADGE_MESSAGES } from '../i18n/catalog'
import { classNames } from '../internal/class-names'
import { useOkrI18n, useThemeAttributes } from '../provider/use-okr-context'

export interface ScoreBadgeProps extends Omit<ComponentPropsWithRef<'span'>, 'children'> {
  /** The 0–1 score to show; `undefined` shows "no score yet". */
  score: number | undefined
  /** Where the score comes from; announced to screen readers and exposed as `data-provenance`. */
  provenance?: ScoreProvenance
  /** Grade band boundaries (default: the nearest of the play's 0.3 / 0.7 / 1.0 anchors). */
  bands?: Partial<GradeBands>
  /** Show the grade's name next to the number. Default `true`. */
  showGrade?: boolean
}

/**
 * A 0–1 score with its grade (missed / close / met) in words, never by colour alone.
 * Style hooks: `.okr-ScoreBadge[data-grade="close"]`, `[data-provenance="manual"]`,
 * `[data-part="value"]`, `[data-part="grade"]`.
 *
 * @example
 * <ScoreBadge score={0.7} provenance="manual" />
 */
export function ScoreBadge({
  score,
  provenance,
  bands,
  showGrade = true,
  className,
  ...rest
}: ScoreBadgeProps) {
  const { t, formatScore } = useOkrI18n(SCORE_BADGE_MESSAGES)
  const theme = useThemeAttributes()
  const valid = score !== undefined && score >= 0 && score <= 1
  const grade = valid ? gradeScore(score, bands ? { bands } : {}) : undefined
  return (
    <span
      {...theme}
      {...rest}
      className={classNames('okr okr-ScoreBadge', className)}
      data-part="root"
      data-grade={grade}
      data-provenance={provenance}
    >
      {grade === undefined ? (
        <span data-part="value">{t('ui.score.none')}</span>
      ) : (
        <>
          <span data-part="value">{formatScore(score as number)}</span>
          {showGrade && (
            <>
              {' '}
              <span data-part="grade">{t(`grade.${grade}`)}</span>
            </>
          )}
          {provenance && (
            <span className="okr-visually-hidden">{`(${t(`provenance.${provenance}`)})`}</span>
          )}
        </>
      )}
    </span>
  )
}

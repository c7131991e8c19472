import { gradeScore } from '@okrkit/core'
import { type ComponentPropsWithRef, type FormEvent, useEffect, useId, useRef } from 'react'
import { RETROSPECTIVE_FORM_MESSAGES } from '../i18n/catalog'
import { classNames } from '../internal/class-names'
import { DecimalField } from '../internal/decimal-field'
import { ErrorSummary, type ErrorSummaryEntry } from '../internal/error-summary'
import { NoteList } from '../internal/note-list'
import { fieldKey } from '../internal/schema-issues'
import { domId } from '../internal/stable-keys'
import { useOkrI18n, useThemeAttributes } from '../provider/use-okr-context'
import { ScoreBadge } from '../score-badge/score-badge'
import {
  RETROSPECTIVE_NOTE_LISTS,
  type RetrospectiveKeyResultRow,
  type RetrospectiveNoteList,
  type UseRetrospectiveParams,
  useRetrospective,
} from './use-retrospective-form'

export interface RetrospectiveFormProps
  extends Omit<ComponentPropsWithRef<'form'>, 'defaultValue' | 'onSubmit' | 'children'>,
    UseRetrospectiveParams {}

/**
 * Closes a period as the OKR play does: a final score for each key result of the period's
 * objectives — prefilled from its check-ins (core's `resolveKeyResultScore` as of the period's
 * end), editable, graded, with the objective scores they add up to — then what went well and
 * what to improve next time. Takes the whole document and the `periodId` to close (optionally a
 * `teamId`), and edits one `Retrospective`: controlled (`value` + `onValueChange`) or not
 * (`defaultValue`, by default the document's retrospective of the period). Every edit reaches
 * `onValueChange`; a score typed that is not a number from 0 to 1 stays on screen, flagged, while
 * the draft keeps the last valid score. Submitting validates with core's `retrospectiveSchema`;
 * problems are listed in a focused summary linking to each field. Read-only where the provider's
 * permissions say no (`{ kind: 'retrospective', retrospective }`).
 *
 * Style hooks: `.okr-RetrospectiveForm[data-invalid]`, `[data-readonly]`; parts
 * `[data-part="header|title|intro|read-only|empty|final-scores|objective|objective-score|
 * field|label|hint|control|input|range|error|note-list|note|add|remove|actions|submit|
 * error-summary"]`; score fields carry `[data-name="finalScore"]`, invalid ones `[data-invalid]`.
 *
 * @example
 * <RetrospectiveForm document={doc} periodId="2026-Q1" onSubmit={(retro) => save(retro)} />
 */
export function RetrospectiveForm({
  document,
  periodId,
  teamId,
  value,
  defaultValue,
  onValueChange,
  onSubmit,
  id,
  className,
  ...rest
}: RetrospectiveFormProps) {
  const { t, formatDate, formatScore } = useOkrI18n(RETROSPECTIVE_FORM_MESSAGES)
  const theme = useThemeAttributes()
  const generatedId = useId()
  const rootId = id ?? `okr-retrospective-${generatedId}`
  const ids = {
    title: `${rootId}-title`,
    readOnly: `${rootId}-read-only`,
    summary: `${rootId}-summary`,
    score: (key: string) => domId(rootId, 'score', key),
    list: (list: RetrospectiveNoteList) => `${rootId}-${list}`,
  }

  const retro = useRetrospective({
    document,
    periodId,
    teamId,
    value,
    defaultValue,
    onValueChange,
    onSubmit,
  })
  const { errors, canEdit, period, objectives } = retro
  const readOnly = !canEdit
  const rows = objectives.flatMap((group) => group.keyResults)

  const summaryRef = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (retro.failedSubmits > 0) summaryRef.current?.focus()
  }, [retro.failedSubmits])

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    retro.submit()
  }

  const summaryEntries: ErrorSummaryEntry[] = retro.issues.map((issue, index) => {
    const row = rows.find((candidate) => candidate.keyResult.id === issue.keyResultId)
    const [head, item] = fieldKey(issue.path).split('.')
    const list = RETROSPECTIVE_NOTE_LISTS.find((name) => name === head)
    const field = row
      ? row.keyResult.title
      : list
        ? item === undefined
          ? t(`ui.retrospectiveForm.${list}`)
          : t(`ui.retrospectiveForm.${list}.item`, { number: Number(item) + 1 })
        : t('ui.retrospectiveForm.title', { period: period?.label ?? retro.draft.periodId })
    const target = row
      ? ids.score(row.key)
      : list
        ? item === undefined
          ? `${ids.list(list)}-add`
          : `${ids.list(list)}-${item}`
        : undefined
    return {
      key: `${issue.keyResultId ?? fieldKey(issue.path)}-${index}`,
      text: t('ui.errorSummary.issue', { field, message: issue.message }),
      target,
    }
  })

  const resolvedHint = ({ resolved, keyResult }: RetrospectiveKeyResultRow) => {
    if (!resolved) return t('ui.retrospectiveForm.resolved.none')
    const score = formatScore(resolved.value)
    if (resolved.date !== undefined) {
      return t('ui.retrospectiveForm.resolved.checkIn', { score, date: formatDate(resolved.date) })
    }
    const { measure } = keyResult
    if (measure.type === 'metric') return t('ui.retrospectiveForm.resolved.measure', { score })
    return measure.done
      ? t('ui.retrospectiveForm.resolved.done', { score })
      : t('ui.retrospectiveForm.resolved.notDone', { score })
  }
  const scoreText = (score: number | undefined) =>
    score !== undefined && score >= 0 && score <= 1
      ? `${formatScore(score)} ${t(`grade.${gradeScore(score)}`)}`
      : t('ui.score.none')

  const noteList = (list: RetrospectiveNoteList) => {
    const itemErrors: Record<number, string> = {}
    for (const [key, message] of Object.entries(errors)) {
      const [head, index] = key.split('.')
      if (head === list && index !== undefined) itemErrors[Number(index)] = message
    }
    return (
      <NoteList
        key={list}
        id={ids.list(list)}
        name={list}
        label={t(`ui.retrospectiveForm.${list}`)}
        hint={t(`ui.retrospectiveForm.${list}.hint`)}
        items={retro.draft[list]}
        onItemsChange={(notes) => retro.setNotes(list, notes)}
        readOnly={readOnly}
        itemLabel={(number) => t(`ui.retrospectiveForm.${list}.item`, { number })}
        removeLabel={(number) => t(`ui.retrospectiveForm.${list}.remove`, { number })}
        addLabel={t(`ui.retrospectiveForm.${list}.add`)}
        itemErrors={itemErrors}
        error={errors[list]}
      />
    )
  }

  return (
    <form
      {...theme}
      {...rest}
      id={rootId}
      className={classNames('okr okr-RetrospectiveForm', className)}
      noValidate
      aria-labelledby={ids.title}
      aria-describedby={readOnly ? ids.readOnly : undefined}
      data-part="root"
      data-invalid={retro.issues.length > 0 ? '' : undefined}
      data-readonly={readOnly ? '' : undefined}
      onSubmit={handleSubmit}
    >
      <header data-part="header">
        <p id={ids.title} data-part="title">
          {t('ui.retrospectiveForm.title', { period: period?.label ?? retro.draft.periodId })}
        </p>
        <p data-part="intro">{t('ui.retrospectiveForm.intro')}</p>
      </header>

      {readOnly && (
        <p id={ids.readOnly} data-part="read-only">
          {t('ui.retrospectiveForm.readOnly')}
        </p>
      )}

      {!readOnly && retro.failedSubmits > 0 && summaryEntries.length > 0 && (
        <ErrorSummary
          ref={summaryRef}
          id={ids.summary}
          title={t('ui.retrospectiveForm.summary')}
          entries={summaryEntries}
        />
      )}

      {period === undefined ? (
        <p data-part="empty">
          {t('ui.retrospectiveForm.noPeriod', { periodId: retro.draft.periodId })}
        </p>
      ) : objectives.length === 0 ? (
        <p data-part="empty">{t('ui.retrospectiveForm.empty')}</p>
      ) : (
        <fieldset data-part="final-scores">
          <legend data-part="label">{t('ui.retrospectiveForm.finalScores')}</legend>
          <p data-part="hint">{t('ui.retrospectiveForm.finalScores.hint')}</p>
          {objectives.map((group) => (
            <fieldset key={group.objective.id} data-part="objective">
              <legend data-part="label">{group.objective.title}</legend>
              <p data-part="objective-score">
                <span>{t('ui.retrospectiveForm.objectiveScore')}</span>{' '}
                <ScoreBadge score={group.score} provenance="rolled-up" />
              </p>
              {group.keyResults.map((row) => (
                <DecimalField
                  key={row.key}
                  id={ids.score(row.key)}
                  name="finalScore"
                  label={row.keyResult.title}
                  hint={resolvedHint(row)}
                  error={errors[`finalScores.${row.key}`]}
                  text={row.field.text}
                  onTextChange={(text) => retro.setScoreText(row.keyResult.id, text)}
                  range={{
                    min: 0,
                    max: 1,
                    step: 0.05,
                    value: row.score,
                    valueText: scoreText(row.score),
                    onChange: (score) => retro.setScore(row.keyResult.id, score),
                  }}
                  readOnly={readOnly}
                >
                  {/* The grade of what is on screen: none while the text is not a score. */}
                  {row.field.error === undefined && (
                    <ScoreBadge
                      score={row.score}
                      provenance={
                        row.resolved !== undefined && row.score === row.resolved.value
                          ? row.resolved.provenance
                          : 'manual'
                      }
                    />
                  )}
                </DecimalField>
              ))}
            </fieldset>
          ))}
        </fieldset>
      )}

      {noteList('wentWell')}
      {noteList('toImprove')}

      {!readOnly && (
        <div data-part="actions">
          <button type="submit" data-part="submit">
            {t('ui.retrospectiveForm.submit')}
          </button>
        </div>
      )}
    </form>
  )
}

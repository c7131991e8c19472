import type { CatalogKey } from '@okrkit/core'
import { CHECK_IN_STATUSES, type CheckInStatus, gradeScore, type KeyResult } from '@okrkit/core'
import {
  type ComponentPropsWithRef,
  type FormEvent,
  type ReactNode,
  useEffect,
  useId,
  useRef,
} from 'react'
import { CHECK_IN_FORM_MESSAGES } from '../i18n/catalog'
import { classNames } from '../internal/class-names'
import { DecimalField } from '../internal/decimal-field'
import { ErrorSummary, type ErrorSummaryEntry } from '../internal/error-summary'
import { NoteList } from '../internal/note-list'
import { fieldKey } from '../internal/schema-issues'
import { type OkrI18n, useOkrI18n, useThemeAttributes } from '../provider/use-okr-context'
import { ScoreBadge } from '../score-badge/score-badge'
import { StatusBadge } from '../status-badge/status-badge'
import {
  CHECK_IN_NOTE_LISTS,
  type CheckInNoteList,
  type CheckInStoryField,
  scoreOfCheckIn,
  type UseCheckInParams,
  useCheckIn,
} from './use-check-in-form'

type MessageKey = CatalogKey<typeof CHECK_IN_FORM_MESSAGES>

export interface CheckInFormProps
  extends Omit<ComponentPropsWithRef<'form'>, 'defaultValue' | 'onSubmit' | 'children'>,
    UseCheckInParams {
  /** How many earlier check-ins to show for context, newest first. Default `3`; `0` hides them. */
  historyLimit?: number | undefined
}

/** The story's parts with the play's prompting questions for each. */
const STORY = [
  {
    field: 'what',
    questions: ['ui.checkInForm.what.q1', 'ui.checkInForm.what.q2', 'ui.checkInForm.what.q3'],
  },
  {
    field: 'why',
    questions: ['ui.checkInForm.why.q1', 'ui.checkInForm.why.q2', 'ui.checkInForm.why.q3'],
  },
  {
    field: 'soWhat',
    questions: [
      'ui.checkInForm.soWhat.q1',
      'ui.checkInForm.soWhat.q2',
      'ui.checkInForm.soWhat.q3',
      'ui.checkInForm.soWhat.q4',
      'ui.checkInForm.soWhat.q5',
    ],
  },
] as const satisfies readonly { field: CheckInStoryField; questions: readonly MessageKey[] }[]

/** A measured number with its unit: "45", "2.3%", "1,480 tickets". */
function formatMeasure(
  i18n: OkrI18n<CatalogKey<typeof CHECK_IN_FORM_MESSAGES>>,
  value: number,
  unit: string | undefined,
): string {
  const number = i18n.formatNumber(value)
  if (unit === undefined || unit === '') return number
  return unit === '%' ? `${number}%` : `${number} ${unit}`
}

function measureSummary(
  i18n: OkrI18n<CatalogKey<typeof CHECK_IN_FORM_MESSAGES>>,
  keyResult: KeyResult,
): string {
  const { measure } = keyResult
  if (measure.type === 'metric') {
    return i18n.t('ui.checkInForm.metric', {
      start: formatMeasure(i18n, measure.start, measure.unit),
      target: formatMeasure(i18n, measure.target, measure.unit),
    })
  }
  return measure.due
    ? i18n.t('ui.checkInForm.milestone.due', { date: i18n.formatDate(measure.due) })
    : i18n.t('ui.checkInForm.milestone')
}

/**
 * A monthly check-in on one key result, as the OKR play runs it: the measured value (or, for a
 * milestone, whether it is done) and the score it earns, the team's own 0–1 score, a status with
 * the play's descriptions and the status pace suggests (advice: the team's choice wins),
 * confidence with what it means for the score to expect, and the update's story — what
 * happened, why (with headwinds and tailwinds), so what — plus decisions, risks and learnings.
 *
 * Controlled (`value` + `onValueChange`) or not (`defaultValue`); every edit reaches
 * `onValueChange`. What is typed into a number field stays on screen even when it is not a valid
 * number ("1e", "-", a score of 1.3): it is flagged (`aria-invalid`, a message) and the draft
 * keeps the field's last valid number, never NaN. Submitting validates with core's
 * `checkInSchema`; problems are listed in a focused summary linking to each field. Read-only
 * where the provider's permissions say no (`{ kind: 'checkIn', keyResult, checkIn }`).
 *
 * Style hooks: `.okr-CheckInForm[data-measure="metric|milestone"]`, `[data-status]` (the chosen
 * status), `[data-invalid]` (the draft would not submit), `[data-readonly]`. Parts
 * (`[data-part="…"]`): `header`, `title`, `key-result`, `measure`, `read-only`,
 * `error-summary`, `history`, `history-item`, `history-date`, `history-value`,
 * `history-confidence`, `progress`, `field`, `label`, `hint`, `control`, `input`, `unit`,
 * `range`, `error`, `suggestion`, `apply`, `status`, `option`, `description`, `advice`,
 * `differs`, `confidence`, `update`, `winds`, `note-list`, `items`, `item`, `note`, `remove`,
 * `add`, `actions`, `submit`. Fields and lists carry `[data-name]`, invalid ones
 * `[data-invalid]`; `[data-part="option"][data-suggested]` is the status pace suggests;
 * `[data-part="advice"][data-ambition="safe|stretch|unrealistic"]`, with `[data-fits]` when
 * that suits the commitment.
 *
 * @example
 * <CheckInForm keyResult={kr} period={q1} checkIns={doc.checkIns} onSubmit={(checkIn) => save(checkIn)} />
 */
export function CheckInForm({
  keyResult,
  period,
  checkIns,
  commitment,
  value,
  defaultValue,
  onValueChange,
  onSubmit,
  historyLimit = 3,
  id,
  className,
  ...rest
}: CheckInFormProps) {
  const i18n = useOkrI18n(CHECK_IN_FORM_MESSAGES)
  const { t, formatDate, formatPercent, formatScore } = i18n
  const theme = useThemeAttributes()
  const generatedId = useId()
  const rootId = id ?? `okr-check-in-${generatedId}`
  const ids = {
    title: `${rootId}-title`,
    keyResult: `${rootId}-key-result`,
    readOnly: `${rootId}-read-only`,
    summary: `${rootId}-summary`,
    history: `${rootId}-history`,
    date: `${rootId}-date`,
    value: `${rootId}-value`,
    done: `${rootId}-done`,
    score: `${rootId}-score`,
    status: `${rootId}-status`,
    confidence: `${rootId}-confidence`,
    story: (field: CheckInStoryField) => `${rootId}-${field}`,
    list: (list: CheckInNoteList) => `${rootId}-${list}`,
  }

  const checkIn = useCheckIn({
    keyResult,
    period,
    checkIns,
    commitment,
    value,
    defaultValue,
    onValueChange,
    onSubmit,
  })
  const { draft, fields, errors, canEdit } = checkIn
  const readOnly = !canEdit
  const metric = keyResult.measure.type === 'metric' ? keyResult.measure : undefined

  const summaryRef = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (checkIn.failedSubmits > 0) summaryRef.current?.focus()
  }, [checkIn.failedSubmits])

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    checkIn.submit()
  }

  const fieldLabel = (key: string): string => {
    const [head, second] = key.split('.')
    if (head === 'update' && second !== undefined)
      return t(`ui.checkInForm.${second as CheckInStoryField}`)
    if (CHECK_IN_NOTE_LISTS.includes(head as CheckInNoteList)) {
      const list = head as CheckInNoteList
      return second === undefined
        ? t(`ui.checkInForm.${list}`)
        : t(`ui.checkInForm.${list}.item`, { number: Number(second) + 1 })
    }
    switch (head) {
      case 'date':
      case 'value':
      case 'score':
      case 'confidence':
        return t(`ui.checkInForm.${head}`)
      case 'status':
        return t('ui.status')
      default:
        return t('ui.checkInForm.title')
    }
  }
  const fieldTarget = (key: string): string | undefined => {
    const [head, second] = key.split('.')
    if (head === 'update' && second !== undefined) return ids.story(second as CheckInStoryField)
    if (CHECK_IN_NOTE_LISTS.includes(head as CheckInNoteList)) {
      const list = ids.list(head as CheckInNoteList)
      return second === undefined ? `${list}-add` : `${list}-${second}`
    }
    switch (head) {
      case 'date':
      case 'score':
      case 'confidence':
        return ids[head]
      case 'value':
        return metric ? ids.value : undefined
      case 'status':
        return `${ids.status}-${draft.status ?? CHECK_IN_STATUSES[0]}`
      default:
        return undefined
    }
  }
  const summaryEntries: ErrorSummaryEntry[] = checkIn.issues.map((issue, index) => {
    const key = fieldKey(issue.path)
    return {
      key: `${key}-${index}`,
      text: t('ui.errorSummary.issue', { field: fieldLabel(key), message: issue.message }),
      target: fieldTarget(key),
    }
  })

  const listErrors = (list: CheckInNoteList) => {
    const items: Record<number, string> = {}
    for (const [key, message] of Object.entries(errors)) {
      const [head, index] = key.split('.')
      if (head === list && index !== undefined) items[Number(index)] = message
    }
    return items
  }

  const noteList = (list: CheckInNoteList) => (
    <NoteList
      key={list}
      id={ids.list(list)}
      name={list}
      label={t(`ui.checkInForm.${list}`)}
      hint={t(`ui.checkInForm.${list}.hint`)}
      items={draft[list]}
      onItemsChange={(notes) => checkIn.setNotes(list, notes)}
      readOnly={readOnly}
      itemLabel={(number) => t(`ui.checkInForm.${list}.item`, { number })}
      removeLabel={(number) => t(`ui.checkInForm.${list}.remove`, { number })}
      addLabel={t(`ui.checkInForm.${list}.add`)}
      itemErrors={listErrors(list)}
      error={errors[list]}
    />
  )

  const storyField = (
    field: CheckInStoryField,
    questions: readonly MessageKey[],
    after?: ReactNode,
  ) => {
    const fieldId = ids.story(field)
    const error = errors[`update.${field}`]
    return (
      <div key={field} data-part="field" data-name={field} data-invalid={error ? '' : undefined}>
        <label htmlFor={fieldId} data-part="label">
          {t(`ui.checkInForm.${field}`)}
        </label>
        <div id={`${fieldId}-hint`} data-part="hint">
          <p>{t(`ui.checkInForm.${field}.hint`)}</p>
          <ul>
            {questions.map((question) => (
              <li key={question}>{t(question)}</li>
            ))}
          </ul>
        </div>
        <textarea
          id={fieldId}
          data-part="input"
          rows={4}
          value={draft.update[field]}
          readOnly={readOnly}
          aria-invalid={error ? true : undefined}
          aria-describedby={[`${fieldId}-hint`, error ? `${fieldId}-error` : undefined]
            .filter(Boolean)
            .join(' ')}
          onChange={(event) => checkIn.setStory(field, event.target.value)}
        />
        {error && (
          <p id={`${fieldId}-error`} data-part="error">
            {error}
          </p>
        )}
        {after}
      </div>
    )
  }

  const scoreText = (score: number | undefined) =>
    score !== undefined && score >= 0 && score <= 1
      ? `${formatScore(score)} ${t(`grade.${gradeScore(score)}`)}`
      : t('ui.score.none')
  const history = historyLimit > 0 ? checkIn.history.slice(0, historyLimit) : []
  const statusAdvice = checkIn.statusAdvice
  const confidenceAdvice = checkIn.confidenceAdvice
  const showSummary = !readOnly && checkIn.failedSubmits > 0 && summaryEntries.length > 0

  return (
    <form
      {...theme}
      {...rest}
      id={rootId}
      className={classNames('okr okr-CheckInForm', className)}
      noValidate
      aria-labelledby={`${ids.title} ${ids.keyResult}`}
      aria-describedby={readOnly ? ids.readOnly : undefined}
      data-part="root"
      data-measure={keyResult.measure.type}
      data-status={draft.status}
      data-invalid={checkIn.issues.length > 0 ? '' : undefined}
      data-readonly={readOnly ? '' : undefined}
      onSubmit={handleSubmit}
    >
      <header data-part="header">
        <p id={ids.title} data-part="title">
          {t('ui.checkInForm.title')}
        </p>
        <p id={ids.keyResult} data-part="key-result">
          {keyResult.title}
        </p>
        <p data-part="measure">
          {period ? `${period.label} · ` : ''}
          {measureSummary(i18n, keyResult)}
        </p>
      </header>

      {readOnly && (
        <p id={ids.readOnly} data-part="read-only">
          {t('ui.checkInForm.readOnly')}
        </p>
      )}

      {showSummary && (
        <ErrorSummary
          ref={summaryRef}
          id={ids.summary}
          title={t('ui.checkInForm.summary')}
          entries={summaryEntries}
        />
      )}

      {history.length > 0 && (
        <div data-part="history">
          <p id={ids.history} data-part="label">
            {t('ui.checkInForm.history')}
          </p>
          <ol aria-labelledby={ids.history}>
            {history.map((previous) => {
              const score = scoreOfCheckIn(keyResult, previous)
              return (
                <li key={previous.id} data-part="history-item" data-status={previous.status}>
                  <span data-part="history-date">{formatDate(previous.date)}</span>
                  <StatusBadge status={previous.status} />
                  {score && <ScoreBadge score={score.value} provenance={score.provenance} />}
                  {metric && previous.value !== undefined && (
                    <span data-part="history-value">
                      {t('ui.checkInForm.history.value', {
                        value: formatMeasure(i18n, previous.value, metric.unit),
                      })}
                    </span>
                  )}
                  {previous.confidence !== undefined && (
                    <span data-part="history-confidence">
                      {t('ui.checkInForm.history.confidence', {
                        percent: formatPercent(previous.confidence),
                      })}
                    </span>
                  )}
                </li>
              )
            })}
          </ol>
        </div>
      )}

      <fieldset data-part="progress">
        <legend data-part="label">{t('ui.checkInForm.progress')}</legend>
        <div data-part="field" data-name="date" data-invalid={errors.date ? '' : undefined}>
          <label htmlFor={ids.date} data-part="label">
            {t('ui.checkInForm.date')}
          </label>
          <div data-part="control">
            <input
              id={ids.date}
              type="date"
              data-part="input"
              value={checkIn.date ?? ''}
              readOnly={readOnly}
              aria-invalid={errors.date ? true : undefined}
              aria-describedby={errors.date ? `${ids.date}-error` : undefined}
              onChange={(event) => checkIn.setDate(event.target.value)}
            />
          </div>
          {errors.date && (
            <p id={`${ids.date}-error`} data-part="error">
              {errors.date}
            </p>
          )}
        </div>

        {metric ? (
          <DecimalField
            id={ids.value}
            name="value"
            label={t('ui.checkInForm.value')}
            hint={t('ui.checkInForm.value.hint', {
              start: formatMeasure(i18n, metric.start, metric.unit),
              target: formatMeasure(i18n, metric.target, metric.unit),
            })}
            unit={metric.unit || undefined}
            error={errors.value}
            text={fields.value.text}
            onTextChange={(text) => checkIn.setNumberText('value', text)}
            readOnly={readOnly}
          />
        ) : (
          <div data-part="field" data-name="done">
            <div data-part="control">
              <input
                id={ids.done}
                type="checkbox"
                data-part="input"
                checked={checkIn.done}
                disabled={readOnly}
                onChange={(event) => checkIn.setDone(event.target.checked)}
              />
              <label htmlFor={ids.done} data-part="label">
                {t('ui.checkInForm.done')}
              </label>
            </div>
          </div>
        )}

        <div data-part="suggestion" data-name="score">
          <span data-part="label">{t('ui.checkInForm.suggestedScore')}</span>
          {checkIn.suggestedScore === undefined ? (
            <span data-part="hint">{t('ui.checkInForm.suggestedScore.none')}</span>
          ) : (
            <>
              <ScoreBadge score={checkIn.suggestedScore} provenance="computed" />
              {!readOnly && (
                <button type="button" data-part="apply" onClick={checkIn.applySuggestedScore}>
                  {t('ui.checkInForm.useSuggestedScore')}
                </button>
              )}
            </>
          )}
        </div>

        <DecimalField
          id={ids.score}
          name="score"
          label={t('ui.checkInForm.score')}
          hint={t('ui.checkInForm.score.hint')}
          error={errors.score}
          text={fields.score.text}
          onTextChange={(text) => checkIn.setNumberText('score', text)}
          range={{
            min: 0,
            max: 1,
            step: 0.05,
            value: draft.score,
            valueText: scoreText(draft.score),
            onChange: (score) => checkIn.setNumber('score', score),
          }}
          readOnly={readOnly}
        >
          {/* The grade of what is on screen: none while the text is not a score. */}
          {fields.score.error === undefined && (
            <ScoreBadge score={draft.score} provenance="manual" />
          )}
        </DecimalField>
      </fieldset>

      <fieldset data-part="status" data-invalid={errors.status ? '' : undefined}>
        <legend data-part="label">{t('ui.status')}</legend>
        {statusAdvice && (
          <div data-part="advice" data-name="status" data-status={statusAdvice.status}>
            <p>
              {t('ui.checkInForm.status.suggested')} <StatusBadge status={statusAdvice.status} />
            </p>
            <p>{statusAdvice.explanation}</p>
            {draft.status !== undefined && draft.status !== statusAdvice.status && (
              <p data-part="differs">
                {t('ui.checkInForm.status.differs', { status: t(`status.${draft.status}`) })}
              </p>
            )}
          </div>
        )}
        {CHECK_IN_STATUSES.map((status: CheckInStatus) => {
          const optionId = `${ids.status}-${status}`
          return (
            <div
              key={status}
              data-part="option"
              data-status={status}
              data-suggested={statusAdvice?.status === status ? '' : undefined}
            >
              <input
                id={optionId}
                type="radio"
                name={ids.status}
                value={status}
                checked={draft.status === status}
                disabled={readOnly}
                aria-invalid={errors.status ? true : undefined}
                aria-describedby={[
                  `${optionId}-description`,
                  errors.status ? `${ids.status}-error` : undefined,
                ]
                  .filter(Boolean)
                  .join(' ')}
                onChange={() => checkIn.setStatus(status)}
              />
              <label htmlFor={optionId} data-part="label">
                <StatusBadge status={status} />
              </label>
              <p id={`${optionId}-description`} data-part="description">
                {t(`status.${status}.description`)}
              </p>
            </div>
          )
        })}
        {errors.status && (
          <p id={`${ids.status}-error`} data-part="error">
            {errors.status}
          </p>
        )}
      </fieldset>

      <div data-part="confidence">
        <DecimalField
          id={ids.confidence}
          name="confidence"
          label={t('ui.checkInForm.confidence')}
          hint={t('ui.checkInForm.confidence.hint')}
          unit="%"
          error={errors.confidence}
          text={fields.confidence.text}
          onTextChange={(text) => checkIn.setNumberText('confidence', text)}
          range={{
            min: 0,
            max: 100,
            step: 5,
            value:
              draft.confidence === undefined
                ? undefined
                : Math.min(100, Math.max(0, draft.confidence * 100)),
            valueText:
              draft.confidence === undefined ? t('ui.score.none') : formatPercent(draft.confidence),
            onChange: (percent) => checkIn.setNumber('confidence', percent / 100),
          }}
          readOnly={readOnly}
        />
        {confidenceAdvice && draft.confidence !== undefined && (
          <div
            data-part="advice"
            data-name="confidence"
            data-ambition={confidenceAdvice.ambition}
            data-fits={confidenceAdvice.fits ? '' : undefined}
          >
            <p>
              {t('ui.checkInForm.confidence.expected', {
                percent: formatPercent(draft.confidence),
                score: formatScore(confidenceAdvice.expectedScore),
              })}
            </p>
            <p>{confidenceAdvice.advice}</p>
          </div>
        )}
      </div>

      <fieldset data-part="update">
        <legend data-part="label">{t('ui.checkInForm.update')}</legend>
        <p data-part="hint">{t('ui.checkInForm.update.hint')}</p>
        {STORY.map(({ field, questions }) =>
          storyField(
            field,
            questions,
            field === 'why' ? (
              <div data-part="winds">
                {noteList('headwinds')}
                {noteList('tailwinds')}
              </div>
            ) : undefined,
          ),
        )}
      </fieldset>

      {noteList('decisions')}
      {noteList('risks')}
      {noteList('learnings')}

      {!readOnly && (
        <div data-part="actions">
          <button type="submit" data-part="submit">
            {t('ui.checkInForm.submit')}
          </button>
        </div>
      )}
    </form>
  )
}

import type { CatalogKey, Measure, OkrIssue, Person } from '@okrkit/core'
import { type ComponentPropsWithRef, type ReactNode, useId } from 'react'
import { KEY_RESULT_EDITOR_MESSAGES } from '../i18n/catalog'
import { classNames } from '../internal/class-names'
import { DescribedRadioGroup } from '../internal/described-radio-group'
import { EditorField } from '../internal/editor-field'
import { highestSeverity, ROOT_FIELD } from '../internal/editor-issues'
import { describedBy, FieldMessages } from '../internal/field-messages'
import { FieldValue } from '../internal/field-value'
import { type InvalidDraftReport, useReportInvalidDrafts } from '../internal/invalid-drafts'
import { OwnerField, ownerText } from '../internal/owner-field'
import type { ReferenceLabels } from '../internal/reference-select'
import { fieldDomId } from '../internal/stable-keys'
import { TextField } from '../internal/text-field'
import { type OkrI18n, useOkrI18n, useThemeAttributes } from '../provider/use-okr-context'
import {
  type KeyResultEditorState,
  type KeyResultField,
  type KeyResultNumberFieldState,
  type UseKeyResultEditorParams,
  useKeyResultEditor,
} from './use-key-result-editor'

type MessageKey = CatalogKey<typeof KEY_RESULT_EDITOR_MESSAGES>
type Translate = OkrI18n<MessageKey>['t']

export interface KeyResultEditorProps
  extends Omit<ComponentPropsWithRef<'fieldset'>, 'defaultValue' | 'children'>,
    UseKeyResultEditorParams {
  /** The legend naming the key result. Default "Key result". */
  label?: ReactNode
  /** Controls shown in the editor's header, such as a parent's move and remove buttons. */
  actions?: ReactNode
}

/** The label of each field, for the field itself and for lists of issues that point at it. */
export const KEY_RESULT_FIELD_LABELS: Record<KeyResultField, MessageKey> = {
  title: 'ui.keyResultEditor.title',
  measure: 'ui.keyResultEditor.measure',
  'measure.start': 'ui.keyResultEditor.start',
  'measure.target': 'ui.keyResultEditor.target',
  'measure.unit': 'ui.keyResultEditor.unit',
  'measure.current': 'ui.keyResultEditor.current',
  'measure.done': 'ui.keyResultEditor.done',
  'measure.due': 'ui.keyResultEditor.due',
  ownerId: 'ui.keyResultEditor.owner',
  weight: 'ui.keyResultEditor.weight',
}

const MEASURE_TYPES: readonly Measure['type'][] = ['metric', 'milestone']
const NO_ISSUES: readonly OkrIssue[] = []

/**
 * The message of a number field whose text is not in the model.
 *
 * @example
 * draftErrorMessage(t, target) // '“1e” is not a number yet. It stays here but is not saved: …'
 */
export function draftErrorMessage(
  t: Translate,
  state: KeyResultNumberFieldState,
): string | undefined {
  if (state.error === undefined) return undefined
  const { text, saved } = state
  if (saved === undefined) return t('ui.numberField.notANumber.unset', { text })
  if (state.error === 'empty') return t('ui.numberField.empty', { saved })
  return t('ui.numberField.notANumber', { text, saved })
}

/** The words of the owner field and its read-only value. */
function ownerLabels(t: Translate): ReferenceLabels {
  return {
    none: t('ui.keyResultEditor.owner.none'),
    unknown: (id) => t('ui.keyResultEditor.owner.unknown', { id }),
  }
}

/**
 * Edits one key result: its title, how it is measured (a metric from start to target, with unit
 * and current value, or a milestone with its due date; switching keeps the other type's values
 * for switching back), its owner and its weight, with core's live hints next to the field they
 * concern. Numbers are typed as text: unfinished text stays on screen, flagged, while the model
 * keeps its last valid number (see `useKeyResultEditor`). Read-only when the provider's
 * permissions say so.
 *
 * Style hooks: `.okr-KeyResultEditor[data-measure="metric" | "milestone"]`, `[data-readonly]`,
 * `[data-invalid]` (a field holds unsaved text), `[data-severity="error" | "warning" | "info"]`
 * (the worst hint); parts `legend`, `actions`, `field` (with `data-field`, `data-severity`,
 * `data-invalid`), `label`, `description`, `messages`, `hint` (with `data-severity`,
 * `data-code`), `measure`, `metric`, `milestone`, `values`.
 *
 * @example
 * <KeyResultEditor defaultValue={kr} people={doc.people} onValueChange={save} />
 */
export function KeyResultEditor({
  value,
  defaultValue,
  onValueChange,
  objective,
  people,
  issues,
  rules,
  readOnly,
  label,
  actions,
  className,
  id,
  ...rest
}: KeyResultEditorProps) {
  const editor = useKeyResultEditor({
    value,
    defaultValue,
    onValueChange,
    objective,
    people,
    issues,
    rules,
    readOnly,
  })
  const { t } = useOkrI18n(KEY_RESULT_EDITOR_MESSAGES)
  const theme = useThemeAttributes()
  const generatedId = useId()
  const rootId = id ?? generatedId
  const kr = editor.value
  const rootIssues = editor.issuesByField.get(ROOT_FIELD) ?? NO_ISSUES

  const drafts: InvalidDraftReport[] = editor.invalidDrafts.map((state) => ({
    fieldId: fieldDomId(rootId, state.field),
    label: t(KEY_RESULT_FIELD_LABELS[state.field]),
    message: draftErrorMessage(t, state) ?? '',
  }))
  useReportInvalidDrafts(rootId, editor.readOnly ? [] : drafts)

  const severity = highestSeverity([
    ...editor.issues,
    ...(editor.invalidDrafts.length > 0 ? [{ severity: 'error' as const }] : []),
  ])
  const rootMessagesId = `${rootId}-messages`

  return (
    <fieldset
      {...theme}
      tabIndex={-1}
      {...rest}
      id={rootId}
      className={classNames('okr okr-KeyResultEditor', className)}
      data-part="root"
      data-measure={kr.measure.type}
      data-readonly={editor.readOnly ? '' : undefined}
      data-invalid={!editor.readOnly && editor.invalidDrafts.length > 0 ? '' : undefined}
      data-severity={severity}
      aria-describedby={describedBy(
        rest['aria-describedby'],
        rootIssues.length > 0 && rootMessagesId,
      )}
    >
      <legend data-part="legend">{label ?? t('ui.keyResultEditor.legend')}</legend>
      {actions !== undefined && <div data-part="actions">{actions}</div>}
      {editor.readOnly && <p data-part="read-only">{t('ui.keyResultEditor.readOnly')}</p>}
      <FieldMessages id={rootMessagesId} issues={rootIssues} />
      {editor.readOnly ? (
        <KeyResultValues editor={editor} people={people} rootId={rootId} />
      ) : (
        <KeyResultFields editor={editor} people={people} rootId={rootId} />
      )}
    </fieldset>
  )
}

interface PartProps {
  editor: KeyResultEditorState
  people: readonly Person[] | undefined
  rootId: string
}

function KeyResultFields({ editor, people, rootId }: PartProps) {
  const { t } = useOkrI18n(KEY_RESULT_EDITOR_MESSAGES)
  const kr = editor.value
  const issuesOf = (field: KeyResultField) => editor.issuesByField.get(field) ?? NO_ISSUES
  const idOf = (field: KeyResultField) => fieldDomId(rootId, field)

  const numberInput = (field: NumberFieldKey, labelKey: MessageKey, description?: string) => {
    const state = editor.numberField(field)
    return (
      <EditorField
        id={idOf(field)}
        field={field}
        label={t(labelKey)}
        description={description}
        issues={issuesOf(field)}
        draftError={draftErrorMessage(t, state)}
      >
        {(control) => (
          <input
            {...control}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            spellCheck={false}
            data-part="number"
            value={state.text}
            onChange={(event) => state.setText(event.currentTarget.value)}
          />
        )}
      </EditorField>
    )
  }

  return (
    <>
      <TextField
        id={idOf('title')}
        field="title"
        label={t('ui.keyResultEditor.title')}
        description={t('ui.keyResultEditor.title.hint')}
        issues={issuesOf('title')}
        value={kr.title}
        onValueChange={editor.setTitle}
      />

      <DescribedRadioGroup
        id={idOf('measure')}
        field="measure"
        legend={t('ui.keyResultEditor.measure')}
        options={MEASURE_TYPES.map((type) => ({
          value: type,
          label: t(`ui.keyResultEditor.measure.${type}`),
          description: t(`ui.keyResultEditor.measure.${type}.hint`),
        }))}
        value={kr.measure.type}
        onValueChange={editor.setMeasureType}
        issues={issuesOf('measure')}
      />

      {kr.measure.type === 'metric' ? (
        <div data-part="metric">
          {numberInput('measure.start', 'ui.keyResultEditor.start')}
          {numberInput('measure.target', 'ui.keyResultEditor.target')}
          <TextField
            id={idOf('measure.unit')}
            field="measure.unit"
            label={t('ui.keyResultEditor.unit')}
            issues={issuesOf('measure.unit')}
            value={kr.measure.type === 'metric' ? (kr.measure.unit ?? '') : ''}
            onValueChange={editor.setUnit}
          />
          {numberInput('measure.current', 'ui.keyResultEditor.current')}
        </div>
      ) : (
        <div data-part="milestone">
          <div
            data-part="field"
            data-field="measure.done"
            data-severity={highestSeverity(issuesOf('measure.done'))}
          >
            <input
              id={idOf('measure.done')}
              type="checkbox"
              checked={kr.measure.done}
              onChange={(event) => editor.setDone(event.currentTarget.checked)}
              aria-describedby={describedBy(
                issuesOf('measure.done').length > 0 && `${idOf('measure.done')}-messages`,
              )}
            />{' '}
            <label htmlFor={idOf('measure.done')} data-part="label">
              {t('ui.keyResultEditor.done')}
            </label>
            <FieldMessages
              id={`${idOf('measure.done')}-messages`}
              issues={issuesOf('measure.done')}
            />
          </div>
          <EditorField
            id={idOf('measure.due')}
            field="measure.due"
            label={t('ui.keyResultEditor.due')}
            issues={issuesOf('measure.due')}
          >
            {(control) => (
              <input
                {...control}
                type="date"
                value={kr.measure.type === 'milestone' ? (kr.measure.due ?? '') : ''}
                onChange={(event) => editor.setDue(event.currentTarget.value)}
              />
            )}
          </EditorField>
        </div>
      )}

      <OwnerField
        id={idOf('ownerId')}
        label={t('ui.keyResultEditor.owner')}
        description={t(
          people ? 'ui.keyResultEditor.owner.hint' : 'ui.keyResultEditor.ownerId.hint',
        )}
        issues={issuesOf('ownerId')}
        people={people}
        value={kr.ownerId}
        onValueChange={editor.setOwnerId}
        labels={ownerLabels(t)}
      />

      {numberInput('weight', 'ui.keyResultEditor.weight', t('ui.keyResultEditor.weight.hint'))}
    </>
  )
}

type NumberFieldKey = KeyResultNumberFieldState['field']

/** The key result as text, for users who may not edit it; hints stay next to their value. */
function KeyResultValues({ editor, people, rootId }: PartProps) {
  const { t, formatNumber, formatDate } = useOkrI18n(KEY_RESULT_EDITOR_MESSAGES)
  const kr = editor.value
  const row = (field: KeyResultField, content: ReactNode) => (
    <FieldValue
      id={fieldDomId(rootId, field)}
      field={field}
      // "Done: Not done" would read oddly; the milestone's state is its status.
      term={t(field === 'measure.done' ? 'ui.status' : KEY_RESULT_FIELD_LABELS[field])}
      issues={editor.issuesByField.get(field) ?? NO_ISSUES}
    >
      {content}
    </FieldValue>
  )
  const { measure } = kr
  return (
    <dl data-part="values">
      {row('title', kr.title)}
      {row('measure', t(`ui.keyResultEditor.measure.${measure.type}`))}
      {measure.type === 'metric' ? (
        <>
          {row('measure.start', formatNumber(measure.start))}
          {row('measure.target', formatNumber(measure.target))}
          {measure.unit !== undefined && row('measure.unit', measure.unit)}
          {row(
            'measure.current',
            measure.current === undefined
              ? t('ui.keyResultEditor.current.none')
              : formatNumber(measure.current),
          )}
        </>
      ) : (
        <>
          {row(
            'measure.done',
            t(measure.done ? 'ui.keyResultEditor.done' : 'ui.keyResultEditor.notDone'),
          )}
          {row(
            'measure.due',
            measure.due === undefined ? t('ui.keyResultEditor.due.none') : formatDate(measure.due),
          )}
        </>
      )}
      {row('ownerId', ownerText(kr.ownerId, people, ownerLabels(t)))}
      {row('weight', formatNumber(kr.weight))}
    </dl>
  )
}

import type { CatalogKey } from '@okrkit/core'
import {
  COMMITMENTS,
  type KeyResult,
  OBJECTIVE_LEVELS,
  type Objective,
  type OkrIssue,
  type Person,
} from '@okrkit/core'
import { type ComponentPropsWithRef, memo, type ReactNode, useId, useState } from 'react'
import { OBJECTIVE_EDITOR_MESSAGES } from '../i18n/catalog'
import { classNames } from '../internal/class-names'
import { DescribedRadioGroup } from '../internal/described-radio-group'
import { EditorField } from '../internal/editor-field'
import { highestSeverity, ROOT_FIELD } from '../internal/editor-issues'
import { describedBy, FieldMessages } from '../internal/field-messages'
import { FieldValue } from '../internal/field-value'
import { OwnerField, ownerText } from '../internal/owner-field'
import { type ReferenceLabels, ReferenceSelect } from '../internal/reference-select'
import { domId, fieldDomId } from '../internal/stable-keys'
import { TextField } from '../internal/text-field'
import { usePendingFocus } from '../internal/use-pending-focus'
import { useLatestCallback, useStableByKey } from '../internal/use-stable'
import { KeyResultEditor } from '../key-result-editor/key-result-editor'
import { type OkrI18n, useOkrI18n, useThemeAttributes } from '../provider/use-okr-context'
import {
  type ObjectiveEditorState,
  type ObjectiveField,
  type UseObjectiveEditorParams,
  useObjectiveEditor,
} from './use-objective-editor'

type MessageKey = CatalogKey<typeof OBJECTIVE_EDITOR_MESSAGES>
type Translate = OkrI18n<MessageKey>['t']

export interface ObjectiveEditorProps
  extends Omit<ComponentPropsWithRef<'fieldset'>, 'defaultValue' | 'children'>,
    UseObjectiveEditorParams {
  /** The legend naming the objective. Default "Objective". */
  label?: ReactNode
  /** Controls shown in the editor's header, such as a parent's remove button. */
  actions?: ReactNode
}

/** The label of each field, for the field itself and for lists of issues that point at it. */
export const OBJECTIVE_FIELD_LABELS: Record<ObjectiveField, MessageKey> = {
  title: 'ui.objectiveEditor.title',
  description: 'ui.objectiveEditor.description',
  level: 'ui.objectiveEditor.level',
  commitment: 'ui.objectiveEditor.commitment',
  parentId: 'ui.objectiveEditor.parent',
  ownerId: 'ui.objectiveEditor.owner',
  keyResults: 'ui.objectiveEditor.keyResults',
}

const NO_ISSUES: readonly OkrIssue[] = []

/**
 * The DOM id of the editor of a key result inside an objective editor, from the objective
 * editor's id and the key result's key: lets a parent move focus to a key result's field.
 *
 * @example
 * keyResultDomId(objectiveRootId, editor.keyResultKeys[0])
 */
export function keyResultDomId(objectiveRootId: string, key: string): string {
  return domId(objectiveRootId, 'kr', key)
}

/** The words of the parent field and its read-only value. */
function parentLabels(t: Translate): ReferenceLabels {
  return {
    none: t('ui.objectiveEditor.parent.none'),
    unknown: (id) => t('ui.objectiveEditor.parent.unknown', { id }),
  }
}

/** The words of the owner field and its read-only value. */
function ownerLabels(t: Translate): ReferenceLabels {
  return {
    none: t('ui.objectiveEditor.owner.none'),
    unknown: (id) => t('ui.objectiveEditor.owner.unknown', { id }),
  }
}

type Notice =
  | { kind: 'removed' | 'restored'; title: string }
  | { kind: 'moved'; title: string; position: number; count: number }

/**
 * Edits one objective: title, description, level, commitment (aspirational or committed, each
 * explained), the objective it aligns to, its owner, and its key results, each in a
 * `KeyResultEditor`, which can be added, removed (with undo) and moved up and down with the
 * keyboard; focus follows. Core's live hints sit next to the field they concern. Read-only when
 * the provider's permissions say so (key results ask for themselves).
 *
 * Style hooks: `.okr-ObjectiveEditor[data-level]`, `[data-commitment]`, `[data-readonly]`,
 * `[data-severity]`; parts `legend`, `actions`, `field` (with `data-field`), `commitment`,
 * `key-results`, `key-result-list`, `key-result-item`, `key-result-actions`, `add-key-result`,
 * `undo`, `status`, `values`.
 *
 * @example
 * <ObjectiveEditor defaultValue={objective} people={doc.people} objectives={doc.objectives} onValueChange={save} />
 */
export function ObjectiveEditor({
  value,
  defaultValue,
  onValueChange,
  people,
  objectives,
  issues,
  rules,
  readOnly,
  createId,
  label,
  actions,
  className,
  id,
  ...rest
}: ObjectiveEditorProps) {
  const editor = useObjectiveEditor({
    value,
    defaultValue,
    onValueChange,
    people,
    objectives,
    issues,
    rules,
    readOnly,
    createId,
  })
  const { t } = useOkrI18n(OBJECTIVE_EDITOR_MESSAGES)
  const theme = useThemeAttributes()
  const generatedId = useId()
  const rootId = id ?? generatedId
  const objective = editor.value
  const rootIssues = editor.issuesByField.get(ROOT_FIELD) ?? NO_ISSUES
  const rootMessagesId = `${rootId}-messages`

  return (
    <fieldset
      {...theme}
      tabIndex={-1}
      {...rest}
      id={rootId}
      className={classNames('okr okr-ObjectiveEditor', className)}
      data-part="root"
      data-level={objective.level}
      data-commitment={objective.commitment}
      data-readonly={editor.readOnly ? '' : undefined}
      data-severity={highestSeverity(editor.issues)}
      aria-describedby={describedBy(
        rest['aria-describedby'],
        rootIssues.length > 0 && rootMessagesId,
      )}
    >
      <legend data-part="legend">{label ?? t('ui.objectiveEditor.legend')}</legend>
      {actions !== undefined && <div data-part="actions">{actions}</div>}
      {editor.readOnly && <p data-part="read-only">{t('ui.objectiveEditor.readOnly')}</p>}
      <FieldMessages id={rootMessagesId} issues={rootIssues} />
      {editor.readOnly ? (
        <ObjectiveValues editor={editor} people={people} objectives={objectives} rootId={rootId} />
      ) : (
        <ObjectiveFields editor={editor} people={people} objectives={objectives} rootId={rootId} />
      )}
      <KeyResultList
        editor={editor}
        people={people}
        rootId={rootId}
        rules={rules}
        forceReadOnly={readOnly}
      />
    </fieldset>
  )
}

interface PartProps {
  editor: ObjectiveEditorState
  people: readonly Person[] | undefined
  objectives: readonly Objective[] | undefined
  rootId: string
}

function ObjectiveFields({ editor, people, objectives, rootId }: PartProps) {
  const { t } = useOkrI18n(OBJECTIVE_EDITOR_MESSAGES)
  const objective = editor.value
  const issuesOf = (field: ObjectiveField) => editor.issuesByField.get(field) ?? NO_ISSUES
  const idOf = (field: ObjectiveField) => fieldDomId(rootId, field)
  const parents = (objectives ?? []).filter((candidate) => candidate.id !== objective.id)

  return (
    <>
      <TextField
        id={idOf('title')}
        field="title"
        label={t('ui.objectiveEditor.title')}
        description={t('ui.objectiveEditor.title.hint')}
        issues={issuesOf('title')}
        value={objective.title}
        onValueChange={editor.setTitle}
      />

      <EditorField
        id={idOf('description')}
        field="description"
        label={t('ui.objectiveEditor.description')}
        issues={issuesOf('description')}
      >
        {(control) => (
          <textarea
            {...control}
            rows={3}
            value={objective.description ?? ''}
            onChange={(event) => editor.setDescription(event.currentTarget.value)}
          />
        )}
      </EditorField>

      <EditorField
        id={idOf('level')}
        field="level"
        label={t('ui.objectiveEditor.level')}
        issues={issuesOf('level')}
      >
        {(control) => (
          <select
            {...control}
            value={objective.level}
            onChange={(event) => editor.setLevel(event.currentTarget.value as Objective['level'])}
          >
            {OBJECTIVE_LEVELS.map((level) => (
              <option key={level} value={level}>
                {t(`ui.objectiveEditor.level.${level}`)}
              </option>
            ))}
          </select>
        )}
      </EditorField>

      <DescribedRadioGroup
        id={idOf('commitment')}
        field="commitment"
        legend={t('ui.objectiveEditor.commitment')}
        options={COMMITMENTS.map((commitment) => ({
          value: commitment,
          label: t(`ui.objectiveEditor.commitment.${commitment}`),
          description: t(`ui.objectiveEditor.commitment.${commitment}.hint`),
        }))}
        value={objective.commitment}
        onValueChange={editor.setCommitment}
        issues={issuesOf('commitment')}
      />

      <EditorField
        id={idOf('parentId')}
        field="parentId"
        label={t('ui.objectiveEditor.parent')}
        issues={issuesOf('parentId')}
      >
        {(control) => (
          <ReferenceSelect
            {...control}
            value={objective.parentId}
            onValueChange={editor.setParentId}
            options={parents.map((parent) => ({
              id: parent.id,
              label: parent.title.trim() === '' ? t('ui.objectiveEditor.untitled') : parent.title,
            }))}
            labels={parentLabels(t)}
          />
        )}
      </EditorField>

      <OwnerField
        id={idOf('ownerId')}
        label={t('ui.objectiveEditor.owner')}
        description={people ? undefined : t('ui.objectiveEditor.ownerId.hint')}
        issues={issuesOf('ownerId')}
        people={people}
        value={objective.ownerId}
        onValueChange={editor.setOwnerId}
        labels={ownerLabels(t)}
      />
    </>
  )
}

/** The objective as text, for users who may not edit it; hints stay next to their value. */
function ObjectiveValues({ editor, people, objectives, rootId }: PartProps) {
  const { t } = useOkrI18n(OBJECTIVE_EDITOR_MESSAGES)
  const objective = editor.value
  const row = (field: ObjectiveField, content: ReactNode) => (
    <FieldValue
      id={fieldDomId(rootId, field)}
      field={field}
      term={t(OBJECTIVE_FIELD_LABELS[field])}
      issues={editor.issuesByField.get(field) ?? NO_ISSUES}
    >
      {content}
    </FieldValue>
  )
  const parentWords = parentLabels(t)
  const parent =
    objective.parentId === undefined
      ? parentWords.none
      : (objectives?.find((o) => o.id === objective.parentId)?.title ??
        parentWords.unknown(objective.parentId))
  return (
    <dl data-part="values">
      {row('title', objective.title)}
      {objective.description !== undefined && row('description', objective.description)}
      {row('level', t(`ui.objectiveEditor.level.${objective.level}`))}
      {row('commitment', t(`ui.objectiveEditor.commitment.${objective.commitment}`))}
      {row('parentId', parent)}
      {row('ownerId', ownerText(objective.ownerId, people, ownerLabels(t)))}
    </dl>
  )
}

interface KeyResultListProps {
  editor: ObjectiveEditorState
  people: readonly Person[] | undefined
  rootId: string
  rules: UseObjectiveEditorParams['rules']
  forceReadOnly: boolean | undefined
}

function KeyResultList({ editor, people, rootId, rules, forceReadOnly }: KeyResultListProps) {
  const { t } = useOkrI18n(OBJECTIVE_EDITOR_MESSAGES)
  const focusLater = usePendingFocus()
  const stableIssues = useStableByKey<OkrIssue>()
  const [notice, setNotice] = useState<Notice | null>(null)
  const objective = editor.value
  const keys = editor.keyResultKeys
  const count = objective.keyResults.length
  const listId = fieldDomId(rootId, 'keyResults')
  const addId = `${rootId}-add-key-result`
  const hintId = `${listId}-description`
  const issues = editor.issuesByField.get('keyResults') ?? NO_ISSUES
  const messagesId = `${listId}-messages`
  const editable = !editor.readOnly

  const titleOf = (kr: KeyResult) =>
    kr.title.trim() === '' ? t('ui.objectiveEditor.untitled') : kr.title
  const krId = (key: string) => keyResultDomId(rootId, key)
  const focusTargets = (key: string | undefined) =>
    key === undefined ? [] : [fieldDomId(krId(key), 'title'), krId(key)]

  const add = () => {
    const kr = editor.addKeyResult()
    // The new key result's key is its id unless that id repeats, which a fresh id does not.
    focusLater([fieldDomId(krId(kr.id), 'title'), krId(kr.id), addId])
  }
  const remove = useLatestCallback((index: number) => {
    const key = keys[index] as string
    const removed = editor.removeKeyResult(key)
    if (!removed) return
    setNotice({ kind: 'removed', title: titleOf(removed.keyResult) })
    focusLater([...focusTargets(keys[index + 1]), ...focusTargets(keys[index - 1]), addId])
  })
  const move = useLatestCallback((index: number, offset: -1 | 1) => {
    const key = keys[index] as string
    const to = editor.moveKeyResult(key, offset)
    if (to === undefined) return
    const kr = objective.keyResults[index] as KeyResult
    setNotice({ kind: 'moved', title: titleOf(kr), position: to + 1, count })
    const [same, other] = offset < 0 ? ['move-up', 'move-down'] : ['move-down', 'move-up']
    focusLater([`${krId(key)}-${same}`, `${krId(key)}-${other}`, fieldDomId(krId(key), 'title')])
  })
  const undo = () => {
    const kr = editor.undoRemoveKeyResult()
    if (!kr) return
    setNotice({ kind: 'restored', title: titleOf(kr) })
    focusLater([fieldDomId(krId(kr.id), 'title'), krId(kr.id)])
  }

  const lastRemoved = editor.removedKeyResults[editor.removedKeyResults.length - 1]

  return (
    <fieldset
      id={listId}
      tabIndex={-1}
      data-part="key-results"
      data-field="keyResults"
      data-severity={highestSeverity(issues)}
      aria-describedby={describedBy(hintId, issues.length > 0 && messagesId)}
    >
      <legend data-part="label">{t('ui.objectiveEditor.keyResults')}</legend>
      <p id={hintId} data-part="description">
        {t('ui.objectiveEditor.keyResults.hint')}
      </p>
      <FieldMessages id={messagesId} issues={issues} />
      {count === 0 ? (
        <p data-part="empty">{t('ui.objectiveEditor.keyResults.empty')}</p>
      ) : (
        <ol data-part="key-result-list">
          {objective.keyResults.map((kr, index) => {
            const key = keys[index] as string
            return (
              <KeyResultItem
                key={key}
                keyResult={kr}
                itemKey={key}
                index={index}
                count={count}
                domId={krId(key)}
                objective={objective}
                people={people}
                issues={stableIssues(key, editor.keyResultIssues(index))}
                rules={rules}
                forceReadOnly={forceReadOnly}
                editable={editable}
                onUpdate={editor.updateKeyResult}
                onMove={move}
                onRemove={remove}
              />
            )
          })}
        </ol>
      )}
      {editable && (
        <button type="button" id={addId} data-part="add-key-result" onClick={add}>
          {t('ui.objectiveEditor.addKeyResult')}
        </button>
      )}
      {editable && lastRemoved && (
        <p data-part="undo">
          {t('ui.objectiveEditor.removed', { title: titleOf(lastRemoved.keyResult) })}{' '}
          <button type="button" onClick={undo}>
            {t('ui.objectiveEditor.undo')}
          </button>
        </p>
      )}
      <p role="status" data-part="status" className="okr-visually-hidden">
        {notice && noticeText(t, notice)}
      </p>
    </fieldset>
  )
}

interface KeyResultItemProps {
  keyResult: KeyResult
  itemKey: string
  index: number
  count: number
  domId: string
  objective: Objective
  people: readonly Person[] | undefined
  issues: readonly OkrIssue[]
  rules: UseObjectiveEditorParams['rules']
  forceReadOnly: boolean | undefined
  editable: boolean
  onUpdate: ObjectiveEditorState['updateKeyResult']
  onMove: (index: number, offset: -1 | 1) => void
  onRemove: (index: number) => void
}

/**
 * One key result of the list. Memoised: typing in one key result re-renders only that one. The
 * objective is handed down for permission checks; a change to a sibling key result alone does
 * not count as a change of it (see `sameItem`).
 */
const KeyResultItem = memo(function KeyResultItem({
  keyResult,
  itemKey,
  index,
  count,
  domId,
  objective,
  people,
  issues,
  rules,
  forceReadOnly,
  editable,
  onUpdate,
  onMove,
  onRemove,
}: KeyResultItemProps) {
  const { t } = useOkrI18n(OBJECTIVE_EDITOR_MESSAGES)
  const name = t('ui.objectiveEditor.keyResult', { number: index + 1 })
  // Visible "Move up", heard "Move up Key result 2": the label starts the name.
  const hidden = (
    <>
      {' '}
      <span className="okr-visually-hidden">{name}</span>
    </>
  )
  return (
    <li data-part="key-result-item">
      <KeyResultEditor
        id={domId}
        value={keyResult}
        onValueChange={(next) => onUpdate(itemKey, next)}
        objective={objective}
        people={people}
        issues={issues}
        rules={rules}
        readOnly={forceReadOnly}
        label={name}
        actions={
          editable ? (
            <div data-part="key-result-actions">
              <button
                type="button"
                id={`${domId}-move-up`}
                disabled={index === 0}
                onClick={() => onMove(index, -1)}
              >
                {t('ui.objectiveEditor.moveUp')}
                {hidden}
              </button>
              <button
                type="button"
                id={`${domId}-move-down`}
                disabled={index === count - 1}
                onClick={() => onMove(index, 1)}
              >
                {t('ui.objectiveEditor.moveDown')}
                {hidden}
              </button>
              <button
                type="button"
                id={`${domId}-remove`}
                data-part="remove"
                onClick={() => onRemove(index)}
              >
                {t('ui.objectiveEditor.removeKeyResult')}
                {hidden}
              </button>
            </div>
          ) : undefined
        }
      />
    </li>
  )
}, sameItem)

/** Props are equal when all are the same, the objective compared without its key results. */
function sameItem(previous: KeyResultItemProps, next: KeyResultItemProps): boolean {
  for (const key of Object.keys(next) as (keyof KeyResultItemProps)[]) {
    if (key === 'objective') continue
    if (!Object.is(previous[key], next[key])) return false
  }
  const { keyResults: _a, ...before } = previous.objective
  const { keyResults: _b, ...after } = next.objective
  const keys = new Set([...Object.keys(before), ...Object.keys(after)])
  for (const key of keys) {
    if (!Object.is(before[key as keyof typeof before], after[key as keyof typeof after]))
      return false
  }
  return true
}

function noticeText(t: Translate, notice: Notice): string {
  switch (notice.kind) {
    case 'removed':
      return t('ui.objectiveEditor.removed', { title: notice.title })
    case 'restored':
      return t('ui.objectiveEditor.restored', { title: notice.title })
    case 'moved':
      return t('ui.objectiveEditor.moved', notice)
  }
}

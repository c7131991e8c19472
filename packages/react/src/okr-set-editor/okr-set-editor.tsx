import type { CatalogKey } from '@okrkit/core'
import {
  type IssueSeverity,
  type Objective,
  type ObjectiveTemplate,
  type OkrIssue,
  type Person,
  templates,
} from '@okrkit/core'
import {
  type ComponentPropsWithRef,
  memo,
  type ReactNode,
  useCallback,
  useId,
  useRef,
  useState,
} from 'react'
import { OKR_SET_EDITOR_MESSAGES } from '../i18n/catalog'
import { classNames } from '../internal/class-names'
import { fieldOfPath, highestSeverity, ROOT_FIELD } from '../internal/editor-issues'
import { FieldMessages, HintText } from '../internal/field-messages'
import {
  type InvalidDraftReport,
  InvalidDraftsContext,
  type ReportInvalidDrafts,
} from '../internal/invalid-drafts'
import { domId, fieldDomId, stableKeys } from '../internal/stable-keys'
import { focusFirst, usePendingFocus } from '../internal/use-pending-focus'
import { useLatestCallback, useStableByKey } from '../internal/use-stable'
import { KEY_RESULT_FIELD_LABELS } from '../key-result-editor/key-result-editor'
import { KEY_RESULT_FIELDS } from '../key-result-editor/use-key-result-editor'
import {
  keyResultDomId,
  OBJECTIVE_FIELD_LABELS,
  ObjectiveEditor,
} from '../objective-editor/objective-editor'
import { OBJECTIVE_FIELDS } from '../objective-editor/use-objective-editor'
import {
  type OkrI18n,
  useCanEdit,
  useOkrI18n,
  useThemeAttributes,
} from '../provider/use-okr-context'
import {
  type OkrSetEditorState,
  type SetObjective,
  type UseOkrSetEditorParams,
  useOkrSetEditor,
} from './use-okr-set-editor'

export interface OkrSetEditorProps
  extends Omit<ComponentPropsWithRef<'section'>, 'defaultValue' | 'children'>,
    UseOkrSetEditorParams {
  /**
   * Show the team and period pickers. Default `true`; a picker is left out when its id is
   * controlled without its change handler, since it could not change anything.
   */
  showPickers?: boolean
  /** Render everything read-only whatever the permissions say. */
  readOnly?: boolean
  /** The level of the editor's heading (its summary's is one below). Default 2. */
  headingLevel?: 2 | 3 | 4 | 5
  /** Replaces the heading's text. Default: the team and period, such as "OKRs of Support for Q1 2026". */
  heading?: ReactNode
}

type Notice =
  | { kind: 'removed' | 'restored'; title: string }
  | { kind: 'carried'; period: string; count: number }

interface SummaryEntry {
  key: string
  severity: IssueSeverity
  text: string
  /** Where focus goes, best first; empty when there is no field to go to. */
  targets: string[]
}

/**
 * Edits a team's OKRs for a period inside a whole `OkrDocument`: one to three objectives, each
 * in an `ObjectiveEditor` with three to five key results, core's live lint hints next to the
 * field they concern and a summary of every issue (and unsaved number) with links that move
 * focus to the field. Adds objectives blank or from the play's templates in the current locale,
 * carries unfinished objectives over from the previous period, removes them with an undo. Every
 * edit reaches `onValueChange` with the whole document; objectives and key results the
 * permissions protect render read-only.
 *
 * Style hooks: `.okr-OkrSetEditor[data-empty]`, `[data-invalid]` (a field holds unsaved text),
 * `[data-severity]`; parts `header`, `heading`, `pickers`, `summary`, `summary-item` (with
 * `data-severity`), `objective-list`, `objective-item`, `add-objective`, `carry-over`, `undo`,
 * `status`, `empty`, `no-period`.
 *
 * @example
 * <OkrSetEditor defaultValue={doc} teamId="team-support" periodId="2026-Q1" onValueChange={save} />
 */
export function OkrSetEditor({
  value,
  defaultValue,
  onValueChange,
  teamId,
  defaultTeamId,
  onTeamIdChange,
  periodId,
  defaultPeriodId,
  onPeriodIdChange,
  rules,
  createId,
  showPickers = true,
  readOnly,
  headingLevel = 2,
  heading,
  className,
  id,
  ...rest
}: OkrSetEditorProps) {
  const editor = useOkrSetEditor({
    value,
    defaultValue,
    onValueChange,
    teamId,
    defaultTeamId,
    onTeamIdChange,
    periodId,
    defaultPeriodId,
    onPeriodIdChange,
    rules,
    createId,
  })
  const i18n = useOkrI18n(OKR_SET_EDITOR_MESSAGES)
  const { t } = i18n
  const theme = useThemeAttributes()
  const generatedId = useId()
  const rootId = id ?? generatedId
  const headingId = `${rootId}-heading`
  const addId = `${rootId}-add-objective`
  const templateId = `${rootId}-template`
  const setMessagesId = `${rootId}-messages`
  const focusLater = usePendingFocus()
  const [notice, setNotice] = useState<Notice | null>(null)
  const [templateChoice, setTemplateChoice] = useState('')
  const [drafts, setDrafts] = useState<ReadonlyMap<string, readonly InvalidDraftReport[]>>(
    () => new Map(),
  )
  const reportDrafts = useCallback<ReportInvalidDrafts>((source, list) => {
    setDrafts((previous) => {
      if ((previous.get(source)?.length ?? 0) === 0 && list.length === 0) return previous
      const next = new Map(previous)
      if (list.length === 0) next.delete(source)
      else next.set(source, list)
      return next
    })
  }, [])

  const doc = editor.value
  const canAdd = editor.canAddObjective && !readOnly
  const objectiveId = (key: string) => domId(rootId, 'objective', key)
  const titleOf = (objective: Objective) =>
    objective.title.trim() === '' ? t('ui.okrSetEditor.untitled') : objective.title
  const objectiveTargets = (item: SetObjective | undefined) =>
    item ? [fieldDomId(objectiveId(item.key), 'title'), objectiveId(item.key)] : []

  const add = () => {
    const template = findTemplate(templateChoice)
    const objective = editor.addObjective(template)
    if (!objective) return
    focusLater([fieldDomId(objectiveId(objective.id), 'title'), objectiveId(objective.id), addId])
  }
  const remove = useLatestCallback((position: number) => {
    const item = editor.objectives[position] as SetObjective
    const removed = editor.removeObjective(item.key)
    if (!removed) return
    setNotice({ kind: 'removed', title: titleOf(removed.objective) })
    focusLater([
      ...objectiveTargets(editor.objectives[position + 1]),
      ...objectiveTargets(editor.objectives[position - 1]),
      addId,
    ])
  })
  const stableIssues = useStableByKey<OkrIssue>()
  const parents = useParentCandidates(editor.value.objectives)
  const undo = () => {
    const objective = editor.undoRemoveObjective()
    if (!objective) return
    setNotice({ kind: 'restored', title: titleOf(objective) })
    focusLater([fieldDomId(objectiveId(objective.id), 'title'), objectiveId(objective.id)])
  }
  const carryOver = () => {
    const carried = editor.carryOver()
    const first = carried[0]
    if (!first || !editor.previousPeriod) return
    setNotice({ kind: 'carried', period: editor.previousPeriod.label, count: carried.length })
    focusLater([fieldDomId(objectiveId(first.id), 'title'), objectiveId(first.id)])
  }

  const Heading = `h${headingLevel}` as const
  const SummaryHeading = `h${headingLevel + 1}` as 'h3'
  const summary = summarize(editor, drafts, i18n, objectiveId, canAdd ? [addId] : [])
  const draftCount = [...drafts.values()].reduce((sum, list) => sum + list.length, 0)
  const lastRemoved = [...editor.removedObjectives]
    .reverse()
    .find(
      ({ objective }) =>
        objective.periodId === editor.periodId && objective.teamId === editor.teamId,
    )
  const setIssues = editor.setIssues
  // A controlled team or period without its change handler would make a picker that ignores
  // the user: it is left out then.
  const teamPicker =
    showPickers && doc.teams.length > 0 && (teamId === undefined || onTeamIdChange !== undefined)
  const periodPicker =
    showPickers &&
    doc.periods.length > 0 &&
    (periodId === undefined || onPeriodIdChange !== undefined)

  return (
    <section
      {...theme}
      {...rest}
      id={rootId}
      className={classNames('okr okr-OkrSetEditor', className)}
      data-part="root"
      data-empty={editor.objectives.length === 0 ? '' : undefined}
      data-invalid={draftCount > 0 ? '' : undefined}
      data-severity={highestSeverity(summary)}
      aria-labelledby={rest['aria-labelledby'] ?? headingId}
    >
      <header data-part="header">
        <Heading id={headingId} data-part="heading">
          {heading ?? headingText(editor, t)}
        </Heading>
        {(teamPicker || periodPicker) && (
          <div data-part="pickers">
            {teamPicker && (
              <SetPicker
                id={`${rootId}-team`}
                field="teamId"
                label={t('ui.okrSetEditor.team')}
                value={editor.teamId}
                known={editor.team !== undefined}
                options={doc.teams.map((team) => [team.id, team.name])}
                onChange={editor.setTeamId}
              />
            )}
            {periodPicker && (
              <SetPicker
                id={`${rootId}-period`}
                field="periodId"
                label={t('ui.okrSetEditor.period')}
                value={editor.periodId}
                known={editor.period !== undefined}
                options={doc.periods.map((period) => [period.id, period.label])}
                onChange={editor.setPeriodId}
              />
            )}
          </div>
        )}
      </header>

      {editor.periodId === undefined ? (
        <p data-part="no-period">{t('ui.okrSetEditor.noPeriod')}</p>
      ) : (
        <InvalidDraftsContext value={reportDrafts}>
          {summary.length > 0 && (
            <section data-part="summary" aria-labelledby={`${rootId}-summary`}>
              <SummaryHeading id={`${rootId}-summary`}>
                {t('ui.okrSetEditor.summary', { count: summary.length })}
              </SummaryHeading>
              <ul>
                {summary.map((entry) => (
                  <li key={entry.key} data-part="summary-item" data-severity={entry.severity}>
                    <HintText
                      t={t}
                      severity={entry.severity}
                      message={
                        entry.targets.length > 0 ? (
                          <a
                            href={`#${entry.targets[0]}`}
                            onClick={(event) => {
                              if (focusFirst(entry.targets)) event.preventDefault()
                            }}
                          >
                            {entry.text}
                          </a>
                        ) : (
                          entry.text
                        )
                      }
                    />
                  </li>
                ))}
              </ul>
            </section>
          )}

          <FieldMessages id={setMessagesId} issues={setIssues} />
          {editor.objectives.length === 0 && <p data-part="empty">{t('ui.okrSetEditor.empty')}</p>}

          {editor.objectives.length > 0 && (
            <ol data-part="objective-list">
              {editor.objectives.map((item, position) => (
                <li key={item.key} data-part="objective-item">
                  <SetObjectiveEditor
                    objective={item.objective}
                    objectiveKey={item.key}
                    index={item.index}
                    position={position}
                    rootId={objectiveId(item.key)}
                    people={doc.people}
                    parents={parents}
                    issues={stableIssues(item.key, editor.objectiveIssues(item.index))}
                    readOnly={readOnly}
                    rules={rules}
                    createId={createId}
                    onUpdate={editor.updateObjective}
                    onRemove={remove}
                  />
                </li>
              ))}
            </ol>
          )}

          {canAdd && (
            <div data-part="add-objective">
              <label htmlFor={templateId} data-part="label">
                {t('ui.okrSetEditor.template')}
              </label>
              <select
                id={templateId}
                value={templateChoice}
                onChange={(event) => setTemplateChoice(event.currentTarget.value)}
              >
                <option value="">{t('ui.okrSetEditor.template.blank')}</option>
                <optgroup label={t('ui.okrSetEditor.template.okrSets')}>
                  {templates.okrSets.map((template) => (
                    <option key={template.id} value={`set:${template.id}`}>
                      {template.title[i18n.locale]}
                    </option>
                  ))}
                </optgroup>
                <optgroup label={t('ui.okrSetEditor.template.examples')}>
                  {templates.exampleObjectives.map((template) => (
                    <option key={template.id} value={`example:${template.id}`}>
                      {template.title[i18n.locale]}
                    </option>
                  ))}
                </optgroup>
              </select>
              <button
                type="button"
                id={addId}
                onClick={add}
                aria-describedby={setIssues.length > 0 ? setMessagesId : undefined}
              >
                {t('ui.okrSetEditor.addObjective')}
              </button>
            </div>
          )}

          {canAdd && editor.previousPeriod && editor.carryOverCount > 0 && (
            <div data-part="carry-over">
              <button type="button" onClick={carryOver} aria-describedby={`${rootId}-carry-over`}>
                {t('ui.okrSetEditor.carryOver', {
                  period: editor.previousPeriod.label,
                  count: editor.carryOverCount,
                })}
              </button>
              <p id={`${rootId}-carry-over`} data-part="description">
                {t('ui.okrSetEditor.carryOver.hint')}
              </p>
            </div>
          )}

          {lastRemoved && (
            <p data-part="undo">
              {t('ui.okrSetEditor.removed', { title: titleOf(lastRemoved.objective) })}{' '}
              <button type="button" onClick={undo}>
                {t('ui.okrSetEditor.undo')}
              </button>
            </p>
          )}
        </InvalidDraftsContext>
      )}
      <p role="status" data-part="status" className="okr-visually-hidden">
        {notice && noticeText(t, notice)}
      </p>
    </section>
  )
}

interface SetObjectiveEditorProps {
  objective: Objective
  objectiveKey: string
  index: number
  position: number
  rootId: string
  people: readonly Person[]
  parents: readonly Objective[]
  issues: readonly OkrIssue[]
  readOnly: boolean | undefined
  rules: UseOkrSetEditorParams['rules']
  createId: (() => string) | undefined
  onUpdate: OkrSetEditorState['updateObjective']
  onRemove: (position: number) => void
}

/**
 * One objective of the set: asks the permissions itself, so its remove button follows them.
 * Memoised: typing in one objective re-renders only that one.
 */
const SetObjectiveEditor = memo(function SetObjectiveEditor({
  objective,
  objectiveKey,
  position,
  rootId,
  people,
  parents,
  issues,
  readOnly,
  rules,
  createId,
  onUpdate,
  onRemove,
}: SetObjectiveEditorProps) {
  const { t } = useOkrI18n(OKR_SET_EDITOR_MESSAGES)
  const editable = useCanEdit({ kind: 'objective', objective }) && !readOnly
  const number = position + 1
  return (
    <ObjectiveEditor
      id={rootId}
      value={objective}
      onValueChange={(next) => onUpdate(objectiveKey, next)}
      people={people}
      objectives={parents}
      issues={issues}
      rules={rules}
      readOnly={readOnly}
      createId={createId}
      label={t('ui.okrSetEditor.objective', { number })}
      actions={
        editable ? (
          <button type="button" data-part="remove" onClick={() => onRemove(position)}>
            {t('ui.okrSetEditor.removeObjective')}{' '}
            <span className="okr-visually-hidden">{number}</span>
          </button>
        ) : undefined
      }
    />
  )
})

/**
 * The objectives a set's objectives may align to, kept while their ids and titles (all the
 * parent picker shows) are unchanged, so an edit in one objective does not re-render the others.
 */
function useParentCandidates(objectives: readonly Objective[]): readonly Objective[] {
  const cache = useRef<{ signature: string; objectives: readonly Objective[] } | null>(null)
  const signature = JSON.stringify(objectives.map(({ id, title }) => [id, title]))
  if (cache.current?.signature !== signature) cache.current = { signature, objectives }
  return cache.current.objectives
}

function findTemplate(choice: string): ObjectiveTemplate | undefined {
  const [group, id] = choice.split(':')
  const list =
    group === 'set' ? templates.okrSets : group === 'example' ? templates.exampleObjectives : []
  return list.find((template) => template.id === id)
}

function headingText(
  editor: OkrSetEditorState,
  t: OkrI18n<CatalogKey<typeof OKR_SET_EDITOR_MESSAGES>>['t'],
): string {
  const period = editor.period?.label ?? editor.periodId
  if (period === undefined) return t('ui.okrSetEditor.heading.noPeriod')
  const team = editor.team?.name ?? editor.teamId
  return team === undefined
    ? t('ui.okrSetEditor.heading.noTeam', { period })
    : t('ui.okrSetEditor.heading', { team, period })
}

function noticeText(
  t: OkrI18n<CatalogKey<typeof OKR_SET_EDITOR_MESSAGES>>['t'],
  notice: Notice,
): string {
  switch (notice.kind) {
    case 'removed':
      return t('ui.okrSetEditor.removed', { title: notice.title })
    case 'restored':
      return t('ui.okrSetEditor.restored', { title: notice.title })
    case 'carried':
      return t('ui.okrSetEditor.carriedOver', { period: notice.period, count: notice.count })
  }
}

const PLACE_SEPARATOR = ' › '

/**
 * The summary: unsaved drafts first, then core's issues in screen order, each with the place it
 * concerns ("Objective 1 › Key result 2 › Target") and the ids focus can go to.
 */
function summarize(
  editor: OkrSetEditorState,
  drafts: ReadonlyMap<string, readonly InvalidDraftReport[]>,
  { t }: OkrI18n<CatalogKey<typeof OKR_SET_EDITOR_MESSAGES>>,
  objectiveId: (key: string) => string,
  setTargets: string[],
): SummaryEntry[] {
  const entries: SummaryEntry[] = []
  const byIndex = new Map(
    editor.objectives.map((item, position) => [item.index, { item, position }]),
  )
  const keyResultPlaces = new Map<string, string>()
  for (const [position, { key, objective }] of editor.objectives.entries()) {
    const objectivePlace = t('ui.okrSetEditor.objective', { number: position + 1 })
    for (const [k, krKey] of stableKeys(objective.keyResults).entries()) {
      keyResultPlaces.set(
        keyResultDomId(objectiveId(key), krKey),
        objectivePlace + PLACE_SEPARATOR + t('ui.objectiveEditor.keyResult', { number: k + 1 }),
      )
    }
  }
  for (const [source, list] of drafts) {
    const prefix = keyResultPlaces.get(source)
    for (const draft of list) {
      const place = prefix === undefined ? draft.label : prefix + PLACE_SEPARATOR + draft.label
      entries.push({
        key: `draft:${draft.fieldId}`,
        severity: 'error',
        text: t('ui.okrSetEditor.summary.issue', { place, message: draft.message }),
        targets: [draft.fieldId],
      })
    }
  }
  editor.issues.forEach((issue, i) => {
    const { place, targets } = locate(issue, byIndex, t, objectiveId, setTargets)
    entries.push({
      key: `issue:${issue.code}:${issue.path.join('.')}:${i}`,
      severity: issue.severity,
      text: t('ui.okrSetEditor.summary.issue', { place, message: issue.message }),
      targets,
    })
  })
  return entries
}

function locate(
  issue: OkrIssue,
  byIndex: ReadonlyMap<number, { item: SetObjective; position: number }>,
  t: OkrI18n<CatalogKey<typeof OKR_SET_EDITOR_MESSAGES>>['t'],
  objectiveId: (key: string) => string,
  setTargets: string[],
): { place: string; targets: string[] } {
  const [head, index, ...rest] = issue.path
  if (head === 'checkIns') return { place: t('ui.okrSetEditor.summary.checkIns'), targets: [] }
  const found = typeof index === 'number' ? byIndex.get(index) : undefined
  if (head !== 'objectives' || found === undefined) {
    return { place: t('ui.okrSetEditor.summary.set'), targets: setTargets }
  }
  const root = objectiveId(found.item.key)
  const objectiveTitle = fieldDomId(root, 'title')
  const places = [t('ui.okrSetEditor.objective', { number: found.position + 1 })]
  const [field, krIndex, ...krRest] = rest
  if (field === 'keyResults' && typeof krIndex === 'number') {
    const krKey = stableKeys(found.item.objective.keyResults)[krIndex]
    if (krKey !== undefined) {
      const krRoot = keyResultDomId(root, krKey)
      places.push(t('ui.objectiveEditor.keyResult', { number: krIndex + 1 }))
      const krField = fieldOfPath(krRest, KEY_RESULT_FIELDS)
      if (krField !== ROOT_FIELD)
        places.push(t(KEY_RESULT_FIELD_LABELS[krField as keyof typeof KEY_RESULT_FIELD_LABELS]))
      return {
        place: places.join(PLACE_SEPARATOR),
        targets: [
          ...(krField !== ROOT_FIELD ? [fieldDomId(krRoot, krField)] : []),
          fieldDomId(krRoot, 'title'),
          krRoot,
        ],
      }
    }
  }
  const objectiveField = fieldOfPath(rest, OBJECTIVE_FIELDS)
  if (objectiveField !== ROOT_FIELD) {
    places.push(t(OBJECTIVE_FIELD_LABELS[objectiveField as keyof typeof OBJECTIVE_FIELD_LABELS]))
  }
  return {
    place: places.join(PLACE_SEPARATOR),
    targets: [
      ...(objectiveField !== ROOT_FIELD ? [fieldDomId(root, objectiveField)] : []),
      objectiveTitle,
      root,
    ],
  }
}

/**
 * The team or period of the set, as a native select. An id the document does not know stays
 * selectable as itself, so the editor never shows a different value than it holds.
 */
function SetPicker({
  id,
  field,
  label,
  value,
  known,
  options,
  onChange,
}: {
  id: string
  field: string
  label: string
  value: string | undefined
  known: boolean
  options: [id: string, label: string][]
  onChange: (value: string) => void
}) {
  return (
    <div data-part="field" data-field={field}>
      <label htmlFor={id} data-part="label">
        {label}
      </label>
      <select id={id} value={value ?? ''} onChange={(event) => onChange(event.currentTarget.value)}>
        {!known && <option value={value ?? ''}>{value ?? ''}</option>}
        {options.map(([optionId, text]) => (
          <option key={optionId} value={optionId}>
            {text}
          </option>
        ))}
      </select>
    </div>
  )
}

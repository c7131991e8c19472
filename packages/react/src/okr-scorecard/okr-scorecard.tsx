import type { CatalogKey } from '@okrkit/core'
import {
  CHECK_IN_STATUSES,
  type CheckInStatus,
  formatPeriodLabel,
  type OkrDocument,
} from '@okrkit/core'
import { type ChangeEvent, type ComponentPropsWithRef, memo, useId } from 'react'
import { OKR_SCORECARD_MESSAGES } from '../i18n/catalog'
import { classNames } from '../internal/class-names'
import { type ScorecardFormat, useScorecardFormat } from '../key-result-scorecard/format-key-result'
import { KeyResultRow } from '../objective-scorecard/key-result-row'
import { useThemeAttributes } from '../provider/use-okr-context'
import { ObjectiveRow, TeamRow } from './scorecard-rows'
import {
  type ScorecardGroup,
  type ScorecardObjective,
  type ScorecardSort,
  type ScorecardSortKey,
  type ScorecardView,
  useScorecard,
} from './use-scorecard'

type BoardMessageKey = CatalogKey<typeof OKR_SCORECARD_MESSAGES>

export interface OkrScorecardProps extends Omit<ComponentPropsWithRef<'div'>, 'children'> {
  /** The whole document; treated as immutable: pass a new object after a change. */
  document: OkrDocument
  /** Period, filters, grouping and sort (controlled). */
  view?: ScorecardView
  /** The initial view (uncontrolled). Default: first period, grouped by team, no filter. */
  defaultView?: ScorecardView
  /** Called with every change of the view. */
  onViewChange?: (view: ScorecardView) => void
}

// Statuses from best to worst, as readers scan them.
const STATUS_ORDER: readonly CheckInStatus[] = ['on-track', 'at-risk', 'off-track']
const SORT_OPTIONS = [
  'none',
  'title.ascending',
  'title.descending',
  'team.ascending',
  'team.descending',
  'score.descending',
  'score.ascending',
] as const
type SortOption = (typeof SORT_OPTIONS)[number]

function sortOption(sort: ScorecardSort | undefined): SortOption {
  return sort ? (`${sort.key}.${sort.direction}` as SortOption) : 'none'
}

function SortHeader({
  sortKey,
  label,
  sort,
  onSort,
}: {
  sortKey: ScorecardSortKey
  label: string
  sort: ScorecardSort | undefined
  onSort: (key: ScorecardSortKey) => void
}) {
  const direction = sort?.key === sortKey ? sort.direction : undefined
  return (
    <th scope="col" aria-sort={direction} data-part="sort-header" data-sort-key={sortKey}>
      <button type="button" data-part="sort-button" onClick={() => onSort(sortKey)}>
        {label}
        <span aria-hidden="true" data-part="sort-icon">
          {direction === 'ascending' ? ' ▲' : direction === 'descending' ? ' ▼' : ' ↕'}
        </span>
      </button>
    </th>
  )
}

interface ObjectiveRowsProps {
  entry: ScorecardObjective
  showTeam: boolean
  personName: (id: string | undefined) => string | undefined
  format: ScorecardFormat<BoardMessageKey>
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i])
}

/** Whether an objective's rows would render the same: what they show, not the entry's identity. */
function sameObjectiveRows(previous: ObjectiveRowsProps, next: ObjectiveRowsProps): boolean {
  const [before, after] = [previous.entry, next.entry]
  return (
    previous.showTeam === next.showTeam &&
    previous.personName === next.personName &&
    previous.format === next.format &&
    before.objective === after.objective &&
    before.score === after.score &&
    before.ownerName === after.ownerName &&
    before.teamName === after.teamName &&
    sameList(before.visibleKeyResults, after.visibleKeyResults)
  )
}

/**
 * An objective's row and its key results' rows. Memoised, so a new document (a check-in) or
 * view re-creates the rows of the objectives it changed, not the thousand of the whole board.
 */
const ObjectiveRows = memo(function ObjectiveRows({
  entry,
  showTeam,
  personName,
  format,
}: ObjectiveRowsProps) {
  return (
    <>
      <ObjectiveRow
        objective={entry.objective}
        score={entry.score}
        ownerName={entry.ownerName}
        showTeam={showTeam}
        teamName={entry.teamName}
        format={format}
      />
      {entry.visibleKeyResults.map((summary) => (
        <KeyResultRow
          key={summary.keyResult.id}
          summary={summary}
          ownerName={personName(summary.keyResult.ownerId)}
          showTeam={showTeam}
          teamName={entry.teamName}
          format={format}
        />
      ))}
    </>
  )
}, sameObjectiveRows)

function GroupRows({
  group,
  showTeam,
  personName,
  format,
}: {
  group: ScorecardGroup
  showTeam: boolean
  personName: (id: string | undefined) => string | undefined
  format: ScorecardFormat<BoardMessageKey>
}) {
  return group.objectives.map((entry) => (
    <ObjectiveRows
      key={entry.objective.id}
      entry={entry}
      showTeam={showTeam}
      personName={personName}
      format={format}
    />
  ))
}

/**
 * The period board: every objective and key result of a period with scores, statuses and
 * roll-ups, grouped by team, filtered by owner and status, sorted by title, team or score, with
 * the play's health check of the scores. A real table: a caption, column headers whose sort is
 * announced (`aria-sort`), a row header per objective and key result, a row-group header per
 * team. Each score explains its provenance on hover and keyboard focus. Read-only.
 *
 * Style hooks: `.okr-OkrScorecard[data-state="empty" | "no-results" | "ready"]`, `[data-grouped]`;
 * parts `toolbar`, `period-filter`, `owner-filter`, `status-filter`, `stale-filter`,
 * `group-toggle`, `sort`, `summary`, `clear-filters`, `table-scroll`, `table`, `sort-header`,
 * `team-row`, `objective-row`, `key-result-row` (with `[data-status]`, `[data-stale]`,
 * `[data-grade]`, `[data-overachieved]`), `health`, `finding` (`[data-severity]`).
 *
 * @example
 * <OkrProvider today="2026-02-14">
 *   <OkrScorecard document={doc} defaultView={{ groupByTeam: false, ownerId: 'p-ceo' }} />
 * </OkrProvider>
 */
export function OkrScorecard({
  document,
  view: viewProp,
  defaultView,
  onViewChange,
  className,
  ...rest
}: OkrScorecardProps) {
  const board = useScorecard({ document, view: viewProp, defaultView, onViewChange })
  const format = useScorecardFormat(OKR_SCORECARD_MESSAGES)
  const theme = useThemeAttributes()
  const id = useId()
  const { t } = format
  const { view, setView, period, groups, groupByTeam } = board
  const showTeam = !groupByTeam
  const state = board.totalObjectives === 0 ? 'empty' : groups.length === 0 ? 'no-results' : 'ready'
  const statuses = view.statuses ?? CHECK_IN_STATUSES

  const onStatusChange = (status: CheckInStatus) => (event: ChangeEvent<HTMLInputElement>) => {
    const { checked } = event.currentTarget
    setView((current) => {
      const previous = current.statuses ?? CHECK_IN_STATUSES
      const next = STATUS_ORDER.filter((s) => (s === status ? checked : previous.includes(s)))
      const { statuses: _statuses, ...others } = current
      return next.length === STATUS_ORDER.length ? others : { ...others, statuses: next }
    })
  }
  const onSortChange = (event: ChangeEvent<HTMLSelectElement>) => {
    const [key, direction] = event.currentTarget.value.split('.') as [
      ScorecardSortKey | 'none',
      ScorecardSort['direction'],
    ]
    setView(({ sort: _sort, ...others }) =>
      key === 'none' ? others : { ...others, sort: { key, direction } },
    )
  }

  const summary =
    state === 'empty'
      ? t(period ? 'ui.okrScorecard.empty' : 'ui.okrScorecard.empty.noPeriods')
      : state === 'no-results'
        ? t('ui.okrScorecard.noResults')
        : t('ui.okrScorecard.showing', {
            shown: board.shownKeyResults,
            total: board.totalKeyResults,
          })

  return (
    <div
      {...theme}
      {...rest}
      className={classNames('okr okr-OkrScorecard', className)}
      data-part="root"
      data-state={state}
      data-grouped={groupByTeam ? '' : undefined}
    >
      <fieldset data-part="toolbar">
        <legend className="okr-visually-hidden">{t('ui.okrScorecard.filters')}</legend>
        {board.periods.length > 1 && (
          <label data-part="period-filter">
            <span>{t('ui.okrScorecard.period')}</span>
            <select
              value={period?.id}
              onChange={(event) => {
                const periodId = event.currentTarget.value
                setView((current) => ({ ...current, periodId }))
              }}
            >
              {board.periods.map((p) => (
                <option key={p.id} value={p.id}>
                  {formatPeriodLabel(p, format.coreOptions)}
                </option>
              ))}
            </select>
          </label>
        )}
        <label data-part="owner-filter">
          <span>{t('ui.okrScorecard.owner')}</span>
          <select
            value={view.ownerId ?? ''}
            onChange={(event) => {
              const ownerId = event.currentTarget.value
              setView(({ ownerId: _owner, ...others }) =>
                ownerId === '' ? others : { ...others, ownerId },
              )
            }}
          >
            <option value="">{t('ui.okrScorecard.owner.everyone')}</option>
            {board.owners.map((owner) => (
              <option key={owner.id} value={owner.id}>
                {owner.name}
              </option>
            ))}
          </select>
        </label>
        <fieldset data-part="status-filter">
          <legend>{t('ui.status')}</legend>
          {STATUS_ORDER.map((status) => (
            <label key={status} data-status={status}>
              <input
                type="checkbox"
                checked={statuses.includes(status)}
                onChange={onStatusChange(status)}
              />
              {t(`status.${status}`)}
            </label>
          ))}
          <label data-part="stale-filter">
            <input
              type="checkbox"
              checked={view.staleOnly ?? false}
              onChange={(event) => {
                const staleOnly = event.currentTarget.checked
                setView(({ staleOnly: _stale, ...others }) =>
                  staleOnly ? { ...others, staleOnly } : others,
                )
              }}
            />
            {t('ui.okrScorecard.staleOnly')}
          </label>
        </fieldset>
        <label data-part="group-toggle">
          <input
            type="checkbox"
            checked={groupByTeam}
            onChange={(event) => {
              const groupByTeam = event.currentTarget.checked
              setView((current) => ({ ...current, groupByTeam }))
            }}
          />
          {t('ui.okrScorecard.groupByTeam')}
        </label>
        <label data-part="sort">
          <span>{t('ui.okrScorecard.sort')}</span>
          <select value={sortOption(view.sort)} onChange={onSortChange}>
            {SORT_OPTIONS.map((option) => (
              <option key={option} value={option}>
                {t(`ui.okrScorecard.sort.${option}`)}
              </option>
            ))}
          </select>
        </label>
      </fieldset>

      <p role="status" data-part="summary">
        {summary}
      </p>
      {board.filtered && (
        <button type="button" data-part="clear-filters" onClick={board.clearFilters}>
          {t('ui.okrScorecard.clearFilters')}
        </button>
      )}

      {state === 'ready' && (
        // Scrolls sideways in a narrow container; keyboard users reach it through its buttons.
        <div data-part="table-scroll">
          <table data-part="table">
            <caption>
              {t('ui.okrScorecard.caption', {
                period: period ? formatPeriodLabel(period, format.coreOptions) : '',
              })}
            </caption>
            <thead>
              <tr>
                <SortHeader
                  sortKey="title"
                  label={t('ui.okrScorecard.column.title')}
                  sort={view.sort}
                  onSort={board.toggleSort}
                />
                <th scope="col">{t('ui.okrScorecard.column.owner')}</th>
                {showTeam && (
                  <SortHeader
                    sortKey="team"
                    label={t('ui.okrScorecard.column.team')}
                    sort={view.sort}
                    onSort={board.toggleSort}
                  />
                )}
                <th scope="col">{t('ui.okrScorecard.column.progress')}</th>
                <SortHeader
                  sortKey="score"
                  label={t('ui.score')}
                  sort={view.sort}
                  onSort={board.toggleSort}
                />
                <th scope="col">{t('ui.status')}</th>
              </tr>
            </thead>
            {groups.map((group) => (
              <tbody
                key={group.teamId ?? `${id}-none`}
                data-part="group"
                data-team-id={group.teamId}
              >
                {groupByTeam && (
                  <TeamRow
                    teamName={group.teamName}
                    score={group.score}
                    scoredObjectives={group.scoredObjectives}
                    format={format}
                  />
                )}
                <GroupRows
                  group={group}
                  showTeam={showTeam}
                  personName={board.personName}
                  format={format}
                />
              </tbody>
            ))}
          </table>
        </div>
      )}

      {state !== 'empty' && (
        <section data-part="health" aria-labelledby={`${id}-health`}>
          <p id={`${id}-health`} data-part="health-title">
            {t('ui.okrScorecard.health')}
          </p>
          {board.health.findings.length === 0 ? (
            <p data-part="healthy">{t('ui.okrScorecard.health.none')}</p>
          ) : (
            <ul>
              {board.health.findings.map((finding) => (
                <li
                  key={finding.code}
                  data-part="finding"
                  data-code={finding.code}
                  data-severity={finding.severity}
                >
                  <span data-part="severity">
                    {t(`ui.okrScorecard.health.${finding.severity}`)}
                  </span>{' '}
                  {finding.message}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  )
}

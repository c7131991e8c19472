import {
  type CheckIn,
  checkInDates,
  elapsedFraction,
  formatPeriodLabel,
  GRADE_ANCHORS,
  GRADES,
  gradeScore,
  type IsoDate,
  type KeyResult,
  type Period,
} from '@okrkit/core'
import { type ComponentPropsWithRef, useId, useMemo } from 'react'
import { SCORE_TREND_CHART_MESSAGES } from '../i18n/catalog'
import { classNames } from '../internal/class-names'
import { useOkrI18n, useThemeAttributes } from '../provider/use-okr-context'
import { type ScoreTrendSeries, useScoreTrend } from './use-score-trend'

export interface ScoreTrendChartProps extends Omit<ComponentPropsWithRef<'figure'>, 'children'> {
  /** The key result to chart, or several to compare (one line each, up to four shapes). */
  keyResult: KeyResult | readonly KeyResult[]
  /** Check-ins; those of other key results, outside the period or after `asOf` are ignored. */
  checkIns: readonly CheckIn[]
  /** The period the key result belongs to: the chart's horizontal axis. */
  period: Period
  /** Show the trend as it stood on this day: later check-ins are ignored. Default: all. */
  asOf?: IsoDate | undefined
  /** Draw the dashed forecast to the period's end (core's `forecastScore`). Default `true`. */
  showForecast?: boolean | undefined
  /** Show the data tables under the chart; otherwise they are visually hidden. Default `false`. */
  showTable?: boolean | undefined
  /** Drawing width in CSS pixels; the chart scales down to its container. Default 480. */
  width?: number | undefined
  /** Drawing height in CSS pixels at full width. Default 240. */
  height?: number | undefined
}

const MARGIN = { top: 12, right: 68, bottom: 30, left: 36 }
const SHAPES = ['circle', 'square', 'triangle', 'diamond'] as const
type Shape = (typeof SHAPES)[number]

/** A marker's path, centred on (x, y); shapes tell series apart without colour. */
function markerPath(shape: Shape, x: number, y: number, r: number): string {
  const f = (n: number) => Math.round(n * 100) / 100
  switch (shape) {
    case 'square':
      return `M${f(x - r)},${f(y - r)}h${f(2 * r)}v${f(2 * r)}h${f(-2 * r)}Z`
    case 'triangle':
      return `M${f(x)},${f(y - r * 1.2)}L${f(x + r * 1.1)},${f(y + r * 0.8)}L${f(x - r * 1.1)},${f(y + r * 0.8)}Z`
    case 'diamond':
      return `M${f(x)},${f(y - r * 1.3)}L${f(x + r * 1.3)},${f(y)}L${f(x)},${f(y + r * 1.3)}L${f(x - r * 1.3)},${f(y)}Z`
    default:
      return `M${f(x - r)},${f(y)}a${r},${r} 0 1,0 ${f(2 * r)},0a${r},${r} 0 1,0 ${f(-2 * r)},0`
  }
}

function isList(value: KeyResult | readonly KeyResult[]): value is readonly KeyResult[] {
  return Array.isArray(value)
}

/**
 * Shows, rather than tells, how a key result's score moved through its period: an SVG line of the
 * score at each check-in (core's `resolveKeyResultScore` as of each day) against the play's 0.3 /
 * 0.7 / 1.0 lines, with a dashed forecast to the period's end (core's `forecastScore`). The image
 * is named and described for assistive technology, and a table lists every check-in's date, score
 * and status (visually hidden unless `showTable`). Style hooks:
 * `.okr-ScoreTrendChart[data-empty]`, `[data-table-visible]`; parts `[data-part="chart|grid|axis|
 * tick|reference|series|line|point|forecast|empty|legend|legend-item|tables|table|forecast-row"]`;
 * references carry `[data-grade]`, points
 * `[data-grade]`, `[data-status]`, `[data-provenance]`, forecasts `[data-method]`, series
 * `[data-series="0…3"]` (colours `--okr-chart-series-1` … `-4`).
 *
 * @example
 * const objective = doc.objectives.find((o) => o.keyResults.some((kr) => kr.id === 'kr-nps'))
 * <ScoreTrendChart
 *   keyResult={objective.keyResults.find((kr) => kr.id === 'kr-nps')}
 *   checkIns={doc.checkIns}
 *   period={doc.periods.find((p) => p.id === objective.periodId)}
 * />
 */
export function ScoreTrendChart({
  keyResult,
  checkIns,
  period,
  asOf,
  showForecast = true,
  showTable = false,
  width = 480,
  height = 240,
  className,
  ...rest
}: ScoreTrendChartProps) {
  const { t, formatScore, formatDate, coreOptions } = useOkrI18n(SCORE_TREND_CHART_MESSAGES)
  const theme = useThemeAttributes()
  const keyResults = useMemo(() => (isList(keyResult) ? keyResult : [keyResult]), [keyResult])
  const series = useScoreTrend(keyResults, checkIns, period, { asOf })
  const baseId = useId()
  const titleId = `${baseId}-title`
  const descId = `${baseId}-desc`

  const plotW = width - MARGIN.left - MARGIN.right
  const plotH = height - MARGIN.top - MARGIN.bottom
  const x = (position: number) => MARGIN.left + position * plotW
  const y = (score: number) => MARGIN.top + (1 - score) * plotH
  const r = (n: number) => Math.round(n * 100) / 100

  const periodLabel = formatPeriodLabel(period, coreOptions)
  // Month ends (where check-ins usually fall) mark the horizontal axis.
  const ticks = checkInDates(period).map((date) => ({
    date,
    position: elapsedFraction(period, date),
  }))
  const tickFormat: Intl.DateTimeFormatOptions =
    ticks.length <= 6 ? { month: 'short', day: 'numeric' } : { month: 'short' }
  const empty = series.every((s) => s.points.every((p) => p.score === undefined))
  const many = series.length > 1

  const scoreText = (score: number) =>
    t('ui.scoreTrendChart.scoreWithGrade', {
      score: formatScore(score),
      grade: t(`grade.${gradeScore(score)}`),
    })
  const separator = t('ui.scoreTrendChart.sentenceSeparator')
  const describe = (s: ScoreTrendSeries): string => {
    const last = s.points.filter((p) => p.score !== undefined).at(-1)
    const title = s.keyResult.title
    const parts = [
      last
        ? t(many ? 'ui.scoreTrendChart.seriesLatest' : 'ui.scoreTrendChart.latest', {
            title,
            score: scoreText(last.score as number),
            date: formatDate(last.date),
          })
        : t(many ? 'ui.scoreTrendChart.seriesEmpty' : 'ui.scoreTrendChart.empty', { title }),
    ]
    if (showForecast && s.forecast) {
      parts.push(
        t('ui.scoreTrendChart.forecast', {
          score: scoreText(s.forecast.score),
          date: formatDate(period.end),
        }),
      )
    }
    return parts.join(separator)
  }

  return (
    <figure
      {...theme}
      {...rest}
      className={classNames('okr okr-ScoreTrendChart', className)}
      data-part="root"
      data-empty={empty ? '' : undefined}
      data-table-visible={showTable ? '' : undefined}
    >
      <svg
        data-part="chart"
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descId}
        viewBox={`0 0 ${width} ${height}`}
        width={width}
        height={height}
      >
        <title id={titleId}>
          {many
            ? t('ui.scoreTrendChart.nameMany', { count: series.length, period: periodLabel })
            : t('ui.scoreTrendChart.name', {
                title: series[0]?.keyResult.title ?? '',
                period: periodLabel,
              })}
        </title>
        <desc id={descId}>{series.map(describe).join(separator)}</desc>
        <g data-part="grid">
          <line data-part="axis" x1={MARGIN.left} x2={width - MARGIN.right} y1={y(0)} y2={y(0)} />
          <text x={MARGIN.left - 6} y={y(0)} dy="0.35em" textAnchor="end">
            {formatScore(0)}
          </text>
          {ticks.map(({ date, position }) => (
            <g key={date} data-part="tick">
              <line x1={r(x(position))} x2={r(x(position))} y1={MARGIN.top} y2={y(0) + 4} />
              <text x={r(x(position))} y={y(0) + 18} textAnchor="middle">
                {formatDate(date, tickFormat)}
              </text>
            </g>
          ))}
        </g>
        {GRADES.map((grade) => {
          const score = GRADE_ANCHORS[grade]
          return (
            <g key={grade} data-part="reference" data-grade={grade}>
              <line x1={MARGIN.left} x2={width - MARGIN.right} y1={y(score)} y2={y(score)} />
              <text x={MARGIN.left - 6} y={y(score)} dy="0.35em" textAnchor="end">
                {formatScore(score)}
              </text>
              <text x={width - MARGIN.right + 6} y={y(score)} dy="0.35em">
                {t(`grade.${grade}`)}
              </text>
            </g>
          )
        })}
        {series.map((s, index) => {
          const shape = SHAPES[index % SHAPES.length] as Shape
          const scored = s.points.filter((p) => p.score !== undefined)
          const last = scored.at(-1)
          const line = scored
            .map((p, i) => `${i === 0 ? 'M' : 'L'}${r(x(p.position))},${r(y(p.score as number))}`)
            .join(' ')
          const forecast =
            showForecast && last && s.forecast && last.position < 1 ? s.forecast : undefined
          return (
            <g key={s.keyResult.id} data-part="series" data-series={index % SHAPES.length}>
              {scored.length > 1 && <path data-part="line" d={line} fill="none" />}
              {forecast && last && (
                <g data-part="forecast" data-method={forecast.method}>
                  <line
                    x1={r(x(last.position))}
                    y1={r(y(last.score as number))}
                    x2={x(1)}
                    y2={r(y(forecast.score))}
                  />
                  <path d={markerPath(shape, x(1), y(forecast.score), 3.5)} />
                </g>
              )}
              {scored.map((p) => (
                <path
                  key={p.checkInId}
                  data-part="point"
                  data-grade={gradeScore(p.score as number)}
                  data-status={p.status}
                  data-provenance={p.provenance}
                  d={markerPath(shape, x(p.position), y(p.score as number), 4)}
                >
                  <title>
                    {`${formatDate(p.date)}: ${scoreText(p.score as number)}, ${t(`status.${p.status}`)}`}
                  </title>
                </path>
              ))}
            </g>
          )
        })}
        {empty && (
          <text data-part="empty" x={MARGIN.left + plotW / 2} y={y(0.5)} textAnchor="middle">
            {t('ui.scoreTrendChart.empty')}
          </text>
        )}
      </svg>
      {many && (
        <ul data-part="legend">
          {series.map((s, index) => (
            <li key={s.keyResult.id} data-part="legend-item" data-series={index % SHAPES.length}>
              <svg aria-hidden="true" viewBox="0 0 12 12" width="12" height="12">
                <path d={markerPath(SHAPES[index % SHAPES.length] as Shape, 6, 6, 4)} />
              </svg>
              {s.keyResult.title}
            </li>
          ))}
        </ul>
      )}
      <div data-part="tables" className={showTable ? undefined : 'okr-visually-hidden'}>
        {series.map((s) => (
          <table key={s.keyResult.id} data-part="table">
            <caption>{t('ui.scoreTrendChart.table', { title: s.keyResult.title })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('ui.scoreTrendChart.date')}</th>
                <th scope="col">{t('ui.score')}</th>
                <th scope="col">{t('ui.status')}</th>
              </tr>
            </thead>
            <tbody>
              {s.points.length === 0 && (
                <tr>
                  <td colSpan={3}>{t('ui.scoreTrendChart.noCheckIns')}</td>
                </tr>
              )}
              {s.points.map((p) => (
                <tr key={p.checkInId}>
                  <th scope="row">{formatDate(p.date)}</th>
                  <td>{p.score === undefined ? t('ui.score.none') : scoreText(p.score)}</td>
                  <td>{t(`status.${p.status}`)}</td>
                </tr>
              ))}
              {showForecast && s.forecast && (
                <tr data-part="forecast-row">
                  <th scope="row">
                    {t('ui.scoreTrendChart.forecastRow', { date: formatDate(period.end) })}
                  </th>
                  <td>{scoreText(s.forecast.score)}</td>
                  <td>{t('ui.scoreTrendChart.forecastStatus')}</td>
                </tr>
              )}
            </tbody>
          </table>
        ))}
      </div>
    </figure>
  )
}

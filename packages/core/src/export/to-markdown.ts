import { lightFormat } from 'date-fns'
import { OkrRangeError } from '../errors'
import {
  type CatalogKey,
  mergeCatalogs,
  PERIOD_MESSAGES,
  REPORT_MESSAGES,
  SCORE_MESSAGES,
  STATUS_MESSAGES,
} from '../i18n/catalogs'
import { formatMessageFrom, type LocaleOptions } from '../i18n/format'
import { resolveLocale } from '../i18n/locale'
import type { IssueParams } from '../issue'
import type { CheckIn } from '../model/check-in'
import type { IsoDate } from '../model/common'
import type { OkrDocument } from '../model/document'
import { indexDocument } from '../model/document-index'
import type { KeyResult } from '../model/key-result'
import type { Objective } from '../model/objective'
import { formatPeriodLabel } from '../periods/format-period-label'
import { type DateInput, toIsoDate } from '../periods/iso-date'
import { monthOf } from '../periods/quarter-of'
import { gradeLabel, gradeScore } from '../scoring/grade'
import { resolveKeyResultScore } from '../scoring/key-result-score'
import { rollUp } from '../scoring/roll-up'
import { forecastScore } from '../status/forecast'
import { suggestStatus } from '../status/suggest-status'

const REPORT_CATALOG = /* @__PURE__ */ mergeCatalogs(
  REPORT_MESSAGES,
  SCORE_MESSAGES,
  STATUS_MESSAGES,
  PERIOD_MESSAGES,
)
type ReportKey = CatalogKey<typeof REPORT_CATALOG>

/** Options of {@link toMarkdown}. */
export interface ToMarkdownOptions extends LocaleOptions {
  /**
   * The month reported on, `YYYY-MM`: its check-ins tell the story. Default: the month of
   * `asOf`, else of the latest check-in, else the current month.
   */
  month?: string
  /** Scores, statuses and forecasts as of this day. Default: the last day of `month`. */
  asOf?: DateInput
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/
const SPARKS = '▁▂▃▄▅▆▇█'
const NOTE_KINDS = ['decisions', 'risks', 'learnings'] as const

/**
 * User text made inert inside a line: it can neither break a table (`|`, line breaks) nor open
 * HTML, code, links or emphasis.
 */
function inline(text: string): string {
  return text
    .replace(/\r\n?|\n/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~#]/g, '\\$&')
}

/** The earlier of two ISO dates or months (they sort as strings). */
const earlier = (a: string, b: string) => (a < b ? a : b)

const bar = (score: number, width = 10) => {
  const filled = Math.round(score * width)
  return `\`${'█'.repeat(filled)}${'░'.repeat(width - filled)}\``
}

const spark = (scores: (number | undefined)[]) =>
  `\`${scores.map((s) => (s === undefined ? '·' : SPARKS[Math.round(s * 7)])).join('')}\``

const table = (head: string[], align: ('left' | 'right')[], rows: string[][]) =>
  [
    `| ${head.join(' | ')} |`,
    `| ${align.map((a) => (a === 'right' ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n')

/** `YYYY-MM` of every month from `from` to `to`, both included. */
function monthsBetween(from: string, to: string): string[] {
  const months: string[] = []
  let [year, month] = from.split('-').map(Number) as [number, number]
  for (let key = from; key <= to; ) {
    months.push(key)
    month++
    if (month > 12) {
      month = 1
      year++
    }
    key = `${year}-${String(month).padStart(2, '0')}`
  }
  return months
}

function reportMonth(doc: OkrDocument, options: ToMarkdownOptions): string {
  if (options.month !== undefined) {
    if (!MONTH.test(options.month)) {
      throw new OkrRangeError(
        'invalid_month',
        `The month must be written YYYY-MM, such as 2026-03; got "${options.month}".`,
      )
    }
    return options.month
  }
  if (options.asOf !== undefined) return toIsoDate(options.asOf, 'asOf').slice(0, 7)
  let latest: IsoDate | undefined
  for (const checkIn of doc.checkIns)
    if (latest === undefined || checkIn.date > latest) latest = checkIn.date
  return latest?.slice(0, 7) ?? lightFormat(new Date(), 'yyyy-MM')
}

/** Objectives in alignment order (each followed by those aligned to it), with their depth. */
function alignmentOrder(objectives: Objective[]): { objective: Objective; depth: number }[] {
  const ids = new Set(objectives.map((o) => o.id))
  const children = new Map<string, Objective[]>()
  for (const objective of objectives) {
    const parent = objective.parentId
    if (parent !== undefined && ids.has(parent)) {
      children.set(parent, [...(children.get(parent) ?? []), objective])
    }
  }
  const ordered: { objective: Objective; depth: number }[] = []
  const seen = new Set<string>()
  const visit = (root: Objective) => {
    const stack = [{ objective: root, depth: 0 }]
    while (stack.length > 0) {
      const next = stack.pop() as { objective: Objective; depth: number }
      if (seen.has(next.objective.id)) continue
      seen.add(next.objective.id)
      ordered.push(next)
      const kids = children.get(next.objective.id) ?? []
      for (let i = kids.length - 1; i >= 0; i--) {
        stack.push({ objective: kids[i] as Objective, depth: next.depth + 1 })
      }
    }
  }
  for (const o of objectives) if (o.parentId === undefined || !ids.has(o.parentId)) visit(o)
  // Members of an alignment loop have no root; they still appear, in document order.
  for (const o of objectives) visit(o)
  return ordered
}

/**
 * The monthly OKR update as Markdown, to paste into a wiki: per period running in the month a
 * scorecard of its objectives (score, progress bar, grade, monthly trend), then per objective its
 * key results (owner, score, bar, trend, status — stale when there was no check-in this month —
 * and forecast) and the story of the month's check-ins: what, why, so what, headwinds,
 * tailwinds; then the month's decisions, risks and learnings. Every label comes from the catalogs
 * (`en`, `zh-CN`); user text is escaped so it cannot break a table or inject HTML. Pass a parsed
 * document: a metric whose target equals its start throws `OkrRangeError`, as scoring does.
 *
 * @example
 * toMarkdown(exampleDocument, { month: '2026-03' })
 * // '# OKR update: March 2026\n\nScores as of 2026-03-31. …'
 * toMarkdown(exampleDocumentZhCN, { locale: 'zh-CN', month: '2026-02' })
 */
export function toMarkdown(doc: OkrDocument, options: ToMarkdownOptions = {}): string {
  const locale = resolveLocale(options.locale)
  const t = (key: ReportKey, params: IssueParams = {}) =>
    formatMessageFrom(REPORT_CATALOG, key, params, options)
  // Chinese labels take a full-width colon with no space after it.
  const colon = locale === 'zh-CN' ? ':' : ': '
  const listSeparator = locale === 'zh-CN' ? ';' : '; '
  // Chinese sentences end in a full-width stop and run on without a space.
  const sentenceGap = locale === 'zh-CN' ? '' : ' '
  const month = reportMonth(doc, options)
  const { start: monthStart, end: monthEnd } = monthOf(`${month}-01`)
  const asOf = options.asOf === undefined ? monthEnd : toIsoDate(options.asOf, 'asOf')
  const index = indexDocument(doc)
  const { keyResults: scores, objectives: objectiveScores } = rollUp(doc, { asOf })
  const grade = (score: number) => gradeLabel(gradeScore(score), options).label
  const personName = (id: string | undefined) =>
    id === undefined ? '' : inline(index.people.get(id)?.value.name ?? id)
  const checkInsOf = (kr: KeyResult): CheckIn[] =>
    index.checkInsByKeyResult.get(kr.id)?.map((located) => located.value) ?? []
  const monthName = new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5)) - 1, 1))

  const out: string[] = [`# ${t('report.title', { month: monthName })}`, '']
  out.push(`${t('report.as_of', { date: asOf })}${sentenceGap}${t('report.legend')}`, '')

  const notes: Record<(typeof NOTE_KINDS)[number], string[]> = {
    decisions: [],
    risks: [],
    learnings: [],
  }
  const periods = doc.periods.filter((p) => p.start <= monthEnd && p.end >= monthStart)
  const shown = periods.filter((p) => doc.objectives.some((o) => o.periodId === p.id))
  if (shown.length === 0) out.push(t('report.no_objectives', { month: monthName }), '')

  for (const period of shown) {
    const lastMonth = period.end.slice(0, 7)
    const months = monthsBetween(period.start.slice(0, 7), earlier(month, lastMonth))
    // The score at each month's end, from check-ins only: a KR not yet checked in has no trend.
    const trendOf = (kr: KeyResult) =>
      months.map((m) => {
        const end = monthOf(`${m}-01`).end
        const score = resolveKeyResultScore(kr, checkInsOf(kr), { asOf: earlier(end, asOf) })
        return score.checkInId === undefined ? undefined : score.value
      })
    const objectiveTrend = (objective: Objective) => {
      const trends = objective.keyResults.map((kr) => ({ weight: kr.weight, trend: trendOf(kr) }))
      return months.map((_m, i) => {
        let sum = 0
        let weight = 0
        for (const kr of trends) {
          const value = kr.trend[i]
          if (value === undefined || !(kr.weight > 0)) continue
          sum += value * kr.weight
          weight += kr.weight
        }
        return weight > 0 ? sum / weight : undefined
      })
    }

    const label = inline(formatPeriodLabel(period, options))
    out.push(`## ${t('report.period', { label, start: period.start, end: period.end })}`, '')
    const ordered = alignmentOrder(doc.objectives.filter((o) => o.periodId === period.id))

    out.push(`### ${t('report.scorecard')}`, '')
    out.push(
      table(
        [
          t('report.objective'),
          t('report.team'),
          t('report.score'),
          t('report.progress'),
          t('report.grade'),
          t('report.trend'),
        ],
        ['left', 'left', 'right', 'left', 'left', 'left'],
        ordered.map(({ objective, depth }) => {
          const score = objectiveScores.get(objective.id)?.score?.value
          const team = objective.teamId
            ? (index.teams.get(objective.teamId)?.value.name ?? objective.teamId)
            : ''
          const indent = depth > 0 ? `${'\u2003'.repeat(depth - 1)}↳ ` : ''
          return [
            `${indent}${inline(objective.title)}`,
            inline(team),
            score === undefined ? '–' : score.toFixed(2),
            score === undefined ? '' : bar(score),
            score === undefined ? '' : grade(score),
            spark(objectiveTrend(objective)),
          ]
        }),
      ),
      '',
    )

    for (const { objective } of ordered) {
      const score = objectiveScores.get(objective.id)?.score?.value
      out.push(`### ${inline(objective.title)}`, '')
      const facts = [
        score === undefined ? '–' : `**${score.toFixed(2)}** ${bar(score)} ${grade(score)}`,
        objective.teamId
          ? inline(index.teams.get(objective.teamId)?.value.name ?? objective.teamId)
          : '',
        personName(objective.ownerId),
      ].filter(Boolean)
      out.push(facts.join(' · '), '')
      if (objective.keyResults.length === 0) continue

      const story: string[] = []
      const rows = objective.keyResults.map((kr) => {
        const krScore = scores.get(kr.id)?.value ?? 0
        const suggestion = suggestStatus(kr, checkInsOf(kr), period, asOf)
        const status = [
          t(`status.${suggestion.status}`),
          ...(suggestion.stale ? [t('status.stale')] : []),
        ].join(' · ')
        const forecast = forecastScore(kr, checkInsOf(kr), period, { asOf })
        const thisMonth = checkInsOf(kr).filter(
          (c) => c.date >= monthStart && c.date <= monthEnd && c.date <= asOf,
        )
        story.push(...tellStory(kr, thisMonth))
        for (const checkIn of thisMonth) {
          for (const kind of NOTE_KINDS) {
            for (const note of checkIn[kind])
              notes[kind].push(`- ${inline(note)} · *${inline(kr.title)}*`)
          }
        }
        return [
          inline(kr.title),
          personName(kr.ownerId),
          krScore.toFixed(2),
          bar(krScore),
          spark(trendOf(kr)),
          status,
          forecast.method === 'none' ? '–' : forecast.score.toFixed(2),
        ]
      })
      out.push(
        table(
          [
            t('report.key_result'),
            t('report.owner'),
            t('report.score'),
            t('report.progress'),
            t('report.trend'),
            t('report.status'),
            t('report.forecast'),
          ],
          ['left', 'left', 'right', 'left', 'left', 'left', 'right'],
          rows,
        ),
        '',
        `#### ${t('report.check_ins')}`,
        '',
        ...story,
      )
    }
  }

  for (const kind of NOTE_KINDS) {
    out.push(`## ${t(`report.${kind}`)}`, '')
    out.push(...(notes[kind].length > 0 ? notes[kind] : [t('report.none')]), '')
  }
  return `${out.join('\n').trimEnd()}\n`

  function tellStory(kr: KeyResult, checkIns: CheckIn[]): string[] {
    const heading = `**${inline(kr.title)}**`
    if (checkIns.length === 0) return [`${heading} · ${t('report.no_check_in')}`, '']
    const lines: string[] = []
    for (const checkIn of checkIns) {
      const facts = [heading, checkIn.date, t(`status.${checkIn.status}`)]
      if (checkIn.confidence !== undefined) {
        facts.push(t('report.confidence', { percent: Math.round(checkIn.confidence * 100) }))
      }
      lines.push(facts.join(' · '), '')
      const item = (label: ReportKey, text: string) => {
        if (text.trim() !== '') lines.push(`- **${t(label)}**${colon}${inline(text)}`)
      }
      item('report.what', checkIn.update.what)
      item('report.why', checkIn.update.why)
      item('report.so_what', checkIn.update.soWhat)
      item('report.headwinds', checkIn.headwinds.join(listSeparator))
      item('report.tailwinds', checkIn.tailwinds.join(listSeparator))
      lines.push('')
    }
    return lines
  }
}

import {
  type CheckInStatus,
  forecastScore,
  formatMessage,
  type Grade,
  gradeLabel,
  gradeScore,
  indexDocument,
  type OkrDocument,
  rollUp,
  type ScoreProvenance,
  suggestStatus,
} from '@okrkit/core'
import type { Colors } from './colors'

/** One key result on the scorecard: what `okrkit score --format json` prints. */
export interface KeyResultCard {
  id: string
  title: string
  score: number
  grade: Grade
  provenance: ScoreProvenance
  /** The team's latest status up to `asOf`, else the status by pace. */
  status: CheckInStatus
  statusSource: 'team' | 'pace'
  /** No check-in in `asOf`'s month while the period runs. */
  stale: boolean
  /** The projected score at the period's end, and how it was projected. */
  forecast: { score: number; method: string }
}

export interface ObjectiveCard {
  id: string
  title: string
  team?: string
  score: number | null
  grade: Grade | null
  keyResults: KeyResultCard[]
}

export interface PeriodCard {
  id: string
  label: string
  start: string
  end: string
  objectives: ObjectiveCard[]
}

export interface Scorecard {
  asOf: string
  periods: PeriodCard[]
}

/** Scores, grades, provenance, statuses (stale included) and forecasts, all from core. */
export function buildScorecard(doc: OkrDocument, asOf: string): Scorecard {
  const index = indexDocument(doc)
  const { objectives, keyResults } = rollUp(doc, { asOf })
  const checkInsOf = (id: string) =>
    index.checkInsByKeyResult.get(id)?.map((located) => located.value) ?? []
  return {
    asOf,
    periods: doc.periods.map((period) => ({
      id: period.id,
      label: period.label,
      start: period.start,
      end: period.end,
      objectives: doc.objectives
        .filter((objective) => objective.periodId === period.id)
        .map((objective) => {
          const score = objectives.get(objective.id)?.score?.value
          const team = objective.teamId ? index.teams.get(objective.teamId)?.value.name : undefined
          return {
            id: objective.id,
            title: objective.title,
            ...(team !== undefined && { team }),
            score: score ?? null,
            grade: score === undefined ? null : gradeScore(score),
            keyResults: objective.keyResults.map((kr): KeyResultCard => {
              const krScore = keyResults.get(kr.id) ?? { value: 0, provenance: 'computed' }
              const suggestion = suggestStatus(kr, checkInsOf(kr.id), period, asOf)
              const forecast = forecastScore(kr, checkInsOf(kr.id), period, { asOf })
              return {
                id: kr.id,
                title: kr.title,
                score: krScore.value,
                grade: gradeScore(krScore.value),
                provenance: krScore.provenance,
                status: suggestion.status,
                statusSource: suggestion.source,
                stale: suggestion.stale,
                forecast: { score: forecast.score, method: forecast.method },
              }
            }),
          }
        }),
    })),
  }
}

const bar = (score: number, width: number) => {
  const filled = Math.round(score * width)
  return `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`
}

/** The scorecard as text for a terminal: each period's objectives with their key results. */
export function formatScorecard(card: Scorecard, locale: string, colors: Colors): string {
  const t = (key: Parameters<typeof formatMessage>[0]) => formatMessage(key, {}, { locale })
  const gradeColor = { met: colors.green, close: colors.yellow, missed: colors.red }
  const statusColor = {
    'on-track': colors.green,
    'at-risk': colors.yellow,
    'off-track': colors.red,
  }
  const labels = Object.fromEntries(
    (['missed', 'close', 'met'] as const).map((g) => [g, gradeLabel(g, { locale }).label]),
  ) as Record<Grade, string>
  const width = Math.max(...Object.values(labels).map((label) => label.length))
  const grade = (g: Grade) => gradeColor[g](labels[g].padEnd(width))

  const lines: string[] = []
  for (const period of card.periods) {
    lines.push(colors.bold(`${period.label} (${period.start} – ${period.end})`), '')
    for (const objective of period.objectives) {
      const head =
        objective.score === null || objective.grade === null
          ? `${'–'.padEnd(4)} ${' '.repeat(10)} ${' '.repeat(width)}`
          : `${objective.score.toFixed(2)} ${bar(objective.score, 10)} ${grade(objective.grade)}`
      const team = objective.team ? colors.dim(`  [${objective.team}]`) : ''
      lines.push(`${head}  ${colors.bold(objective.title)}${team}`)
      for (const kr of objective.keyResults) {
        lines.push(`    ${kr.score.toFixed(2)} ${bar(kr.score, 5)} ${grade(kr.grade)}  ${kr.title}`)
        const facts = [
          statusColor[kr.status](t(`status.${kr.status}`)),
          ...(kr.stale ? [colors.yellow(t('status.stale'))] : []),
          t(`provenance.${kr.provenance}`),
          ...(kr.forecast.method === 'none'
            ? []
            : [`${t('report.forecast')} ${kr.forecast.score.toFixed(2)}`]),
        ]
        lines.push(`          ${facts.join(' · ')}`)
      }
      lines.push('')
    }
  }
  return lines.join('\n')
}

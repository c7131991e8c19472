import {
  formatMessage,
  gradeLabel,
  gradeScore,
  indexDocument,
  type OkrDocument,
  rollUp,
} from '@okrkit/core'

export interface ScorecardOptions {
  locale?: string
  asOf?: string
}

const bar = (score: number, width = 10) => {
  const filled = Math.round(score * width)
  return `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`
}

/** A plain-text scorecard: each period's objectives with their KRs, scores, grades and statuses. */
export function formatScorecard(doc: OkrDocument, options: ScorecardOptions = {}): string {
  const { locale } = options
  const index = indexDocument(doc)
  const { objectives, keyResults } = rollUp(doc, options.asOf ? { asOf: options.asOf } : {})
  const lines: string[] = []
  const grade = (value: number) => gradeLabel(gradeScore(value), { locale }).label

  for (const period of doc.periods) {
    lines.push(`${period.label} (${period.start} – ${period.end})`, '')
    for (const objective of doc.objectives.filter((o) => o.periodId === period.id)) {
      const score = objectives.get(objective.id)?.score?.value
      const team = objective.teamId ? index.teams.get(objective.teamId)?.value.name : undefined
      const head =
        score === undefined ? '  –  ' : `${score.toFixed(2)} ${bar(score)} ${grade(score)}`
      lines.push(`${head}  ${objective.title}${team ? `  [${team}]` : ''}`)
      for (const kr of objective.keyResults) {
        const krScore = keyResults.get(kr.id)
        const latest = index.checkInsByKeyResult.get(kr.id)?.at(-1)?.value
        const status = latest ? formatMessage(`status.${latest.status}`, {}, { locale }) : ''
        const provenance = krScore
          ? formatMessage(`provenance.${krScore.provenance}`, {}, { locale })
          : ''
        const value = krScore ? `${krScore.value.toFixed(2)} ${bar(krScore.value, 5)}` : '  –  '
        lines.push(`    ${value}  ${kr.title}`)
        lines.push(`          ${[status, provenance].filter(Boolean).join(' · ')}`)
      }
      lines.push('')
    }
  }
  return lines.join('\n')
}

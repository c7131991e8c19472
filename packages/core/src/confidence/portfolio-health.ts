import { CONFIDENCE_MESSAGES, STATUS_MESSAGES } from '../i18n/catalogs'
import { formatMessageFrom, type LocaleOptions } from '../i18n/format'
import type { OkrIssue } from '../issue'
import type { CheckInStatus } from '../model/check-in'
import { GRADE_ANCHORS } from '../scoring/grade'

/** A KR's score and, when the team gave one, its status. */
export interface PortfolioEntry {
  score?: number
  status?: CheckInStatus
}

export type PortfolioFindingCode =
  | 'portfolio_all_met'
  | 'portfolio_no_status_mix'
  | 'portfolio_average_high'
  | 'portfolio_average_low'

export interface PortfolioHealth {
  /** Mean of the known scores; absent when none is known. */
  averageScore?: number
  /** How many entries had a score / a status. */
  scored: number
  withStatus: number
  /** What the play would tell this team; empty when the set looks healthy. */
  findings: OkrIssue<PortfolioFindingCode>[]
}

export interface PortfolioHealthOptions extends LocaleOptions {
  /** How far the average may stray from the play's 0.7 before it is flagged. Default 0.2. */
  tolerance?: number
  /** Fewer scores than this are too few to judge a set by. Default 3. */
  minEntries?: number
}

/**
 * Reads a set of scores the way the play does: all 1.0 means the goals were not ambitious enough;
 * a healthy set mixes on- and off-track; the average of stretch goals should sit near 0.7.
 *
 * @example
 * portfolioHealth([1, 1, 1]).findings[0]?.code // 'portfolio_all_met'
 */
export function portfolioHealth(
  entries: readonly (number | PortfolioEntry)[],
  options: PortfolioHealthOptions = {},
): PortfolioHealth {
  const tolerance = options.tolerance ?? 0.2
  const minEntries = options.minEntries ?? 3
  const scores: number[] = []
  const statuses = new Set<CheckInStatus>()
  let withStatus = 0
  for (const entry of entries) {
    const { score, status } =
      typeof entry === 'number' ? { score: entry, status: undefined } : entry
    if (score !== undefined && Number.isFinite(score)) scores.push(score)
    if (status !== undefined) {
      statuses.add(status)
      withStatus++
    }
  }
  const findings: OkrIssue<PortfolioFindingCode>[] = []
  const add = (
    code: PortfolioFindingCode,
    severity: OkrIssue['severity'],
    params: OkrIssue['params'],
  ) =>
    findings.push({
      code,
      severity,
      path: [],
      params,
      message: formatMessageFrom(CONFIDENCE_MESSAGES, `confidence.${code}`, params, options),
    })

  const averageScore =
    scores.length > 0 ? scores.reduce((a, b) => a + b, 0) / scores.length : undefined
  if (averageScore !== undefined && scores.length >= minEntries) {
    const average = Math.round(averageScore * 100) / 100
    if (scores.every((s) => s >= 1)) {
      add('portfolio_all_met', 'warning', { count: scores.length })
    } else if (averageScore > GRADE_ANCHORS.close + tolerance) {
      add('portfolio_average_high', 'info', { average })
    } else if (averageScore < GRADE_ANCHORS.close - tolerance) {
      add('portfolio_average_low', 'info', { average })
    }
  }
  // "Some goals should be off track": a set that is all on track (or all off) hides something.
  if (withStatus >= minEntries && statuses.size === 1) {
    const [only] = statuses
    add('portfolio_no_status_mix', 'info', {
      status: formatMessageFrom(STATUS_MESSAGES, `status.${only as CheckInStatus}`, {}, options),
    })
  }
  return {
    ...(averageScore !== undefined && { averageScore }),
    scored: scores.length,
    withStatus,
    findings,
  }
}

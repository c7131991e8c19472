import { OkrRangeError } from '../errors'
import { CONFIDENCE_MESSAGES } from '../i18n/catalogs'
import { formatMessageFrom, type LocaleOptions } from '../i18n/format'
import type { Commitment } from '../model/objective'
import { expectedScore } from './expected-score'

/** How ambitious a target is, judged by the odds the team gives itself of reaching it. */
export type Ambition = 'safe' | 'stretch' | 'unrealistic'

/** Confidence bounds of the bands: `safe` from `safeFrom` up, `unrealistic` below `unrealisticBelow`. */
export interface AmbitionThresholds {
  safeFrom: number
  unrealisticBelow: number
}

/**
 * Aspirational KRs are stretch goals: the play sets 1.0 at 50/50 odds, so odds of 3 in 4 or more
 * mean the bar is low. Committed KRs are meant to be met in full: they want odds of 9 in 10.
 */
export const DEFAULT_AMBITION_THRESHOLDS: Readonly<Record<Commitment, AmbitionThresholds>> = {
  aspirational: { safeFrom: 0.75, unrealisticBelow: 0.3 },
  committed: { safeFrom: 0.9, unrealisticBelow: 0.5 },
}

/** The band each commitment is meant to sit in. */
const FITTING: Record<Commitment, Ambition> = { aspirational: 'stretch', committed: 'safe' }

export interface AssessAmbitionInput {
  /** The team's odds (0–1) of reaching the target, i.e. a score of 1.0. */
  confidence: number
  commitment: Commitment
}

export interface AssessAmbitionOptions extends LocaleOptions {
  thresholds?: Partial<Record<Commitment, Partial<AmbitionThresholds>>>
}

export interface AmbitionAssessment {
  ambition: Ambition
  /** Whether the ambition suits the commitment (stretch for aspirational, safe for committed). */
  fits: boolean
  /** The score the team should expect at these odds (see `expectedScore`). */
  expectedScore: number
  adviceKey: `ambition.${Commitment}.${Ambition}`
  /** Localised advice: what the odds mean and what to change. */
  advice: string
}

/**
 * Judges a target by the team's confidence in it: too safe, a real stretch, or unrealistic,
 * relative to what its commitment calls for, with advice.
 *
 * @example
 * assessAmbition({ confidence: 0.9, commitment: 'aspirational' }).ambition // 'safe' — raise the bar
 */
export function assessAmbition(
  input: AssessAmbitionInput,
  options: AssessAmbitionOptions = {},
): AmbitionAssessment {
  const { confidence, commitment } = input
  if (!(confidence >= 0 && confidence <= 1)) {
    throw new OkrRangeError(
      'confidence_out_of_range',
      `Confidence must be within 0–1; got ${confidence}.`,
    )
  }
  const { safeFrom, unrealisticBelow } = {
    ...DEFAULT_AMBITION_THRESHOLDS[commitment],
    ...options.thresholds?.[commitment],
  }
  const ambition: Ambition =
    confidence >= safeFrom ? 'safe' : confidence < unrealisticBelow ? 'unrealistic' : 'stretch'
  const adviceKey = `ambition.${commitment}.${ambition}` as const
  const percent = Math.round(confidence * 100)
  const expected = expectedScore(confidence)
  return {
    ambition,
    fits: ambition === FITTING[commitment],
    expectedScore: expected,
    adviceKey,
    advice: formatMessageFrom(
      CONFIDENCE_MESSAGES,
      adviceKey,
      { percent, expected: expected.toFixed(2) },
      options,
    ),
  }
}

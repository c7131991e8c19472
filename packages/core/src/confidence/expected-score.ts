import { OkrRangeError } from '../errors'

// Acklam's rational approximation of the standard normal quantile (relative error < 1.2e-9).
const A = [
  -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
  2.506628277459239,
]
const B = [
  -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572,
]
const C = [
  -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734,
  4.374664141464968, 2.938163982698783,
]
const D = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416]
const P_LOW = 0.02425

function normalQuantile(p: number): number {
  const [a0, a1, a2, a3, a4, a5] = A as [number, number, number, number, number, number]
  const [b0, b1, b2, b3, b4] = B as [number, number, number, number, number]
  const [c0, c1, c2, c3, c4, c5] = C as [number, number, number, number, number, number]
  const [d0, d1, d2, d3] = D as [number, number, number, number]
  if (p < P_LOW) {
    const q = Math.sqrt(-2 * Math.log(p))
    return (
      (((((c0 * q + c1) * q + c2) * q + c3) * q + c4) * q + c5) /
      ((((d0 * q + d1) * q + d2) * q + d3) * q + 1)
    )
  }
  if (p > 1 - P_LOW) {
    const q = Math.sqrt(-2 * Math.log(1 - p))
    return (
      -(((((c0 * q + c1) * q + c2) * q + c3) * q + c4) * q + c5) /
      ((((d0 * q + d1) * q + d2) * q + d3) * q + 1)
    )
  }
  const q = p - 0.5
  const r = q * q
  return (
    ((((((a0 * r + a1) * r + a2) * r + a3) * r + a4) * r + a5) * q) /
    (((((b0 * r + b1) * r + b2) * r + b3) * r + b4) * r + 1)
  )
}

/** z such that P(Z ≤ z) = 0.8 for a standard normal Z. */
const Z_80 = normalQuantile(0.8)

/**
 * The spread of the outcome the curve assumes, in score units: the play's 80/20 point sits 0.3
 * below the 50/50 point, so σ = 0.3 / z₀.₈ ≈ 0.356.
 */
export const OUTCOME_SPREAD = 0.3 / Z_80

/** Confidence is clamped this far from 0 and 1, where the curve runs off to ±∞. */
const EDGE = 0.001

/**
 * The score a team should expect for an outcome it gives the odds `confidence` of reaching.
 *
 * The curve follows the play: the team's outcome is taken as normally distributed around the
 * target (1.0 at 50/50 odds) with the spread that puts the 80/20 outcome at 0.7. So
 * `expectedScore(c) = 1 − σ·Φ⁻¹(c)` with σ ≈ 0.356: 0.5 → 1.0, 0.8 → 0.7, 0.9 → 0.54,
 * 0.2 → 1.3 (beyond the target). It falls strictly as confidence rises; confidence is clamped to
 * [0.001, 0.999], so the result stays within about [−0.1, 2.1].
 *
 * @example
 * expectedScore(0.8) // 0.7
 * expectedScore(0.5) // 1
 */
export function expectedScore(confidence: number): number {
  if (!(confidence >= 0 && confidence <= 1)) {
    throw new OkrRangeError(
      'confidence_out_of_range',
      `Confidence must be within 0–1; got ${confidence}.`,
    )
  }
  const c = Math.min(1 - EDGE, Math.max(EDGE, confidence))
  return 1 - OUTCOME_SPREAD * normalQuantile(c)
}

/**
 * The odds of reaching a given score: the inverse of {@link expectedScore}.
 *
 * @example
 * confidenceFor(0.7) // 0.8
 */
export function confidenceFor(score: number): number {
  if (!Number.isFinite(score)) {
    throw new OkrRangeError('not_finite', `The score must be a finite number; got ${score}.`)
  }
  return 1 - normalCdf((score - 1) / OUTCOME_SPREAD)
}

// Abramowitz–Stegun 7.1.26 via erf; ample for odds shown to two decimals.
function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2
  const t = 1 / (1 + 0.3275911 * x)
  const erf =
    1 -
    ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) *
      t *
      Math.exp(-x * x)
  return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf)
}

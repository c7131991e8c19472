/** Why a number field's text is not in the model. */
export type NumberTextError = 'empty' | 'not_a_number' | 'out_of_range'

/** What a number field accepts. */
export interface NumberTextRules {
  /** An empty field is an error (else it means "no value"). */
  required: boolean
  /** The smallest number accepted (inclusive). */
  min?: number
  /** The largest number accepted (inclusive). */
  max?: number
}

/** The text of a number field, read: a value for the model, or why there is none. */
export type ParsedNumberText =
  | { ok: true; value: number | undefined }
  | { ok: false; error: NumberTextError }

const PLAIN = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i
// "1,200" and "1,200.5": grouping commas in their places only, so "12," stays unfinished.
const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?$/

/**
 * Reads what a user typed into a number field. Full-width digits and signs (Chinese input
 * methods) and the typographic minus count; anything unfinished ("-", "1e", "12,", ".") is an
 * error, never NaN, and so is a number too large to be finite.
 *
 * @example
 * parseNumberText('１２.5', { required: true }) // { ok: true, value: 12.5 }
 * parseNumberText('1e', { required: true }) // { ok: false, error: 'not_a_number' }
 */
export function parseNumberText(text: string, rules: NumberTextRules): ParsedNumberText {
  const normalized = text
    .normalize('NFKC')
    .replace(/\u2212/g, '-')
    .trim()
  if (normalized === '')
    return rules.required ? { ok: false, error: 'empty' } : { ok: true, value: undefined }
  const plain = GROUPED.test(normalized) ? normalized.replace(/,/g, '') : normalized
  if (!PLAIN.test(plain)) return { ok: false, error: 'not_a_number' }
  const value = Number(plain)
  if (!Number.isFinite(value)) return { ok: false, error: 'not_a_number' }
  if (
    (rules.min !== undefined && value < rules.min) ||
    (rules.max !== undefined && value > rules.max)
  ) {
    return { ok: false, error: 'out_of_range' }
  }
  // -0 is 0 to a user; JSON writes it as 0 anyway.
  return { ok: true, value: value === 0 ? 0 : value }
}

/**
 * The text a number field shows for a model value: plain digits that read back exactly.
 *
 * @example
 * formatNumberText(0.5) // '0.5'
 * formatNumberText(undefined) // ''
 */
export function formatNumberText(value: number | undefined): string {
  return value === undefined ? '' : String(value)
}

/** Codes of the issues `parseOkrDocument` reports; each has a `parse.<code>` catalog message. */
export const PARSE_CODES = [
  'not_a_document',
  'reserved_key',
  'too_deep',
  'cyclic',
  'unsupported_schema_version',
  'invalid_schema_version',
  'invalid_type',
  'required',
  'unknown_key',
  'invalid_value',
  'invalid_date',
  'not_finite',
  'too_small',
  'too_big',
  'too_short',
  'too_long',
  'too_many',
  'invalid_json',
  'invalid',
  'duplicate_id',
  'period_end_before_start',
  'kr_target_equals_start',
] as const

export type ParseCode = (typeof PARSE_CODES)[number]

/**
 * English catalog. Keys are stable; `{name}` placeholders are filled from an issue's params.
 * Sections are kept in the same order in every catalog.
 */
export const en = {
  // parse: the document's shape
  'parse.not_a_document': 'The document must be a JSON object.',
  'parse.reserved_key': 'The key "{key}" is not allowed: it could alter object prototypes.',
  'parse.unsupported_schema_version':
    'This document uses format version {found}; this version of okrkit reads up to {supported}. Update okrkit to read it.',
  'parse.invalid_schema_version': 'schemaVersion must be a whole number from 1 to {supported}.',
  'parse.invalid_type': 'Expected {expected}, got {received}.',
  'parse.required': 'This field is required ({expected}).',
  'parse.unknown_key': 'Unknown field "{key}". Put host data in "meta".',
  'parse.invalid_value': 'Must be one of: {options}.',
  'parse.invalid_date': 'Must be a calendar date written YYYY-MM-DD.',
  'parse.not_finite': 'Must be a finite number.',
  'parse.too_small': 'Must be at least {minimum}.',
  'parse.too_big': 'Must be at most {maximum}.',
  'parse.too_short': 'Must not be empty.',
  'parse.too_long': 'Must be at most {maximum} characters.',
  'parse.too_many': 'Must have at most {maximum} items.',
  'parse.invalid_json': 'Must be a JSON value (no functions, dates or undefined).',
  'parse.invalid': 'Invalid value.',
  'parse.duplicate_id': 'The id "{id}" is used more than once among {collection}.',
  'parse.period_end_before_start': 'The period ends ({end}) before it starts ({start}).',
  'parse.kr_target_equals_start':
    'The target equals the start ({start}): there is no progress to measure. Set a target that differs from where you start.',

  // scores and grades
  'grade.missed': 'Missed',
  'grade.close': 'Close',
  'grade.met': 'Met',
  'grade.missed.description': 'We missed the mark.',
  'grade.close.description': 'We came very close.',
  'grade.met.description': 'We met or exceeded the target. Maybe set a harder one next time.',
  'provenance.manual': 'Scored by the team',
  'provenance.computed': 'Computed from the measured value',
  'provenance.rolled-up': 'Rolled up from key results',

  // status
  'status.on-track': 'On track',
  'status.off-track': 'Off track',
  'status.at-risk': 'At risk',
  'status.on-track.description': 'Met or exceeded this month’s milestone.',
  'status.off-track.description': 'Behind where we expected to be by now.',
  'status.at-risk.description': 'On track, but with known risks that could throw it off course.',
  'status.stale': 'No check-in this month',
} as const satisfies Record<string, string>

export type MessageKey = keyof typeof en
export type Messages = Record<MessageKey, string>

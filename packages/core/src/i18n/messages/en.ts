import { mergeMessages } from './merge-messages'

/**
 * English catalog. Keys are stable; `{name}` placeholders are filled from an issue's params.
 * It is cut into sections by domain, so a bundle carries only the sections its code reads;
 * sections are kept in the same order in every catalog.
 */

/** Reading a document: its shape and its values. */
export const enParse = {
  'parse.not_a_document': 'The document must be a JSON object.',
  'parse.reserved_key': 'The key "{key}" is not allowed: it could alter object prototypes.',
  'parse.too_deep': 'Nested more than {maximum} levels deep.',
  'parse.cyclic': 'This value contains itself: a document must be a tree of plain data.',
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
} as const satisfies Record<string, string>

/** Scores: grades and where a score comes from. */
export const enScore = {
  'grade.missed': 'Missed',
  'grade.close': 'Close',
  'grade.met': 'Met',
  'grade.missed.description': 'We missed the mark.',
  'grade.close.description': 'We came very close.',
  'grade.met.description': 'We met or exceeded the target. Maybe set a harder one next time.',
  'provenance.manual': 'Scored by the team',
  'provenance.computed': 'Computed from the measured value',
  'provenance.rolled-up': 'Rolled up from key results',
} as const satisfies Record<string, string>

/** Confidence: ambition advice, target calibration, portfolio health. */
export const enConfidence = {
  'ambition.aspirational.safe':
    'Too safe: at {percent}% odds this target will most likely be met. Raise it until the team gives it about 50/50 odds.',
  'ambition.aspirational.stretch':
    'A real stretch: at {percent}% odds, expect a score of about {expected}. Landing near 0.7 is a success, not a miss.',
  'ambition.aspirational.unrealistic':
    'Unrealistic: at {percent}% odds the team is likely to disengage. Lower the target or break it down.',
  'ambition.committed.safe':
    'A sound commitment: at {percent}% odds the team expects to meet it in full.',
  'ambition.committed.stretch':
    'Risky for a commitment: at {percent}% odds, lower the target or make it aspirational.',
  'ambition.committed.unrealistic':
    'Not a commitment: at {percent}% odds the team does not expect to meet it. Renegotiate scope or make it aspirational.',
  'confidence.calibration_not_finite': 'Enter a number.',
  'confidence.calibration_no_stretch':
    'The 50/50 outcome equals the start ({start}): there is nothing to stretch for.',
  'confidence.calibration_order':
    'The 80/20 outcome ({eightyTwenty}) must lie between the start ({start}) and the 50/50 outcome ({fiftyFifty}).',
  'confidence.portfolio_all_met':
    'All {count} scores are 1.0: the goals were not ambitious enough. Set harder ones next time.',
  'confidence.portfolio_no_status_mix':
    'Everything is “{status}”. A healthy set mixes on-track and off-track goals: check the statuses are honest.',
  'confidence.portfolio_average_high':
    'The average score is {average}, well above 0.7: the targets may be too safe.',
  'confidence.portfolio_average_low':
    'The average score is {average}, well below 0.7: the targets may be out of reach, or the work needs help.',
} as const satisfies Record<string, string>

/** Statuses and the pace behind a suggested status. */
export const enStatus = {
  'status.on-track': 'On track',
  'status.off-track': 'Off track',
  'status.at-risk': 'At risk',
  'status.on-track.description': 'Met or exceeded this month’s milestone.',
  'status.off-track.description': 'Behind where we expected to be by now.',
  'status.at-risk.description': 'On track, but with known risks that could throw it off course.',
  'status.stale': 'No check-in this month',
  'pace.team': 'The team reported “{status}” on {date}.',
  'pace.differs': 'By pace alone it would be “{status}”.',
  'pace.on_pace':
    '{progress}% of the way to the target with {expected}% of the period gone: on pace.',
  'pace.behind':
    '{progress}% of the way to the target with {expected}% of the period gone: a little behind pace.',
  'pace.far_behind':
    '{progress}% of the way to the target with {expected}% of the period gone: well behind pace.',
  'pace.milestone_done': 'The milestone is done.',
  'pace.milestone_due': 'The milestone is not done yet; it is due {due}.',
  'pace.milestone_overdue': 'The milestone is not done and was due {due}.',
  'pace.stale': 'No check-in this month: the team has not confirmed this status.',
  'pace.stale_team': 'No check-in this month yet; the latest is from {date}.',
} as const satisfies Record<string, string>

/** Period labels. */
export const enPeriod = {
  'period.quarter': 'Q{quarter} {year}',
  'period.fiscal_quarter': 'FY{year} Q{quarter}',
  'period.year': '{year}',
  'period.fiscal_year': 'FY{year}',
} as const satisfies Record<string, string>

/** CSV import. */
export const enCsv = {
  'csv.empty': 'The CSV has no header row. Start with the column names, as toCsv writes them.',
  'csv.unclosed_quote': 'Row {row}: a quoted cell (cell {cell}) is never closed.',
  'csv.invalid_quote':
    'Row {row}: text follows the closing quote of cell {cell}. Inside a quoted cell, write a quote twice ("").',
  'csv.missing_column': 'The column "{column}" is missing from the header row.',
  'csv.unknown_column': 'Unknown column "{column}". The columns are: {columns}.',
  'csv.duplicate_column': 'The column "{column}" appears more than once in the header row.',
  'csv.extra_cells': 'Row {row}: cell {cell} has a value but no column name in the header row.',
  'csv.not_a_number':
    'Row {row}, {column}: "{value}" is not a number. Write digits with a dot for decimals, such as -2.5.',
  'csv.not_a_boolean': 'Row {row}, {column}: "{value}" must be true or false.',
  'csv.not_applicable':
    'Row {row}, {column}: a {type} key result has no {column}. Leave the cell empty or change kr_type.',
  'csv.objective_mismatch':
    'Row {row}, {column}: "{value}" differs from row {firstRow} ("{first}"). Repeat the objective’s values on each of its rows, or leave them empty.',
  'csv.unknown_period':
    'Row {row}, {column}: the dates of period "{periodId}" are unknown. Name it like 2026-Q1, 2026-03 or 2026, or import into a document that has it.',
  'csv.at': 'Row {row}, {column}: {message}',
} as const satisfies Record<string, string>

/** The Markdown report and starter documents. */
export const enReport = {
  'report.title': 'OKR update: {month}',
  'report.period': '{label}: {start} to {end}',
  'report.as_of': 'Scores as of {date}.',
  'report.legend':
    'Scores run from 0 to 1: 0.3 missed the mark, 0.7 came very close, 1.0 met. Trend: the score at the end of each month, · before the first check-in.',
  'report.scorecard': 'Scorecard',
  'report.objective': 'Objective',
  'report.key_result': 'Key result',
  'report.team': 'Team',
  'report.owner': 'Owner',
  'report.score': 'Score',
  'report.progress': 'Progress',
  'report.trend': 'Trend',
  'report.grade': 'Grade',
  'report.status': 'Status',
  'report.forecast': 'Forecast',
  'report.check_ins': 'The month’s check-ins',
  'report.what': 'What',
  'report.why': 'Why',
  'report.so_what': 'So what',
  'report.headwinds': 'Headwinds',
  'report.tailwinds': 'Tailwinds',
  'report.decisions': 'Decisions',
  'report.risks': 'Risks',
  'report.learnings': 'Learnings',
  'report.confidence': 'confidence {percent}%',
  'report.no_check_in': 'No check-in this month.',
  'report.none': 'None this month.',
  'report.no_objectives': 'No objectives run in {month}.',
  'starter.team': 'My team',
} as const satisfies Record<string, string>

/** The playbook linter. */
export const enLint = {
  'lint.objective_count':
    'This team has {count} objectives for the period. Set {min} to {max}, so the team can focus on what matters most.',
  'lint.kr_count':
    'This objective has {count} key results. Set {min} to {max} key results for each objective.',
  'lint.kr_missing_owner':
    'This key result has no owner. Assign one owner on the team to track its progress.',
  'lint.kr_unknown_owner':
    'The owner “{ownerId}” of this key result is not among the people in the document.',
  'lint.objective_unknown_owner':
    'The owner “{ownerId}” of this objective is not among the people in the document.',
  'lint.objective_unknown_team':
    'The team “{teamId}” of this objective is not among the teams in the document.',
  'lint.objective_unknown_period':
    'The period “{periodId}” of this objective is not among the periods in the document.',
  'lint.objective_unknown_parent':
    'This objective aligns to “{parentId}”, which is not in this document. If it should be, check the id.',
  'lint.objective_alignment_cycle':
    'The alignment loops back on itself ({cycle}). An objective cannot align, directly or indirectly, to itself.',
  'lint.objective_reads_like_metric':
    'This objective states a target value, as a key result does. Objectives are qualitative and inspiring; put the number in one of its key results.',
  'lint.objective_reads_like_metric.suggestion':
    'Ask what the number stands for and make that the objective: “Delight our enterprise customers”, with “Increase NPS from 30 to 50” as one of its key results.',
  'lint.set_too_safe':
    'Every key result of this aspirational objective ({count}) has a confidence of {threshold} or more: the targets look too safe. Stretch goals put 1.0 at about 50/50 odds.',
  'lint.set_too_safe.forecast':
    'Every key result of this aspirational objective ({count}) is forecast to reach 1.0: the targets look too safe. A healthy set mixes on-track and off-track key results.',
  'lint.set_too_safe.suggestion':
    'Raise the targets until the team gives each about even odds of reaching 1.0, or make the objective committed if it must be met in full.',
  'lint.kr_target_equals_start':
    'The target equals the start ({start}): there is no progress to measure. Set a target that differs from where you start.',
  'lint.kr_not_measurable':
    'This key result has no number to measure it by. Add a metric, a target value or a due date.',
  'lint.kr_not_measurable.suggestion':
    'Add a target: from X to Y, by when. For example “Increase weekly active users from 4,000 to 6,000 by June 30”; a milestone needs a due date.',
  'lint.kr_is_activity':
    'This key result describes an activity (“{verb}”), not an outcome. A key result measures the work; it is not the work itself.',
  'lint.kr_is_activity.suggestion':
    'Ask: what will be different for customers or the business when this is done? Measure that: “Increase <metric> from X to Y”, such as “Increase page views by 5%” rather than “Create 5 web pages”.',
  'lint.kr_duplicate':
    'This key result repeats another one of the same objective (“{duplicateOfTitle}”). Merge them, or make each measure something different.',
  'lint.kr_no_quality_counterpart':
    'This key result counts output (“{output}”), and no key result of the objective guards its quality. Pair it with one, so the number is not reached by lowering quality.',
  'lint.kr_no_quality_counterpart.suggestion':
    'For example, pair “Resolve 1,500 help desk tickets” with “Reduce tickets filed by 15%” or “Keep reopened tickets below 3%”.',
  'lint.checkin_unknown_key_result':
    'This check-in is for the key result “{keyResultId}”, which is not in the document.',
  'lint.checkin_outside_period':
    'This check-in is dated {date}, outside its period ({start} to {end}).',
} as const satisfies Record<string, string>

/** Every English message. */
export const en = /* @__PURE__ */ mergeMessages(
  enParse,
  enScore,
  enConfidence,
  enStatus,
  enPeriod,
  enCsv,
  enReport,
  enLint,
)

export type MessageKey = keyof typeof en
export type Messages = Record<MessageKey, string>

// Explicit named exports only, grouped by folder.

// Confidence: 80/20 ↔ 0.7, 50/50 ↔ 1.0
export {
  type Ambition,
  type AmbitionAssessment,
  type AmbitionThresholds,
  type AssessAmbitionInput,
  type AssessAmbitionOptions,
  assessAmbition,
  DEFAULT_AMBITION_THRESHOLDS,
} from './confidence/assess-ambition'
export {
  type CalibrateTargetInput,
  type CalibrateTargetOptions,
  calibrateTarget,
  type TargetCalibration,
} from './confidence/calibrate-target'
export { confidenceFor, expectedScore, OUTCOME_SPREAD } from './confidence/expected-score'
export {
  type PortfolioEntry,
  type PortfolioFindingCode,
  type PortfolioHealth,
  type PortfolioHealthOptions,
  portfolioHealth,
} from './confidence/portfolio-health'

// Data: the play's templates and agenda, and a complete example
export { exampleDocument, exampleDocumentZhCN } from './data/example-document'
export type { LocalizedText } from './data/localized-text'
export {
  PLAYBOOK,
  type PlaybookFacts,
  type PlaybookStep,
  playbookSteps,
} from './data/playbook-steps'
export {
  type KeyResultTemplate,
  type ObjectiveFromTemplateOptions,
  type ObjectiveTemplate,
  type OkrTemplates,
  objectiveFromTemplate,
  templates,
} from './data/templates'

// Errors thrown for programmer mistakes
export { OkrError, OkrRangeError } from './errors'

// Exports: Markdown, CSV and the JSON Schema
export { CSV_COLUMNS, type CsvColumn } from './export/csv-columns'
export { CSV_CODES, type CsvCode, type FromCsvOptions, fromCsv } from './export/from-csv'
export { type JsonSchema, okrDocumentJsonSchema } from './export/json-schema'
export { type ToCsvOptions, toCsv } from './export/to-csv'
export { type ToMarkdownOptions, toMarkdown } from './export/to-markdown'

// Messages in English and Simplified Chinese
export {
  CONFIDENCE_MESSAGES,
  CSV_MESSAGES,
  type Catalog,
  type CatalogKey,
  LINT_MESSAGES,
  mergeCatalogs,
  PARSE_MESSAGES,
  PERIOD_MESSAGES,
  REPORT_MESSAGES,
  SCORE_MESSAGES,
  STATUS_MESSAGES,
} from './i18n/catalogs'
export {
  formatMessage,
  formatMessageFrom,
  interpolate,
  type LocaleOptions,
  MESSAGES,
  type MessageKey,
  type Messages,
} from './i18n/format'
export { DEFAULT_LOCALE, LOCALES, type OkrLocale, resolveLocale } from './i18n/locale'

// Results and issues
export type {
  IssueParams,
  IssuePath,
  IssueSeverity,
  OkrIssue,
  OkrResult,
} from './issue'

// Lint: the play's advice as coded, localised issues
export {
  type AnalyzeKeyResultTextOptions,
  analyzeKeyResultText,
  type KeyResultKind,
  type KeyResultTextAnalysis,
  MAX_ANALYZED_TEXT_LENGTH,
} from './lint/analyze-key-result-text'
export {
  type AnalyzeObjectiveTextOptions,
  analyzeObjectiveText,
  type ObjectiveTextAnalysis,
} from './lint/analyze-objective-text'
export type { ChangeDirection } from './lint/lexicon/key-result-lexicon'
export { LINT_CODES, type LintCode } from './lint/lint-codes'
export type { LintContext, LintScope } from './lint/lint-context'
export {
  type LintKeyResultOptions,
  type LintObjectiveOptions,
  lintKeyResult,
  lintObjective,
} from './lint/lint-draft'
export { type LintOptions, type LintRuleSettings, lintOkrSet } from './lint/lint-okr-set'
export type { LintFinding, LintRule } from './lint/lint-rule'
export { LINT_RULES } from './lint/lint-rules'

// Model: the interchange format, its zod schemas and types
export {
  CHECK_IN_STATUSES,
  type CheckIn,
  type CheckInInput,
  type CheckInStatus,
  type CheckInUpdate,
  checkInSchema,
  updateSchema,
} from './model/check-in'
export {
  type IsoDate,
  idSchema,
  isoDateSchema,
  LIMITS,
  type Meta,
  metaSchema,
} from './model/common'
export {
  CURRENT_SCHEMA_VERSION,
  type OkrDocument,
  type OkrDocumentInput,
  okrDocumentSchema,
} from './model/document'
export {
  type DocumentIndex,
  indexDocument,
  type Located,
  type LocatedKeyResult,
} from './model/document-index'
export {
  type KeyResult,
  type KeyResultInput,
  keyResultSchema,
  type Measure,
  type MetricMeasure,
  type MilestoneMeasure,
  measureSchema,
  metricMeasureSchema,
  milestoneMeasureSchema,
} from './model/key-result'
export {
  COMMITMENTS,
  type Commitment,
  OBJECTIVE_LEVELS,
  type Objective,
  type ObjectiveInput,
  type ObjectiveLevel,
  objectiveSchema,
} from './model/objective'
export { PERIOD_KINDS, type Period, type PeriodKind, periodSchema } from './model/period'
export {
  type Retrospective,
  type RetrospectiveInput,
  retrospectiveSchema,
} from './model/retrospective'
export { type Person, personSchema, type Team, teamSchema } from './model/team'

// Parsing untrusted input
export { MIGRATIONS, type Migration } from './parse/migrations'
export { PARSE_CODES, type ParseCode } from './parse/parse-codes'
export { fromZodIssues } from './parse/zod-issues'
export { migrateDocument, type ParseOptions, parseOkrDocument } from './parse/parse-okr-document'
export { RESERVED_KEYS } from './parse/reserved-keys'

// Periods, check-in dates and the next period
export { type CheckInDatesOptions, checkInDates } from './periods/check-in-dates'
export { type CustomPeriodOptions, customPeriod } from './periods/custom-period'
export { daysLeft, elapsedFraction } from './periods/elapsed-fraction'
export { type FormatPeriodLabelOptions, formatPeriodLabel } from './periods/format-period-label'
export {
  type DateInput,
  isValidIsoDate,
  toIsoDate,
  toLocalDate,
} from './periods/iso-date'
export { periodContains } from './periods/period-contains'
export {
  monthOf,
  type QuarterOfOptions,
  quarterOf,
  type YearOfOptions,
  yearOf,
} from './periods/quarter-of'
export {
  type CarriedEntity,
  type CarriedFrom,
  type StartNextPeriodOptions,
  startNextPeriod,
} from './periods/start-next-period'

// Scoring, grades and roll-up
export {
  DEFAULT_GRADE_BANDS,
  GRADE_ANCHORS,
  GRADES,
  type Grade,
  type GradeBands,
  type GradeScoreOptions,
  gradeLabel,
  gradeScore,
} from './scoring/grade'
export {
  type KeyResultScoreOptions,
  resolveKeyResultScore,
  type Score,
  type ScoreProvenance,
} from './scoring/key-result-score'
export {
  type ObjectiveRollUp,
  type RollUpOptions,
  type RollUpResult,
  rollUp,
} from './scoring/roll-up'
export { type KeyResultValue, progressOf, scoreKeyResult } from './scoring/score-key-result'
export { type KeyResultScores, scoreObjective } from './scoring/score-objective'

// Status and forecasts
export { type ExplainStatusOptions, explainStatus } from './status/explain-status'
export {
  type ForecastMethod,
  type ForecastPoint,
  type ForecastScoreOptions,
  forecastScore,
  type ScoreForecast,
} from './status/forecast'
export {
  DEFAULT_PACE_TOLERANCES,
  type PaceReason,
  type PaceTolerances,
  type StatusSuggestion,
  type SuggestStatusOptions,
  suggestStatus,
} from './status/suggest-status'

// Security helpers for hosts that render document data
export { SAFE_LINK_PROTOCOLS, safeHref } from './security/safe-href'

// Model
export {
  LIMITS,
  idSchema,
  isoDateSchema,
  metaSchema,
  type IsoDate,
  type Meta,
} from './model/common'
export { PERIOD_KINDS, periodSchema, type Period, type PeriodKind } from './model/period'
export { personSchema, teamSchema, type Person, type Team } from './model/team'
export {
  keyResultSchema,
  measureSchema,
  metricMeasureSchema,
  milestoneMeasureSchema,
  type KeyResult,
  type KeyResultInput,
  type Measure,
  type MetricMeasure,
  type MilestoneMeasure,
} from './model/key-result'
export {
  COMMITMENTS,
  OBJECTIVE_LEVELS,
  objectiveSchema,
  type Commitment,
  type Objective,
  type ObjectiveInput,
  type ObjectiveLevel,
} from './model/objective'
export {
  CHECK_IN_STATUSES,
  checkInSchema,
  updateSchema,
  type CheckIn,
  type CheckInInput,
  type CheckInStatus,
  type CheckInUpdate,
} from './model/check-in'
export {
  retrospectiveSchema,
  type Retrospective,
  type RetrospectiveInput,
} from './model/retrospective'
export {
  CURRENT_SCHEMA_VERSION,
  okrDocumentSchema,
  type OkrDocument,
  type OkrDocumentInput,
} from './model/document'
export {
  indexDocument,
  type DocumentIndex,
  type Located,
  type LocatedKeyResult,
} from './model/document-index'

// Results, issues, errors
export type {
  IssueParams,
  IssuePath,
  IssueSeverity,
  OkrIssue,
  OkrResult,
} from './issue'
export { OkrError, OkrRangeError } from './errors'

// Parsing
export { parseOkrDocument, migrateDocument, type ParseOptions } from './parse/parse-okr-document'
export { PARSE_CODES, type ParseCode } from './parse/parse-codes'
export { MIGRATIONS, type Migration } from './parse/migrations'
export { RESERVED_KEYS } from './parse/reserved-keys'

// Scoring
export { progressOf, scoreKeyResult, type KeyResultValue } from './scoring/score-key-result'
export {
  resolveKeyResultScore,
  type KeyResultScoreOptions,
  type Score,
  type ScoreProvenance,
} from './scoring/key-result-score'
export { scoreObjective, type KeyResultScores } from './scoring/score-objective'
export {
  rollUp,
  type ObjectiveRollUp,
  type RollUpOptions,
  type RollUpResult,
} from './scoring/roll-up'
export {
  DEFAULT_GRADE_BANDS,
  GRADES,
  GRADE_ANCHORS,
  gradeLabel,
  gradeScore,
  type Grade,
  type GradeBands,
  type GradeScoreOptions,
} from './scoring/grade'

// Confidence
export { OUTCOME_SPREAD, confidenceFor, expectedScore } from './confidence/expected-score'
export {
  DEFAULT_AMBITION_THRESHOLDS,
  assessAmbition,
  type Ambition,
  type AmbitionAssessment,
  type AmbitionThresholds,
  type AssessAmbitionInput,
  type AssessAmbitionOptions,
} from './confidence/assess-ambition'
export {
  calibrateTarget,
  type CalibrateTargetInput,
  type CalibrateTargetOptions,
  type TargetCalibration,
} from './confidence/calibrate-target'
export {
  portfolioHealth,
  type PortfolioEntry,
  type PortfolioFindingCode,
  type PortfolioHealth,
  type PortfolioHealthOptions,
} from './confidence/portfolio-health'

// i18n
export {
  MESSAGES,
  formatMessage,
  type LocaleOptions,
  type MessageKey,
  type Messages,
} from './i18n/format'
export { DEFAULT_LOCALE, LOCALES, resolveLocale, type OkrLocale } from './i18n/locale'

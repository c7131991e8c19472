// Provider and formatting
export {
  OkrProvider,
  type OkrPermissions,
  type OkrProviderProps,
  type OkrTheme,
  type PermissionRequest,
} from './provider/okr-provider'
export {
  useCanEdit,
  useOkrContext,
  useOkrI18n,
  type OkrI18n,
} from './provider/use-okr-context'
export {
  OKR_MESSAGES,
  type OkrMessageKey,
  type OkrMessages,
  type UiMessageKey,
} from './i18n/catalog'

// Building blocks for hosts that compose their own components
export {
  useControllableState,
  type UseControllableStateParams,
} from './internal/use-controllable-state'

// Components
export { ScoreBadge, type ScoreBadgeProps } from './score-badge/score-badge'
export {
  KEY_RESULT_FIELD_LABELS,
  KeyResultEditor,
  type KeyResultEditorProps,
} from './key-result-editor/key-result-editor'
export {
  DEFAULT_MEASURES,
  KEY_RESULT_FIELDS,
  type KeyResultEditorState,
  type KeyResultField,
  type KeyResultNumberField,
  type KeyResultNumberFieldState,
  type UseKeyResultEditorParams,
  useKeyResultEditor,
} from './key-result-editor/use-key-result-editor'
export {
  OBJECTIVE_FIELD_LABELS,
  ObjectiveEditor,
  type ObjectiveEditorProps,
} from './objective-editor/objective-editor'
export {
  OBJECTIVE_FIELDS,
  type ObjectiveEditorState,
  type ObjectiveField,
  type RemovedKeyResult,
  type UseObjectiveEditorParams,
  useObjectiveEditor,
} from './objective-editor/use-objective-editor'
export { OkrSetEditor, type OkrSetEditorProps } from './okr-set-editor/okr-set-editor'
export {
  type OkrSetEditorState,
  type RemovedObjective,
  type SetObjective,
  type UseOkrSetEditorParams,
  useOkrSetEditor,
} from './okr-set-editor/use-okr-set-editor'
export { StatusBadge, type StatusBadgeProps } from './status-badge/status-badge'
export { ScoreSlider, type ScoreSliderProps } from './score-slider/score-slider'
export {
  DEFAULT_SCORE_STEP,
  snapScore,
  type ScoreSliderMark,
  type UseScoreSliderParams,
  type UseScoreSliderResult,
  useScoreSlider,
} from './score-slider/use-score-slider'
export { ConfidenceGuide, type ConfidenceGuideProps } from './confidence-guide/confidence-guide'
export {
  CALIBRATION_FIELDS,
  type CalibrationDraft,
  type CalibrationField,
  DEFAULT_CONFIDENCE,
  type UseConfidenceGuideParams,
  type UseConfidenceGuideResult,
  useConfidenceGuide,
} from './confidence-guide/use-confidence-guide'
export { WorkshopTimer, type WorkshopTimerProps } from './workshop-timer/workshop-timer'
export {
  INITIAL_WORKSHOP_TIMER_STATE,
  type ResolvedWorkshopStep,
  type UseWorkshopTimerParams,
  type UseWorkshopTimerResult,
  useWorkshopTimer,
  type WorkshopStep,
  type WorkshopTimerPhase,
  type WorkshopTimerState,
} from './workshop-timer/use-workshop-timer'
export { ScoreTrendChart, type ScoreTrendChartProps } from './score-trend-chart/score-trend-chart'
export {
  type ScoreTrendPoint,
  type ScoreTrendSeries,
  scoreTrend,
  type UseScoreTrendOptions,
  useScoreTrend,
} from './score-trend-chart/use-score-trend'
export {
  type HeadingLevel,
  KeyResultScorecard,
  type KeyResultScorecardProps,
} from './key-result-scorecard/key-result-scorecard'
export {
  type KeyResultScorecardState,
  type UseKeyResultScorecardOptions,
  useKeyResultScorecard,
} from './key-result-scorecard/use-key-result-scorecard'
export {
  type KeyResultSummary,
  summarizeKeyResult,
} from './key-result-scorecard/key-result-summary'
export {
  ObjectiveScorecard,
  type ObjectiveScorecardProps,
} from './objective-scorecard/objective-scorecard'
export {
  type ObjectiveScorecardData,
  type ObjectiveScorecardState,
  type UseObjectiveScorecardOptions,
  useObjectiveScorecard,
} from './objective-scorecard/use-objective-scorecard'
export { OkrScorecard, type OkrScorecardProps } from './okr-scorecard/okr-scorecard'
export {
  type ScorecardGroup,
  type ScorecardObjective,
  type ScorecardSort,
  type ScorecardSortKey,
  type ScorecardState,
  type ScorecardView,
  type UseScorecardOptions,
  useScorecard,
} from './okr-scorecard/use-scorecard'
export { AlignmentTree, type AlignmentTreeProps } from './alignment-tree/alignment-tree'
export {
  type AlignmentTreeNode,
  type AlignmentTreeState,
  type UseAlignmentTreeOptions,
  useAlignmentTree,
} from './alignment-tree/use-alignment-tree'
export { CheckInForm, type CheckInFormProps } from './check-in-form/check-in-form'
export {
  CHECK_IN_NOTE_LISTS,
  type CheckInChangeDetails,
  type CheckInConfidenceAdvice,
  type CheckInDraft,
  type CheckInNoteList,
  type CheckInNumberField,
  type CheckInStatusAdvice,
  type CheckInStoryField,
  type CheckInSubmitDetails,
  type NormalizedCheckInDraft,
  normalizeCheckInDraft,
  type UseCheckInParams,
  type UseCheckInResult,
  useCheckIn,
} from './check-in-form/use-check-in-form'
export {
  RetrospectiveForm,
  type RetrospectiveFormProps,
} from './retrospective-form/retrospective-form'
export {
  type NormalizedRetrospectiveDraft,
  normalizeRetrospectiveDraft,
  RETROSPECTIVE_NOTE_LISTS,
  type RetrospectiveChangeDetails,
  type RetrospectiveDraft,
  type RetrospectiveIssue,
  type RetrospectiveKeyResultRow,
  type RetrospectiveNoteList,
  type RetrospectiveObjectiveRow,
  type UseRetrospectiveParams,
  type UseRetrospectiveResult,
  useRetrospective,
} from './retrospective-form/use-retrospective-form'

import {
  type Catalog,
  type CatalogKey,
  CONFIDENCE_MESSAGES,
  LINT_MESSAGES,
  MESSAGES,
  type MessageKey,
  mergeCatalogs,
  PARSE_MESSAGES,
  PERIOD_MESSAGES,
  SCORE_MESSAGES,
  STATUS_MESSAGES,
} from '@okrkit/core'
import {
  uiEnAlignmentTree,
  uiEnCheckInForm,
  uiEnConfidenceGuide,
  uiEnErrorSummary,
  uiEnFieldHint,
  uiEnKeyResultEditor,
  uiEnKeyResultScorecard,
  uiEnNoteList,
  uiEnNumberField,
  uiEnObjectiveEditor,
  uiEnObjectiveScorecard,
  uiEnOkrScorecard,
  uiEnOkrSetEditor,
  uiEnRetrospectiveForm,
  uiEnScoreSlider,
  uiEnScoreTrendChart,
  uiEnShared,
  uiEnWorkshopTimer,
} from './messages/en'
import {
  uiZhAlignmentTree,
  uiZhCheckInForm,
  uiZhConfidenceGuide,
  uiZhErrorSummary,
  uiZhFieldHint,
  uiZhKeyResultEditor,
  uiZhKeyResultScorecard,
  uiZhNoteList,
  uiZhNumberField,
  uiZhObjectiveEditor,
  uiZhObjectiveScorecard,
  uiZhOkrScorecard,
  uiZhOkrSetEditor,
  uiZhRetrospectiveForm,
  uiZhScoreSlider,
  uiZhScoreTrendChart,
  uiZhShared,
  uiZhWorkshopTimer,
} from './messages/zh-CN'

// The UI text in sections, each in both locales. Components join the sections and core domains
// they show into one catalog, so a bundle carries the text of the components it uses and no more.

const UI_SHARED = { en: uiEnShared, 'zh-CN': uiZhShared } satisfies Catalog
const UI_KEY_RESULT_SCORECARD = {
  en: uiEnKeyResultScorecard,
  'zh-CN': uiZhKeyResultScorecard,
} satisfies Catalog
const UI_OBJECTIVE_SCORECARD = {
  en: uiEnObjectiveScorecard,
  'zh-CN': uiZhObjectiveScorecard,
} satisfies Catalog
const UI_OKR_SCORECARD = { en: uiEnOkrScorecard, 'zh-CN': uiZhOkrScorecard } satisfies Catalog
const UI_ALIGNMENT_TREE = { en: uiEnAlignmentTree, 'zh-CN': uiZhAlignmentTree } satisfies Catalog
const UI_SCORE_SLIDER = { en: uiEnScoreSlider, 'zh-CN': uiZhScoreSlider } satisfies Catalog
const UI_CONFIDENCE_GUIDE = {
  en: uiEnConfidenceGuide,
  'zh-CN': uiZhConfidenceGuide,
} satisfies Catalog
const UI_WORKSHOP_TIMER = { en: uiEnWorkshopTimer, 'zh-CN': uiZhWorkshopTimer } satisfies Catalog
const UI_SCORE_TREND_CHART = {
  en: uiEnScoreTrendChart,
  'zh-CN': uiZhScoreTrendChart,
} satisfies Catalog
const UI_NOTE_LIST = { en: uiEnNoteList, 'zh-CN': uiZhNoteList } satisfies Catalog
const UI_ERROR_SUMMARY = { en: uiEnErrorSummary, 'zh-CN': uiZhErrorSummary } satisfies Catalog
const UI_CHECK_IN_FORM = { en: uiEnCheckInForm, 'zh-CN': uiZhCheckInForm } satisfies Catalog
const UI_RETROSPECTIVE_FORM = {
  en: uiEnRetrospectiveForm,
  'zh-CN': uiZhRetrospectiveForm,
} satisfies Catalog
const UI_FIELD_HINT = { en: uiEnFieldHint, 'zh-CN': uiZhFieldHint } satisfies Catalog
const UI_NUMBER_FIELD = { en: uiEnNumberField, 'zh-CN': uiZhNumberField } satisfies Catalog
const UI_KEY_RESULT_EDITOR = {
  en: uiEnKeyResultEditor,
  'zh-CN': uiZhKeyResultEditor,
} satisfies Catalog
const UI_OBJECTIVE_EDITOR = {
  en: uiEnObjectiveEditor,
  'zh-CN': uiZhObjectiveEditor,
} satisfies Catalog
const UI_OKR_SET_EDITOR = { en: uiEnOkrSetEditor, 'zh-CN': uiZhOkrSetEditor } satisfies Catalog

/** Every UI message of the kit, in both locales. */
export const UI_MESSAGES = /* @__PURE__ */ mergeCatalogs(
  UI_SHARED,
  UI_KEY_RESULT_SCORECARD,
  UI_OBJECTIVE_SCORECARD,
  UI_OKR_SCORECARD,
  UI_ALIGNMENT_TREE,
  UI_SCORE_SLIDER,
  UI_CONFIDENCE_GUIDE,
  UI_WORKSHOP_TIMER,
  UI_SCORE_TREND_CHART,
  UI_NOTE_LIST,
  UI_ERROR_SUMMARY,
  UI_CHECK_IN_FORM,
  UI_RETROSPECTIVE_FORM,
  UI_FIELD_HINT,
  UI_NUMBER_FIELD,
  UI_KEY_RESULT_EDITOR,
  UI_OBJECTIVE_EDITOR,
  UI_OKR_SET_EDITOR,
)

export type UiMessageKey = CatalogKey<typeof UI_MESSAGES>

/** Every key a component can show: core's messages and the kit's own UI strings. */
export type OkrMessageKey = MessageKey | UiMessageKey

/** Wording overrides a host passes to `OkrProvider`, for any core or UI message. */
export type OkrMessages = Partial<Record<OkrMessageKey, string>>

/**
 * Every message the kit shows, core's and its own, for a host's components that speak like the
 * kit: `useOkrI18n(OKR_MESSAGES).t('ui.score')`.
 */
export const OKR_MESSAGES: Catalog<OkrMessageKey> = /* @__PURE__ */ mergeCatalogs(
  MESSAGES,
  UI_MESSAGES,
)

// One catalog per component: its sections and the core domains it shows.

export const SCORE_BADGE_MESSAGES = /* @__PURE__ */ mergeCatalogs(UI_SHARED, SCORE_MESSAGES)
export const STATUS_BADGE_MESSAGES = /* @__PURE__ */ mergeCatalogs(UI_SHARED, STATUS_MESSAGES)
export const SCORE_SLIDER_MESSAGES = /* @__PURE__ */ mergeCatalogs(
  UI_SHARED,
  UI_SCORE_SLIDER,
  SCORE_MESSAGES,
)
export const CONFIDENCE_GUIDE_MESSAGES = /* @__PURE__ */ mergeCatalogs(
  UI_SHARED,
  UI_CONFIDENCE_GUIDE,
  SCORE_MESSAGES,
  CONFIDENCE_MESSAGES,
)
export const SCORECARD_MESSAGES = /* @__PURE__ */ mergeCatalogs(
  UI_SHARED,
  UI_KEY_RESULT_SCORECARD,
  UI_OBJECTIVE_SCORECARD,
  SCORE_MESSAGES,
  STATUS_MESSAGES,
)
export const OKR_SCORECARD_MESSAGES = /* @__PURE__ */ mergeCatalogs(
  UI_SHARED,
  UI_KEY_RESULT_SCORECARD,
  UI_OBJECTIVE_SCORECARD,
  UI_OKR_SCORECARD,
  SCORE_MESSAGES,
  STATUS_MESSAGES,
  PERIOD_MESSAGES,
)
export const ALIGNMENT_TREE_MESSAGES = /* @__PURE__ */ mergeCatalogs(
  UI_SHARED,
  UI_OBJECTIVE_SCORECARD,
  UI_ALIGNMENT_TREE,
  SCORE_MESSAGES,
  STATUS_MESSAGES,
  LINT_MESSAGES,
)
export const WORKSHOP_TIMER_MESSAGES = /* @__PURE__ */ mergeCatalogs(UI_WORKSHOP_TIMER)
export const SCORE_TREND_CHART_MESSAGES = /* @__PURE__ */ mergeCatalogs(
  UI_SHARED,
  UI_SCORE_TREND_CHART,
  SCORE_MESSAGES,
  STATUS_MESSAGES,
)
export const NOTE_LIST_MESSAGES = /* @__PURE__ */ mergeCatalogs(UI_NOTE_LIST)
export const FIELD_HINT_MESSAGES = /* @__PURE__ */ mergeCatalogs(UI_FIELD_HINT, LINT_MESSAGES)
export const CHECK_IN_FORM_MESSAGES = /* @__PURE__ */ mergeCatalogs(
  UI_SHARED,
  UI_CHECK_IN_FORM,
  UI_ERROR_SUMMARY,
  SCORE_MESSAGES,
  STATUS_MESSAGES,
  PARSE_MESSAGES,
)
export const RETROSPECTIVE_FORM_MESSAGES = /* @__PURE__ */ mergeCatalogs(
  UI_SHARED,
  UI_RETROSPECTIVE_FORM,
  UI_ERROR_SUMMARY,
  SCORE_MESSAGES,
  PARSE_MESSAGES,
)
export const KEY_RESULT_EDITOR_MESSAGES = /* @__PURE__ */ mergeCatalogs(
  UI_SHARED,
  UI_KEY_RESULT_EDITOR,
  UI_NUMBER_FIELD,
  SCORE_MESSAGES,
  PARSE_MESSAGES,
)
export const OBJECTIVE_EDITOR_MESSAGES = /* @__PURE__ */ mergeCatalogs(
  UI_SHARED,
  UI_OBJECTIVE_EDITOR,
  UI_OBJECTIVE_SCORECARD,
  SCORE_MESSAGES,
  PARSE_MESSAGES,
)
export const OKR_SET_EDITOR_MESSAGES = /* @__PURE__ */ mergeCatalogs(
  UI_SHARED,
  UI_OKR_SET_EDITOR,
  UI_OBJECTIVE_EDITOR,
  UI_OBJECTIVE_SCORECARD,
  UI_KEY_RESULT_EDITOR,
  UI_NUMBER_FIELD,
  UI_FIELD_HINT,
  SCORE_MESSAGES,
  PARSE_MESSAGES,
  PERIOD_MESSAGES,
  LINT_MESSAGES,
)

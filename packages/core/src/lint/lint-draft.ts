import type { LocaleOptions } from '../i18n/format'
import type { IssuePath, OkrIssue } from '../issue'
import { CURRENT_SCHEMA_VERSION, type OkrDocument } from '../model/document'
import { indexDocument } from '../model/document-index'
import type { KeyResult } from '../model/key-result'
import type { Objective } from '../model/objective'
import type { LintCode } from './lint-codes'
import { type LintRuleSettings, runLint } from './lint-okr-set'

/**
 * Options of {@link lintObjective}.
 *
 * @example
 * const options: LintObjectiveOptions = { locale: 'zh-CN', document: doc }
 */
export interface LintObjectiveOptions extends LocaleOptions {
  /** Per code: `'off'` skips the rule, a severity replaces its default. */
  rules?: LintRuleSettings
  /**
   * The document the objective belongs to (it replaces the objective with its id, or joins it):
   * for the rules about references (owner, team, period, parent, alignment loops) and
   * check-ins (`set_too_safe`), which are skipped without one.
   */
  document?: OkrDocument
}

/**
 * Options of {@link lintKeyResult}.
 *
 * @example
 * const options: LintKeyResultOptions = { locale: 'en', objective: draftObjective }
 */
export interface LintKeyResultOptions extends LintObjectiveOptions {
  /**
   * The objective the key result belongs to (it replaces the key result with its id, or joins
   * it): for `kr_duplicate` and `kr_no_quality_counterpart`, which are skipped without one.
   * Default: the key result's objective in `document`, if there.
   */
  objective?: Objective
}

/** Rules that read other parts of the document than the objective and its key results. */
const DOCUMENT_RULES: readonly LintCode[] = [
  'objective_unknown_period',
  'objective_unknown_team',
  'objective_unknown_owner',
  'objective_unknown_parent',
  'objective_alignment_cycle',
  'set_too_safe',
  'kr_unknown_owner',
  'checkin_unknown_key_result',
  'checkin_outside_period',
]
/** Rules that compare a key result with its siblings. */
const SIBLING_RULES: readonly LintCode[] = ['kr_duplicate', 'kr_no_quality_counterpart']

const EMPTY_DOCUMENT: OkrDocument = {
  schemaVersion: CURRENT_SCHEMA_VERSION,
  periods: [],
  teams: [],
  people: [],
  objectives: [],
  checkIns: [],
  retrospectives: [],
}

/**
 * Lints one objective, a draft or one of a document, and its key results: what an objective
 * editor shows as the user types. Issue paths are relative to the objective (`['title']`,
 * `['keyResults', 2, 'title']`); issues elsewhere (check-ins) are left out.
 *
 * @example
 * lintObjective({ ...draft, title: 'Increase revenue by 20%' }).map((i) => i.code)
 * // ['objective_reads_like_metric', 'kr_count']
 */
export function lintObjective(
  objective: Objective,
  options: LintObjectiveOptions = {},
): OkrIssue<LintCode>[] {
  const { document, objectiveIndex } = placeObjective(objective, options.document)
  const skip = new Set(options.document ? [] : DOCUMENT_RULES)
  const issues = runLint(document, options, {}, { objectiveIndex }, skip)
  return relativeTo(issues, ['objectives', objectiveIndex])
}

/**
 * Lints one key result, a draft or one of a document: what a key result editor shows next to
 * its fields as the user types. Issue paths are relative to the key result (`['title']`,
 * `['ownerId']`, `['measure', 'target']`, `[]` for the whole of it). Give its `objective` (or a
 * `document` holding it) to find duplicates and a missing quality counterpart among its
 * siblings.
 *
 * @example
 * lintKeyResult({ ...draft, title: 'Create 5 web pages' }, { locale: 'zh-CN' })[0]
 * // { code: 'kr_is_activity', path: ['title'], message: '此关键成果描述的是活动…', … }
 */
export function lintKeyResult(
  keyResult: KeyResult,
  options: LintKeyResultOptions = {},
): OkrIssue<LintCode>[] {
  const home =
    options.objective ??
    (options.document && indexDocument(options.document).keyResults.get(keyResult.id)?.objective)
  const skip = new Set<LintCode>([
    ...(options.document ? [] : DOCUMENT_RULES),
    ...(home ? [] : SIBLING_RULES),
  ])
  const objective: Objective = home ?? {
    id: '',
    periodId: '',
    title: '',
    level: 'team',
    commitment: 'committed',
    keyResults: [],
  }
  const keyResults = [...objective.keyResults]
  let keyResultIndex = keyResults.findIndex((kr) => kr.id === keyResult.id)
  if (keyResultIndex === -1) keyResultIndex = keyResults.push(keyResult) - 1
  else keyResults[keyResultIndex] = keyResult
  const placed = placeObjective({ ...objective, keyResults }, options.document)
  const issues = runLint(
    placed.document,
    options,
    {},
    { objectiveIndex: placed.objectiveIndex, keyResultIndex },
    skip,
  )
  return relativeTo(issues, ['objectives', placed.objectiveIndex, 'keyResults', keyResultIndex])
}

/** A document holding the objective: in place of the one with its id, else added at the end. */
function placeObjective(
  objective: Objective,
  base: OkrDocument = EMPTY_DOCUMENT,
): { document: OkrDocument; objectiveIndex: number } {
  const objectives = [...base.objectives]
  let objectiveIndex = objectives.findIndex((o) => o.id === objective.id)
  if (objectiveIndex === -1) objectiveIndex = objectives.push(objective) - 1
  else objectives[objectiveIndex] = objective
  return { document: { ...base, objectives }, objectiveIndex }
}

function relativeTo(issues: OkrIssue<LintCode>[], prefix: IssuePath): OkrIssue<LintCode>[] {
  return issues
    .filter((issue) => prefix.every((part, i) => issue.path[i] === part))
    .map((issue) => ({ ...issue, path: issue.path.slice(prefix.length) }))
}

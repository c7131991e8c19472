import type { CheckIn } from '../model/check-in'
import type { OkrDocument } from '../model/document'
import {
  type DocumentIndex,
  indexDocument,
  type Located,
  type LocatedKeyResult,
} from '../model/document-index'
import type { Objective } from '../model/objective'
import { analyzeKeyResultText, type KeyResultTextAnalysis } from './analyze-key-result-text'
import { analyzeObjectiveText, type ObjectiveTextAnalysis } from './analyze-objective-text'

/**
 * Which part of a document to lint: one team's set, one period's, one objective, one key
 * result, or (empty) all of it. Given together, they narrow each other.
 *
 * @example
 * const scope: LintScope = { teamId: 'growth', periodId: '2026-q1' }
 */
export interface LintScope {
  /** Only objectives of this team (and their key results and check-ins). */
  teamId?: string
  /** Only objectives of this period (and their key results and check-ins). */
  periodId?: string
  /** Only this objective (with its key results and their check-ins): an objective editor. */
  objectiveId?: string
  /** Only this key result (and its check-ins): a key result editor. */
  keyResultId?: string
}

/**
 * One objective, or one key result of it, by position: what `lintObjective` and
 * `lintKeyResult` lint, even when ids repeat in a draft.
 */
export interface LintFocus {
  objectiveIndex: number
  keyResultIndex?: number
}

/**
 * What a lint rule reads: the document, its id index, and the entities in scope with their
 * positions. Built once per lint and shared by every rule.
 *
 * @example
 * const context = createLintContext(doc, { teamId: 'growth' })
 * context.objectives.map(({ value }) => value.id)
 */
export interface LintContext {
  readonly document: OkrDocument
  /** Id lookups over the whole document: references resolve outside the scope too. */
  readonly index: DocumentIndex
  readonly scope: Readonly<LintScope>
  /**
   * Whether the scope is one objective or one key result: rules about a whole set (how many
   * objectives a team has) stay silent.
   */
  readonly narrow: boolean
  /**
   * Objectives in scope, in document order, each with its index in `document.objectives`.
   * Empty when the scope is one key result: its objective's own issues are not asked for.
   */
  readonly objectives: readonly Located<Objective>[]
  /** Key results in scope, in document order (duplicate ids included). */
  readonly keyResults: readonly LocatedKeyResult[]
  /**
   * Check-ins in scope, in document order. Unscoped: all of them; scoped: those whose key result
   * is in scope.
   */
  readonly checkIns: readonly Located<CheckIn>[]
  /** {@link analyzeKeyResultText}, memoised per text for the rules that share it. */
  analyzeText(text: string): KeyResultTextAnalysis
  /** {@link analyzeObjectiveText}, memoised per text. */
  analyzeObjective(text: string): ObjectiveTextAnalysis
}

/**
 * Builds the context the lint rules run on, in linear time. `focus` (by position) takes the
 * place of `objectiveId` / `keyResultId`.
 *
 * @example
 * const context = createLintContext(doc, { teamId: 'growth', periodId: '2026-q1' })
 * context.keyResults.length // key results of that team's objectives in that quarter
 */
export function createLintContext(
  document: OkrDocument,
  scope: LintScope = {},
  focus?: LintFocus,
): LintContext {
  const index = indexDocument(document)
  const { teamId, periodId, objectiveId, keyResultId } = scope
  const target = focus ?? resolveFocus(index, objectiveId, keyResultId)
  const objectives: Located<Objective>[] = []
  const keyResults: LocatedKeyResult[] = []
  const scopedKeyResultIds = new Set<string>()
  document.objectives.forEach((objective, objectiveIndex) => {
    if (teamId !== undefined && objective.teamId !== teamId) return
    if (periodId !== undefined && objective.periodId !== periodId) return
    if (target === null) return
    if (target !== undefined && target.objectiveIndex !== objectiveIndex) return
    const oneKeyResult = target?.keyResultIndex
    if (oneKeyResult === undefined) objectives.push({ value: objective, index: objectiveIndex })
    objective.keyResults.forEach((value, index) => {
      if (oneKeyResult !== undefined && oneKeyResult !== index) return
      keyResults.push({ value, index, objective, objectiveIndex })
      scopedKeyResultIds.add(value.id)
    })
  })

  const scoped = Object.values(scope).some((value) => value !== undefined) || focus !== undefined
  const checkIns: Located<CheckIn>[] = []
  document.checkIns.forEach((value, index) => {
    if (!scoped || scopedKeyResultIds.has(value.keyResultId)) checkIns.push({ value, index })
  })

  const analyses = new Map<string, KeyResultTextAnalysis>()
  const objectiveAnalyses = new Map<string, ObjectiveTextAnalysis>()
  return {
    document,
    index,
    scope: Object.fromEntries(Object.entries(scope).filter(([, value]) => value !== undefined)),
    narrow: target !== undefined,
    objectives,
    keyResults,
    checkIns,
    analyzeText(text) {
      let analysis = analyses.get(text)
      if (!analysis) {
        analysis = analyzeKeyResultText(text)
        analyses.set(text, analysis)
      }
      return analysis
    },
    analyzeObjective(text) {
      let analysis = objectiveAnalyses.get(text)
      if (!analysis) {
        analysis = analyzeObjectiveText(text)
        objectiveAnalyses.set(text, analysis)
      }
      return analysis
    },
  }
}

/** The position of the objective or key result asked for by id; `null` when it is not there. */
function resolveFocus(
  index: DocumentIndex,
  objectiveId: string | undefined,
  keyResultId: string | undefined,
): LintFocus | null | undefined {
  if (keyResultId !== undefined) {
    const kr = index.keyResults.get(keyResultId)
    if (!kr) return null
    if (objectiveId !== undefined && kr.objective.id !== objectiveId) return null
    return { objectiveIndex: kr.objectiveIndex, keyResultIndex: kr.index }
  }
  if (objectiveId !== undefined) {
    const objective = index.objectives.get(objectiveId)
    return objective ? { objectiveIndex: objective.index } : null
  }
  return undefined
}

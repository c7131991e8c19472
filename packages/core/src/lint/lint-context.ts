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

/**
 * Which part of a document to lint: one team's set, one period's, or (empty) all of it.
 *
 * @example
 * const scope: LintScope = { teamId: 'growth', periodId: '2026-q1' }
 */
export interface LintScope {
  /** Only objectives of this team (and their key results and check-ins). */
  teamId?: string
  /** Only objectives of this period (and their key results and check-ins). */
  periodId?: string
}

/**
 * What a lint rule reads: the document, its id index, and the entities in scope with their
 * positions. Built once per `lintOkrSet` call and shared by every rule.
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
  /** Objectives in scope, in document order, each with its index in `document.objectives`. */
  readonly objectives: readonly Located<Objective>[]
  /** Key results of the objectives in scope, in document order (duplicate ids included). */
  readonly keyResults: readonly LocatedKeyResult[]
  /**
   * Check-ins in scope, in document order. Unscoped: all of them; scoped: those whose key result
   * belongs to an objective in scope.
   */
  readonly checkIns: readonly Located<CheckIn>[]
  /** {@link analyzeKeyResultText}, memoised per text for the rules that share it. */
  analyzeText(text: string): KeyResultTextAnalysis
}

/**
 * Builds the context the lint rules run on, in linear time.
 *
 * @example
 * const context = createLintContext(doc, { teamId: 'growth', periodId: '2026-q1' })
 * context.keyResults.length // key results of that team's objectives in that quarter
 */
export function createLintContext(document: OkrDocument, scope: LintScope = {}): LintContext {
  const index = indexDocument(document)
  const { teamId, periodId } = scope
  const objectives: Located<Objective>[] = []
  const keyResults: LocatedKeyResult[] = []
  const scopedKeyResultIds = new Set<string>()
  document.objectives.forEach((objective, objectiveIndex) => {
    if (teamId !== undefined && objective.teamId !== teamId) return
    if (periodId !== undefined && objective.periodId !== periodId) return
    objectives.push({ value: objective, index: objectiveIndex })
    objective.keyResults.forEach((value, index) => {
      keyResults.push({ value, index, objective, objectiveIndex })
      scopedKeyResultIds.add(value.id)
    })
  })

  const scoped = teamId !== undefined || periodId !== undefined
  const checkIns: Located<CheckIn>[] = []
  document.checkIns.forEach((value, index) => {
    if (!scoped || scopedKeyResultIds.has(value.keyResultId)) checkIns.push({ value, index })
  })

  const analyses = new Map<string, KeyResultTextAnalysis>()
  return {
    document,
    index,
    scope: { ...(teamId !== undefined && { teamId }), ...(periodId !== undefined && { periodId }) },
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
  }
}

import { findAlignmentCycles } from '../model/alignment-cycles'
import type { IsoDate } from '../model/common'
import type { OkrDocument } from '../model/document'
import { indexDocument } from '../model/document-index'
import type { Objective } from '../model/objective'
import { resolveKeyResultScore, type Score } from './key-result-score'

/** One objective in the alignment tree, with its scores. */
export interface ObjectiveRollUp {
  id: string
  /** Weighted mean of its own key results; absent when none has a positive weight. */
  score?: Score
  /** Weighted mean of every key result in its subtree (its own and those of aligned objectives). */
  treeScore?: Score
  /** The parent it aligns to, when that parent is in the document and not on a cycle with it. */
  parentId?: string
  /** Objectives aligned to this one, in document order. */
  childIds: string[]
  /** 0 for a root. */
  depth: number
}

export interface RollUpResult {
  /** The current score of every key result, with provenance. */
  keyResults: Map<string, Score>
  objectives: Map<string, ObjectiveRollUp>
  /** Objectives without a usable parent, in document order: the tops of the tree. */
  rootIds: string[]
  /** Alignment loops, each as the objective ids along the loop; their members are treated as roots. */
  cycles: string[][]
  /** Objectives whose `parentId` is not in the document; they are treated as roots. */
  orphans: { objectiveId: string; parentId: string }[]
}

export interface RollUpOptions {
  /** Ignore check-ins after this date. Default: all of them. */
  asOf?: IsoDate
}

/**
 * Scores the alignment tree: every KR (with provenance), every objective from its own KRs, and
 * every subtree from all KRs under it. Reports cycles and parents missing from the document;
 * runs in linear time and terminates on any graph.
 *
 * @example
 * const { objectives, cycles } = rollUp(doc)
 * objectives.get('company-growth')?.treeScore?.value // 0.64
 */
export function rollUp(doc: OkrDocument, options: RollUpOptions = {}): RollUpResult {
  const index = indexDocument(doc)

  const keyResults = new Map<string, Score>()
  for (const [krId, located] of index.keyResults) {
    const checkIns = index.checkInsByKeyResult.get(krId)?.map((c) => c.value) ?? []
    keyResults.set(krId, resolveKeyResultScore(located.value, checkIns, options))
  }

  const cycles = findAlignmentCycles(doc).map((loop) =>
    loop.map((at) => (doc.objectives[at] as Objective).id),
  )
  const onCycle = new Set(cycles.flat())
  const orphans: RollUpResult['orphans'] = []
  for (const objective of doc.objectives) {
    if (objective.parentId !== undefined && !index.objectives.has(objective.parentId)) {
      orphans.push({ objectiveId: objective.id, parentId: objective.parentId })
    }
  }

  const objectives = new Map<string, ObjectiveRollUp>()
  const rootIds: string[] = []
  for (const objective of doc.objectives) {
    if (objectives.has(objective.id)) continue
    const parentId = objective.parentId
    const usableParent =
      parentId !== undefined && index.objectives.has(parentId) && !onCycle.has(objective.id)
        ? parentId
        : undefined
    if (usableParent === undefined) rootIds.push(objective.id)
    objectives.set(objective.id, {
      id: objective.id,
      ...(usableParent !== undefined && { parentId: usableParent }),
      childIds: [],
      depth: 0,
    })
  }
  for (const node of objectives.values()) {
    if (node.parentId !== undefined) objectives.get(node.parentId)?.childIds.push(node.id)
  }

  // Own sums, then subtree sums bottom-up over a breadth-first order from the roots.
  const own = new Map<string, { sum: number; weight: number }>()
  for (const [id, located] of index.objectives) {
    let sum = 0
    let weight = 0
    for (const kr of located.value.keyResults) {
      if (!(kr.weight > 0)) continue
      sum += (keyResults.get(kr.id)?.value ?? 0) * kr.weight
      weight += kr.weight
    }
    own.set(id, { sum, weight })
  }
  const order: string[] = [...rootIds]
  for (let i = 0; i < order.length; i++) {
    const node = objectives.get(order[i] as string) as ObjectiveRollUp
    for (const childId of node.childIds) {
      ;(objectives.get(childId) as ObjectiveRollUp).depth = node.depth + 1
      order.push(childId)
    }
  }
  const tree = new Map<string, { sum: number; weight: number }>()
  for (let i = order.length - 1; i >= 0; i--) {
    const id = order[i] as string
    const node = objectives.get(id) as ObjectiveRollUp
    const totals = { ...(own.get(id) as { sum: number; weight: number }) }
    for (const childId of node.childIds) {
      const child = tree.get(childId) as { sum: number; weight: number }
      totals.sum += child.sum
      totals.weight += child.weight
    }
    tree.set(id, totals)
    const mine = own.get(id) as { sum: number; weight: number }
    if (mine.weight > 0) node.score = { value: mine.sum / mine.weight, provenance: 'rolled-up' }
    if (totals.weight > 0) {
      node.treeScore = { value: totals.sum / totals.weight, provenance: 'rolled-up' }
    }
  }

  return { keyResults, objectives, rootIds, cycles, orphans }
}

import type { CheckIn } from './check-in'
import type { OkrDocument } from './document'
import type { KeyResult } from './key-result'
import type { Objective } from './objective'
import type { Period } from './period'
import type { Person, Team } from './team'

/** An entity with its position in the document, so issues can point at it. */
export interface Located<T> {
  value: T
  index: number
}

export interface LocatedKeyResult extends Located<KeyResult> {
  objective: Objective
  objectiveIndex: number
}

/** Lookups by id over one document, built once in linear time and cached per document object. */
export interface DocumentIndex {
  periods: Map<string, Located<Period>>
  teams: Map<string, Located<Team>>
  people: Map<string, Located<Person>>
  objectives: Map<string, Located<Objective>>
  keyResults: Map<string, LocatedKeyResult>
  /** Check-ins of each key result, oldest first (ties keep document order). */
  checkInsByKeyResult: Map<string, Located<CheckIn>[]>
  /** Objectives aligned to each objective id. */
  childrenByObjective: Map<string, Located<Objective>[]>
}

const cache = new WeakMap<OkrDocument, DocumentIndex>()

function byId<T extends { id: string }>(items: readonly T[]): Map<string, Located<T>> {
  const map = new Map<string, Located<T>>()
  for (let index = 0; index < items.length; index++) {
    const value = items[index] as T
    // The first wins: duplicate ids are a parse error, and the first is what a reader sees first.
    if (!map.has(value.id)) map.set(value.id, { value, index })
  }
  return map
}

// ISO dates sort as strings; Array#sort is stable, so same-day check-ins keep document order.
function byDate(a: Located<CheckIn>, b: Located<CheckIn>): number {
  return a.value.date < b.value.date ? -1 : a.value.date > b.value.date ? 1 : 0
}

function isInDateOrder(list: readonly Located<CheckIn>[]): boolean {
  for (let i = 1; i < list.length; i++) {
    if (byDate(list[i - 1] as Located<CheckIn>, list[i] as Located<CheckIn>) > 0) return false
  }
  return true
}

/**
 * Indexes a document by id. Documents are treated as immutable: the index is cached per
 * document object, so pass a new object after a change (as React state does anyway).
 */
export function indexDocument(doc: OkrDocument): DocumentIndex {
  const cached = cache.get(doc)
  if (cached) return cached
  // Index loops rather than callbacks: a full GC drops the optimised code of closures made per call.

  const keyResults = new Map<string, LocatedKeyResult>()
  const childrenByObjective = new Map<string, Located<Objective>[]>()
  for (let objectiveIndex = 0; objectiveIndex < doc.objectives.length; objectiveIndex++) {
    const objective = doc.objectives[objectiveIndex] as Objective
    for (let index = 0; index < objective.keyResults.length; index++) {
      const value = objective.keyResults[index] as KeyResult
      if (!keyResults.has(value.id))
        keyResults.set(value.id, { value, index, objective, objectiveIndex })
    }
    if (objective.parentId !== undefined) {
      const siblings = childrenByObjective.get(objective.parentId)
      const entry = { value: objective, index: objectiveIndex }
      if (siblings) siblings.push(entry)
      else childrenByObjective.set(objective.parentId, [entry])
    }
  }

  const checkInsByKeyResult = new Map<string, Located<CheckIn>[]>()
  for (let index = 0; index < doc.checkIns.length; index++) {
    const value = doc.checkIns[index] as CheckIn
    const list = checkInsByKeyResult.get(value.keyResultId)
    if (list) list.push({ value, index })
    else checkInsByKeyResult.set(value.keyResultId, [{ value, index }])
  }
  for (const list of checkInsByKeyResult.values()) {
    // Check-ins are mostly written in date order: sorting only the others saved most of the index.
    if (!isInDateOrder(list)) list.sort(byDate)
  }

  const index: DocumentIndex = {
    periods: byId(doc.periods),
    teams: byId(doc.teams),
    people: byId(doc.people),
    objectives: byId(doc.objectives),
    keyResults,
    checkInsByKeyResult,
    childrenByObjective,
  }
  cache.set(doc, index)
  return index
}

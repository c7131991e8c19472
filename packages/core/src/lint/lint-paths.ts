import type { IssuePath } from '../issue'
import type { LocatedKeyResult } from '../model/document-index'

/**
 * The path of an objective, or of one of its fields.
 *
 * @example
 * objectivePath(2, 'teamId') // ['objectives', 2, 'teamId']
 */
export function objectivePath(objectiveIndex: number, ...rest: IssuePath): IssuePath {
  return ['objectives', objectiveIndex, ...rest]
}

/**
 * The path of a key result, or of one of its fields.
 *
 * @example
 * keyResultPath(kr, 'ownerId') // ['objectives', 2, 'keyResults', 0, 'ownerId']
 */
export function keyResultPath(kr: LocatedKeyResult, ...rest: IssuePath): IssuePath {
  return ['objectives', kr.objectiveIndex, 'keyResults', kr.index, ...rest]
}

/**
 * The path of a check-in, or of one of its fields.
 *
 * @example
 * checkInPath(4, 'date') // ['checkIns', 4, 'date']
 */
export function checkInPath(checkInIndex: number, ...rest: IssuePath): IssuePath {
  return ['checkIns', checkInIndex, ...rest]
}

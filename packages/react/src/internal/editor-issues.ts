import {
  CURRENT_SCHEMA_VERSION,
  type IssuePath,
  type LintOptions,
  lintOkrSet,
  type OkrDocument,
  type OkrIssue,
  parseOkrDocument,
} from '@okrkit/core'

/** The field an issue is shown at when no field of the editor matches its path. */
export const ROOT_FIELD = 'root'

/**
 * Whether an issue path is at or below a prefix.
 *
 * @example
 * isPathUnder(['objectives', 0, 'title'], ['objectives', 0]) // true
 */
export function isPathUnder(path: IssuePath, prefix: IssuePath): boolean {
  return prefix.length <= path.length && prefix.every((part, i) => path[i] === part)
}

/**
 * The issues at or below a prefix, with paths made relative to it: what a parent editor hands
 * to the editor of one of its parts.
 *
 * @example
 * issuesUnder(issues, ['keyResults', 2]) // paths like ['measure', 'target']
 */
export function issuesUnder(issues: readonly OkrIssue[], prefix: IssuePath): OkrIssue[] {
  return issues
    .filter((issue) => isPathUnder(issue.path, prefix))
    .map((issue) => ({ ...issue, path: issue.path.slice(prefix.length) }))
}

/**
 * The field of an editor an issue belongs to: the longest run of leading property names, joined
 * with dots, that names one of `fields` (`['measure', 'target']` → `measure.target`), else
 * {@link ROOT_FIELD}. Generic over codes and paths, so new lint rules need no change here.
 *
 * @example
 * fieldOfPath(['measure', 'target'], ['title', 'measure', 'measure.target']) // 'measure.target'
 * fieldOfPath(['meta', 'x'], ['title']) // 'root'
 */
export function fieldOfPath(path: IssuePath, fields: readonly string[]): string {
  let found = ROOT_FIELD
  let key = ''
  for (const part of path) {
    if (typeof part !== 'string') break
    key = key === '' ? part : `${key}.${part}`
    if (fields.includes(key)) found = key
  }
  return found
}

/**
 * Groups issues by the editor field they belong to ({@link fieldOfPath}); every field, and
 * {@link ROOT_FIELD}, has an entry.
 *
 * @example
 * groupIssuesByField(issues, ['title']).get('title') // the title's issues
 */
export function groupIssuesByField<F extends string>(
  issues: readonly OkrIssue[],
  fields: readonly F[],
): ReadonlyMap<F | typeof ROOT_FIELD, readonly OkrIssue[]> {
  const groups = new Map<string, OkrIssue[]>([
    [ROOT_FIELD, []],
    ...fields.map((f): [string, OkrIssue[]] => [f, []]),
  ])
  for (const issue of issues) groups.get(fieldOfPath(issue.path, fields))?.push(issue)
  return groups as ReadonlyMap<F | typeof ROOT_FIELD, readonly OkrIssue[]>
}

const SEVERITY_RANK = { error: 3, warning: 2, info: 1 } as const

/**
 * The most severe severity among issues, for a `data-severity` style hook.
 *
 * @example
 * highestSeverity([{ severity: 'info' }, { severity: 'error' }]) // 'error'
 */
export function highestSeverity(
  issues: readonly Pick<OkrIssue, 'severity'>[],
): OkrIssue['severity'] | undefined {
  let highest: OkrIssue['severity'] | undefined
  for (const { severity } of issues) {
    if (highest === undefined || SEVERITY_RANK[severity] > SEVERITY_RANK[highest])
      highest = severity
  }
  return highest
}

/**
 * Core's findings about some objectives of a document, with document paths: the schema's (a blank
 * title, a too-long unit, a repeated id: what `parseOkrDocument` would refuse) and the linter's
 * (`lintOkrSet` with the given options), one per code and place. No rule is decided here.
 *
 * @example
 * collectObjectiveIssues(doc, [0, 2], { locale: 'zh-CN', teamId: 't1', periodId: 'q1' })
 */
export function collectObjectiveIssues(
  doc: OkrDocument,
  objectiveIndexes: readonly number[],
  lintOptions: LintOptions,
): OkrIssue[] {
  const inScope = new Set(objectiveIndexes)
  const lintIssues = lintOkrSet(doc, lintOptions).filter(
    ({ path }) => path[0] !== 'objectives' || path.length === 1 || inScope.has(path[1] as number),
  )
  // Only the objectives are parsed: the rest of the document is not this editor's to fix.
  const parsed = parseOkrDocument(
    {
      schemaVersion: CURRENT_SCHEMA_VERSION,
      periods: [],
      teams: [],
      people: [],
      objectives: objectiveIndexes.map((i) => doc.objectives[i]),
      checkIns: [],
      retrospectives: [],
    },
    {
      ...(lintOptions.locale !== undefined && { locale: lintOptions.locale }),
      ...(lintOptions.messages && { messages: lintOptions.messages }),
    },
  )
  const schemaIssues = parsed.success
    ? []
    : parsed.issues.flatMap((issue): OkrIssue[] => {
        const [head, at, ...rest] = issue.path
        const index = typeof at === 'number' ? objectiveIndexes[at] : undefined
        if (head !== 'objectives' || index === undefined) return []
        return [{ ...issue, path: ['objectives', index, ...rest] }]
      })
  const seen = new Set<string>()
  const merged: OkrIssue[] = []
  for (const issue of [...lintIssues, ...schemaIssues]) {
    const key = `${issue.code}\u0000${issue.path.join('\u0000')}`
    if (seen.has(key)) continue
    seen.add(key)
    merged.push(issue)
  }
  return merged.sort((a, b) => compareEditorPaths(a.path, b.path))
}

// The order fields appear in on screen, so lists of issues read top to bottom.
const FIELD_ORDER: Record<string, readonly string[]> = {
  document: ['objectives', 'checkIns'],
  objective: ['title', 'description', 'level', 'commitment', 'parentId', 'ownerId', 'keyResults'],
  keyResult: ['title', 'measure', 'ownerId', 'weight'],
  measure: ['type', 'start', 'target', 'unit', 'current', 'done', 'due'],
}
const NESTED: Record<string, Record<string, string>> = {
  document: { objectives: 'objective' },
  objective: { keyResults: 'keyResult' },
  keyResult: { measure: 'measure' },
}

/**
 * Orders issue paths as the editors lay their fields out: items by index, a place before what
 * is inside it, fields in screen order (unknown ones last, by name).
 *
 * @example
 * compareEditorPaths(['objectives', 0, 'title'], ['objectives', 0, 'keyResults']) // < 0
 */
export function compareEditorPaths(a: IssuePath, b: IssuePath): number {
  let shape = 'document'
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i] as string | number
    const y = b[i] as string | number
    if (x === y) {
      if (typeof x === 'string') shape = NESTED[shape]?.[x] ?? 'other'
      continue
    }
    if (typeof x === 'number' && typeof y === 'number') return x - y
    if (typeof x === 'number') return -1
    if (typeof y === 'number') return 1
    const order = FIELD_ORDER[shape] ?? []
    const rankX = order.includes(x) ? order.indexOf(x) : order.length
    const rankY = order.includes(y) ? order.indexOf(y) : order.length
    if (rankX !== rankY) return rankX - rankY
    return x < y ? -1 : 1
  }
  return a.length - b.length
}

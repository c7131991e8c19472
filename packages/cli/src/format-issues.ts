import type { IssueSeverity, OkrIssue } from '@okrkit/core'
import type { Colors } from './colors'
import type { Location } from './locate'

/** An issue as `--format json` prints it: core's issue plus where it is in the file. */
export interface LocatedIssue extends OkrIssue {
  line?: number
  column?: number
}

/** Adds source positions to issues. */
export function locateIssues(
  issues: readonly OkrIssue[],
  locate: (path: OkrIssue['path']) => Location | undefined,
): LocatedIssue[] {
  return issues.map((issue) => {
    const at = locate(issue.path)
    return at ? { ...issue, line: at.line, column: at.column } : { ...issue }
  })
}

const pathText = (path: OkrIssue['path']) => (path.length === 0 ? '(root)' : path.join('.'))

/**
 * One line per issue, as compilers write them so editors can jump to it:
 * `okrs.yaml:12:7: error: objectives.0.title: This field is required (string). [required]`
 */
export function formatIssue(file: string, issue: LocatedIssue, colors: Colors): string {
  const place = issue.line === undefined ? file : `${file}:${issue.line}:${issue.column}`
  const severity = { error: colors.red, warning: colors.yellow, info: colors.cyan }[issue.severity](
    issue.severity,
  )
  return `${colors.bold(place)}: ${severity}: ${pathText(issue.path)}: ${issue.message} ${colors.dim(`[${issue.code}]`)}`
}

/** Counts by severity. */
export function countIssues(issues: readonly OkrIssue[]): Record<IssueSeverity, number> {
  const counts = { error: 0, warning: 0, info: 0 }
  for (const issue of issues) counts[issue.severity]++
  return counts
}

/** "1 error", "2 errors" */
export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

/** "2 errors, 1 warning, 0 infos" */
export function summarize(counts: Record<IssueSeverity, number>): string {
  return [
    plural(counts.error, 'error'),
    plural(counts.warning, 'warning'),
    plural(counts.info, 'info'),
  ].join(', ')
}

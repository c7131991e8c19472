/** How much an issue matters: errors make a document invalid, warnings and info advise. */
export type IssueSeverity = 'error' | 'warning' | 'info'

/** Where in a document an issue is: object keys and array indexes from the root. */
export type IssuePath = (string | number)[]

/** Values an issue's message is built from; also useful to hosts that write their own text. */
export type IssueParams = Record<string, string | number | boolean | undefined>

/** One finding about a document: a stable code, where it is, and a localised message. */
export interface OkrIssue<Code extends string = string> {
  code: Code
  severity: IssueSeverity
  path: IssuePath
  message: string
  params: IssueParams
}

/** The result of an operation whose failures are expected: data, or the issues that prevent it. */
export type OkrResult<T, Code extends string = string> =
  | { success: true; data: T; issues?: undefined }
  | { success: false; data?: undefined; issues: OkrIssue<Code>[] }

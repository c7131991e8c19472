/** Thrown for programmer errors only: a call the types allow but the OKR method does not. */
export class OkrError extends Error {
  override name = 'OkrError'
  /** A stable snake_case code, the same as the matching issue code where there is one. */
  readonly code: string

  constructor(code: string, message: string) {
    super(message)
    this.code = code
  }
}

/** A number outside the range a function is defined on (a score above 1, a NaN value …). */
export class OkrRangeError extends OkrError {
  override name = 'OkrRangeError'
}

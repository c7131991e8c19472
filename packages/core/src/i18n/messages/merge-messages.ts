type Union<T extends readonly object[]> = T[number]
type Intersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void
  ? I
  : never

/**
 * Joins catalog sections into one object. Called with `@__PURE__`, so a bundle that never reads the
 * joined catalog drops the call and every section nothing else reads (an object spread would stay).
 */
export function mergeMessages<const T extends readonly object[]>(
  ...sections: T
): Intersection<Union<T>> {
  return Object.assign({}, ...sections)
}

import { beforeAll } from 'vitest'

type Poisoning = typeof import('@fast-check/poisoning')

// Changed on purpose while tests run: `console` by the spies of test/setup.ts, the `__vitest_*__`
// roots by vitest itself (the current test, `expect`'s flags). Everything else reachable from
// `globalThis` is watched.
const ignoredRootRegex = /^(console|__vitest_\w+__)$/

let poisoning: Poisoning | undefined

/**
 * Records the globals and every prototype reachable from `globalThis` before the tests of a file
 * run, for {@link expectNoPoisoning} to compare with. Call it once at the top of the test file.
 */
export function watchGlobals(): void {
  // Imported here rather than at the top: the package records the globals when it is first
  // imported, and zod and vitest set up theirs while the test file's own imports run.
  beforeAll(async () => {
    poisoning = await import('@fast-check/poisoning')
  })
}

/**
 * Fails when a global or a prototype (`Object.prototype`, `Array.prototype.map` …) was added,
 * changed or removed since {@link watchGlobals} recorded them, and puts them back so the tests
 * that follow start clean. Use it as an `afterEach` hook: a touched prototype stays touched, so
 * one check after a property's runs catches any of them. (A check costs about 7 ms; after every
 * run, `fc.property(…).afterEach`, it would shrink to the culprit but add seconds per property.)
 */
export function expectNoPoisoning(): void {
  if (!poisoning) throw new Error('Call watchGlobals() at the top of the test file first.')
  try {
    poisoning.assertNoPoisoning({ ignoredRootRegex })
  } catch (error) {
    poisoning.restoreGlobals({ ignoredRootRegex })
    throw error
  }
}

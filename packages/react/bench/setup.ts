// Setup of the timed benches (vitest.bench.config.ts): before any test of a file, make sure the
// page runs React's production build, since a figure measured on the development build says
// nothing about the budget; after each test, unmount what it mounted.
import { afterEach, beforeAll } from 'vitest'
import { unmountAll } from './measure'
import { developmentReactSigns } from './react-build'

beforeAll(() => {
  const signs = developmentReactSigns()
  if (signs.length > 0) {
    throw new Error(`The benches must run React's production build, but: ${signs.join('; ')}.`)
  }
})

afterEach(() => {
  unmountAll()
})

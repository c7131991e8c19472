// The timed benches measure what users ship: React's production build. bench/setup.ts checks this
// before every bench file; this test states it in the report.
import { describe, expect, it } from 'vitest'
import { developmentReactSigns } from './react-build'

describe('The benches', () => {
  it("run React's production build", () => {
    expect(developmentReactSigns()).toEqual([])
  })
})

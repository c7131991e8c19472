import { describe, expect, it } from 'vitest'

// Guards the time-zone matrix itself: if TZ stopped reaching the worker, every zone would test UTC.
describe('time zone under test', () => {
  it('is the zone this project was started with', () => {
    const tz = process.env.TZ ?? 'UTC'
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(tz === 'UTC' ? 'UTC' : tz)
  })
})

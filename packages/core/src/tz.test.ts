import { describe, expect, it } from 'vitest'

// `getTimezoneOffset()` in January 2024, by zone: what the process must see if TZ reached it.
const JANUARY_OFFSET_MINUTES: Record<string, number> = {
  UTC: 0,
  'Etc/GMT+12': 720,
  'Pacific/Kiritimati': -840,
  'Asia/Kathmandu': -345,
  'America/Sao_Paulo': 180,
}

// Guards the time-zone matrix itself: if TZ stopped reaching the worker, every zone would test UTC.
describe('time zone under test', () => {
  it('is the zone this project was started with', () => {
    const tz = process.env.TZ
    expect(tz).toBeDefined()
    expect(new Date(2024, 0, 15).getTimezoneOffset()).toBe(JANUARY_OFFSET_MINUTES[tz as string])
  })
})

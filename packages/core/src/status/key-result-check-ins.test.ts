import { describe, expect, it } from 'vitest'
import { checkIn } from './__fixtures__/builders'
import { keyResultCheckIns } from './key-result-check-ins'

describe('keyResultCheckIns', () => {
  const all = [
    checkIn('kr', '2026-02-28', { id: 'b1' }),
    checkIn('other', '2026-01-31', { id: 'x' }),
    checkIn('kr', '2026-01-31', { id: 'a' }),
    checkIn('kr', '2026-02-28', { id: 'b2' }),
    checkIn('kr', '2026-03-31', { id: 'c' }),
  ]
  const ids = (list: { id: string }[]) => list.map((item) => item.id)

  it('keeps one KR’s check-ins, oldest first, same-day ones in input order', () => {
    expect(ids(keyResultCheckIns('kr', all))).toEqual(['a', 'b1', 'b2', 'c'])
  })

  it('keeps the range, both ends included', () => {
    expect(ids(keyResultCheckIns('kr', all, { from: '2026-02-28', to: '2026-02-28' }))).toEqual([
      'b1',
      'b2',
    ])
    expect(ids(keyResultCheckIns('kr', all, { to: '2026-02-27' }))).toEqual(['a'])
    expect(ids(keyResultCheckIns('kr', all, { from: '2026-03-01' }))).toEqual(['c'])
  })
})

import type { KeyResult, Objective } from '@okrkit/core'
import { act, renderHook } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { useObjectiveEditor } from './use-objective-editor'

const kr = (id: string, extra: Partial<KeyResult> = {}): KeyResult => ({
  id,
  title: `Increase ${id} by 10%`,
  ownerId: 'p1',
  weight: 1,
  measure: { type: 'metric', start: 0, target: 10 },
  ...extra,
})

const objective = (keyResults: KeyResult[]): Objective => ({
  id: 'o1',
  periodId: 'q1',
  title: 'Delight customers',
  level: 'team',
  commitment: 'aspirational',
  keyResults,
})

const ids = (o: Objective) => o.keyResults.map((k) => k.id)

describe('useObjectiveEditor', () => {
  it('removes key results and undoes the removals last first, back in their places', () => {
    const onValueChange = vi.fn()
    const { result } = renderHook(() =>
      useObjectiveEditor({
        defaultValue: objective([kr('a'), kr('b'), kr('c'), kr('d')]),
        onValueChange,
      }),
    )
    act(() => void result.current.removeKeyResult('b'))
    act(() => void result.current.removeKeyResult('d'))
    expect(ids(result.current.value)).toEqual(['a', 'c'])
    expect(
      result.current.removedKeyResults.map(({ keyResult, index }) => [keyResult.id, index]),
    ).toEqual([
      ['b', 1],
      ['d', 2],
    ])
    act(() => void result.current.undoRemoveKeyResult())
    act(() => void result.current.undoRemoveKeyResult())
    expect(ids(result.current.value)).toEqual(['a', 'b', 'c', 'd'])
    expect(result.current.undoRemoveKeyResult()).toBeUndefined()
    expect(onValueChange).toHaveBeenCalledTimes(4)
  })

  it('moves within bounds only', () => {
    const { result } = renderHook(() =>
      useObjectiveEditor({ defaultValue: objective([kr('a'), kr('b')]) }),
    )
    let to: number | undefined
    act(() => {
      to = result.current.moveKeyResult('a', -1)
    })
    expect(to).toBeUndefined()
    act(() => {
      to = result.current.moveKeyResult('a', 1)
    })
    expect(to).toBe(1)
    expect(ids(result.current.value)).toEqual(['b', 'a'])
  })

  it('adds a blank metric key result with a fresh id', () => {
    const { result } = renderHook(() =>
      useObjectiveEditor({ defaultValue: objective([]), createId: () => 'fresh' }),
    )
    act(() => void result.current.addKeyResult())
    expect(result.current.value.keyResults).toEqual([
      { id: 'fresh', title: '', weight: 1, measure: { type: 'metric', start: 0, target: 100 } },
    ])
  })

  it('keys repeated ids apart, so each key result can still be edited', () => {
    const { result } = renderHook(() =>
      useObjectiveEditor({ defaultValue: objective([kr('a'), kr('a', { title: 'second' })]) }),
    )
    expect(result.current.keyResultKeys).toEqual(['a', 'a~2'])
    act(() => result.current.updateKeyResult('a~2', (k) => ({ ...k, title: 'edited' })))
    expect(result.current.value.keyResults.map((k) => k.title)).toEqual([
      'Increase a by 10%',
      'edited',
    ])
    // Core's schema reports the repeated id, at the second one.
    expect(result.current.keyResultIssues(1).map((i) => i.code)).toContain('duplicate_id')
  })

  it('splits issues between the objective’s fields, its list and each key result', () => {
    const { result } = renderHook(() =>
      useObjectiveEditor({
        defaultValue: { ...objective([kr('a'), kr('b', { ownerId: undefined })]), title: '' },
      }),
    )
    expect(result.current.issuesByField.get('title')?.map((i) => i.code)).toEqual(['too_short'])
    expect(result.current.issuesByField.get('keyResults')?.map((i) => i.code)).toEqual(['kr_count'])
    expect(result.current.keyResultIssues(1).map((i) => [i.code, i.path])).toEqual([
      ['kr_missing_owner', ['ownerId']],
    ])
    expect(result.current.issuesByField.get('root')).toEqual([])
  })
})

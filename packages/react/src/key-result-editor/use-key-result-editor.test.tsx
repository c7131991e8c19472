import type { KeyResult, Objective } from '@okrkit/core'
import { act, renderHook } from '@testing-library/react'
import type { ReactNode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { OkrProvider } from '../provider/okr-provider'
import { useKeyResultEditor } from './use-key-result-editor'

const kr = (extra: Partial<KeyResult> = {}): KeyResult => ({
  id: 'kr1',
  title: 'Increase weekly active users by 10%',
  ownerId: 'p1',
  weight: 1,
  measure: { type: 'metric', start: 100, target: 110, unit: 'k' },
  ...extra,
})

describe('useKeyResultEditor', () => {
  it('keeps unfinished number text as a draft and the last valid number in the model', () => {
    const onValueChange = vi.fn()
    const { result } = renderHook(() => useKeyResultEditor({ defaultValue: kr(), onValueChange }))
    act(() => result.current.numberField('measure.target').setText('1e'))
    expect(result.current.numberField('measure.target')).toMatchObject({
      text: '1e',
      error: 'not_a_number',
      saved: 110,
    })
    expect(result.current.invalidDrafts.map((state) => state.field)).toEqual(['measure.target'])
    expect(onValueChange).not.toHaveBeenCalled()
    act(() => result.current.numberField('measure.target').setText('1e3'))
    expect(result.current.numberField('measure.target')).toMatchObject({
      text: '1e3',
      error: undefined,
      saved: 1000,
    })
    expect(result.current.invalidDrafts).toEqual([])
    expect(onValueChange).toHaveBeenLastCalledWith(
      kr({ measure: { type: 'metric', start: 100, target: 1000, unit: 'k' } }),
    )
  })

  it('says when an optional number has no saved value behind its draft', () => {
    const { result } = renderHook(() => useKeyResultEditor({ defaultValue: kr() }))
    act(() => result.current.numberField('measure.current').setText('½'))
    expect(result.current.numberField('measure.current')).toMatchObject({
      text: '½',
      error: 'not_a_number',
      saved: undefined,
    })
    expect(result.current.value.measure).not.toHaveProperty('current')
  })

  it('keeps text that reads as the same number ("110.0") without a spurious change', () => {
    const onValueChange = vi.fn()
    const { result } = renderHook(() => useKeyResultEditor({ defaultValue: kr(), onValueChange }))
    act(() => result.current.numberField('measure.target').setText('110.0'))
    expect(result.current.numberField('measure.target').text).toBe('110.0')
    expect(onValueChange).not.toHaveBeenCalled()
  })

  it('drops a draft when the model is changed from outside', () => {
    const { result, rerender } = renderHook(({ value }) => useKeyResultEditor({ value }), {
      initialProps: { value: kr() },
    })
    act(() => result.current.numberField('weight').setText(''))
    expect(result.current.numberField('weight')).toMatchObject({
      text: '',
      error: 'empty',
      saved: 1,
    })
    rerender({ value: kr({ weight: 3 }) })
    expect(result.current.numberField('weight')).toMatchObject({ text: '3', error: undefined })
    // Back to the value the draft was typed against: the dropped draft does not come back.
    rerender({ value: kr() })
    expect(result.current.numberField('weight').text).toBe('1')
  })

  it('keeps the metric’s drafts while a milestone is shown', () => {
    const { result } = renderHook(() => useKeyResultEditor({ defaultValue: kr() }))
    act(() => result.current.numberField('measure.start').setText('-'))
    act(() => result.current.setMeasureType('milestone'))
    expect(result.current.invalidDrafts).toEqual([])
    expect(result.current.fields).not.toContain('measure.start')
    act(() => result.current.setMeasureType('metric'))
    expect(result.current.numberField('measure.start').text).toBe('-')
    expect(result.current.value.measure).toEqual({
      type: 'metric',
      start: 100,
      target: 110,
      unit: 'k',
    })
  })

  it('removes optional fields instead of storing empty strings', () => {
    const onValueChange = vi.fn()
    const { result } = renderHook(() => useKeyResultEditor({ defaultValue: kr(), onValueChange }))
    act(() => result.current.setUnit(''))
    act(() => result.current.setOwnerId(''))
    expect(result.current.value).toEqual({
      id: 'kr1',
      title: 'Increase weekly active users by 10%',
      weight: 1,
      measure: { type: 'metric', start: 100, target: 110 },
    })
    expect(JSON.parse(JSON.stringify(result.current.value))).toEqual(result.current.value)
    expect(onValueChange).toHaveBeenCalledTimes(2)
  })

  it('ignores setters that do not apply to the current measure type', () => {
    const onValueChange = vi.fn()
    const { result } = renderHook(() => useKeyResultEditor({ defaultValue: kr(), onValueChange }))
    act(() => result.current.setDone(true))
    act(() => result.current.setDue('2026-03-31'))
    expect(onValueChange).not.toHaveBeenCalled()
  })

  it('lints the key result among its siblings, paths relative to it', () => {
    const objective: Objective = {
      id: 'o1',
      periodId: 'q1',
      title: 'Delight customers',
      level: 'team',
      commitment: 'aspirational',
      keyResults: [
        kr({ id: 'a', title: 'Increase weekly active users by 10%' }),
        kr({ id: 'b', title: 'Raise NPS from 32 to 50', ownerId: undefined }),
        kr({ id: 'c', title: 'Reduce churn from 3% to 2%' }),
      ],
    }
    const { result } = renderHook(() =>
      useKeyResultEditor({
        value: objective.keyResults[1],
        objective,
        people: [{ id: 'p1', name: 'P' }],
      }),
    )
    // kr_count and the objective's period are the objective's business, not this key result's.
    expect(result.current.issues.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: 'kr_missing_owner', path: ['ownerId'] },
    ])
    expect(result.current.issuesByField.get('ownerId')).toHaveLength(1)
  })

  it('uses the issues it is given instead of linting', () => {
    const issue = {
      code: 'x',
      severity: 'info' as const,
      path: ['title'],
      message: 'm',
      params: {},
    }
    const { result } = renderHook(() =>
      useKeyResultEditor({ defaultValue: kr({ ownerId: undefined }), issues: [issue] }),
    )
    expect(result.current.issues).toEqual([issue])
  })

  it('is read-only when the permissions say so, and asks about the stand-in objective without one', () => {
    const permissions = vi.fn(() => false)
    const wrapper = ({ children }: { children: ReactNode }) => (
      <OkrProvider permissions={permissions}>{children}</OkrProvider>
    )
    const { result } = renderHook(() => useKeyResultEditor({ defaultValue: kr() }), { wrapper })
    expect(result.current.readOnly).toBe(true)
    expect(permissions).toHaveBeenCalledWith({
      kind: 'keyResult',
      keyResult: kr(),
      objective: expect.objectContaining({ keyResults: [kr()] }),
    })
  })
})

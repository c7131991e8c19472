import { act, render, renderHook } from '@testing-library/react'
import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { takeConsoleMessages } from '../../test/setup'
import { useControllableState } from './use-controllable-state'

function CountingChild({ value, onChange }: { value: number; onChange: (v: number) => void }) {
  const [current, set] = useControllableState({ value, defaultValue: 0, onChange, name: 'Child' })
  const twice = () => {
    set((n) => n + 1)
    set((n) => n + 1)
  }
  return (
    <button type="button" onClick={twice}>
      {current}
    </button>
  )
}

function CountingParent({ onEach }: { onEach: (value: number) => void }) {
  const [value, setValue] = useState(0)
  const change = (next: number) => {
    onEach(next)
    setValue(next)
  }
  return <CountingChild value={value} onChange={change} />
}

describe('useControllableState', () => {
  it('keeps its own state when uncontrolled and reports every change', () => {
    const onChange = vi.fn()
    const { result } = renderHook(() =>
      useControllableState({ defaultValue: 1, onChange, name: 'Test' }),
    )
    act(() => result.current[1](2))
    act(() => result.current[1]((n) => n + 1))
    expect(result.current[0]).toBe(3)
    expect(onChange.mock.calls).toEqual([[2], [3]])
  })

  it('reads defaultValue once: an equal-but-new default wipes no edit', () => {
    const { result, rerender } = renderHook(
      ({ defaultValue }) => useControllableState({ defaultValue, name: 'Test' }),
      { initialProps: { defaultValue: { title: 'a' } } },
    )
    act(() => result.current[1]({ title: 'edited' }))
    rerender({ defaultValue: { title: 'a' } })
    expect(result.current[0]).toEqual({ title: 'edited' })
  })

  it('follows value when controlled and only asks the parent to change', () => {
    const onChange = vi.fn()
    const { result, rerender } = renderHook(
      ({ value }) => useControllableState({ value, defaultValue: 0, onChange, name: 'Test' }),
      { initialProps: { value: 5 } },
    )
    act(() => result.current[1](6))
    expect(result.current[0]).toBe(5)
    expect(onChange).toHaveBeenCalledWith(6)
    rerender({ value: 6 })
    expect(result.current[0]).toBe(6)
  })

  it('chains functional updates within one event before a controlled parent re-renders', () => {
    const seen: number[] = []
    const { getByRole } = render(<CountingParent onEach={(v) => seen.push(v)} />)
    act(() => getByRole('button').click())
    expect(seen).toEqual([1, 2])
    expect(getByRole('button').textContent).toBe('2')
  })

  it('skips no-op updates', () => {
    const onChange = vi.fn()
    const { result } = renderHook(() =>
      useControllableState({ defaultValue: 'x', onChange, name: 'Test' }),
    )
    act(() => result.current[1]('x'))
    expect(onChange).not.toHaveBeenCalled()
  })

  it('warns in development when switching between controlled and uncontrolled', () => {
    const { rerender } = renderHook(
      ({ value }: { value?: number }) =>
        useControllableState({ value, defaultValue: 0, name: 'ScoreSlider' }),
      { initialProps: { value: 1 } as { value?: number } },
    )
    rerender({ value: undefined })
    const messages = takeConsoleMessages()
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('ScoreSlider is changing from controlled to uncontrolled')
  })

  it('carries on from the last value when switched to uncontrolled, losing no edit', () => {
    const { result, rerender } = renderHook(
      ({ value }: { value?: number }) =>
        useControllableState({ value, defaultValue: 0, name: 'Test' }),
      { initialProps: { value: 1 } as { value?: number } },
    )
    rerender({ value: 2 })
    rerender({ value: undefined })
    expect(result.current[0]).toBe(2)
    act(() => result.current[1]((n) => n + 1))
    expect(result.current[0]).toBe(3)
    expect(takeConsoleMessages()).toEqual([
      expect.stringContaining('Test is changing from controlled to uncontrolled'),
    ])
  })
})

import type { Retrospective } from '@okrkit/core'
import { act, renderHook } from '@testing-library/react'
import type { ReactNode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { OkrProvider, type OkrProviderProps } from '../provider/okr-provider'
import { document, prefilled } from './__fixtures__/document'
import {
  normalizeRetrospectiveDraft,
  type UseRetrospectiveParams,
  useRetrospective,
} from './use-retrospective-form'

function setup(params: Partial<UseRetrospectiveParams> = {}, provider: OkrProviderProps = {}) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <OkrProvider {...provider}>{children}</OkrProvider>
  )
  return renderHook(
    (props: Partial<UseRetrospectiveParams>) => useRetrospective({ document, ...props }),
    { wrapper, initialProps: params },
  )
}

describe('normalizeRetrospectiveDraft', () => {
  it('keeps existing scores where they are and appends the missing ones', () => {
    const prefill = new Map([
      ['kr-a', 0.3],
      ['kr-b', 0.7],
    ])
    expect(
      normalizeRetrospectiveDraft(
        { finalScores: [{ keyResultId: 'kr-b', score: 1 }], meta: { source: 'wiki' } },
        'q1',
        prefill,
      ),
    ).toEqual({
      periodId: 'q1',
      finalScores: [
        { keyResultId: 'kr-b', score: 1 },
        { keyResultId: 'kr-a', score: 0.3 },
      ],
      wentWell: [],
      toImprove: [],
      meta: { source: 'wiki' },
    })
  })
})

describe('useRetrospective', () => {
  it('closes the document’s first period by default, scores as of its end', () => {
    const { result } = setup()
    expect(result.current.period?.id).toBe('2026-Q1')
    expect(result.current.draft.finalScores).toEqual(prefilled)
    const csat = result.current.objectives[0]?.keyResults[1]
    expect(csat?.resolved).toEqual({
      value: 0.7,
      provenance: 'manual',
      checkInId: 'c-csat-mar',
      date: '2026-03-27',
    })
    expect(result.current.objectives.map((group) => group.score)).toEqual([0.6, 0])
    expect(result.current.issues).toEqual([])
  })

  it('rolls the objective score up from the final scores as they change', () => {
    const { result } = setup()
    act(() => result.current.setScore('kr-response', 0.9))
    expect(result.current.objectives[0]?.score).toBeCloseTo(0.8)
    act(() => result.current.setScoreText('kr-offline', '0.4'))
    expect(result.current.objectives[1]?.score).toBe(0.4)
  })

  it('names the key result of a score issue and keeps the model path', () => {
    const onValueChange = vi.fn()
    const { result } = setup({ onValueChange })
    act(() => result.current.setScoreText('kr-csat', '-0.1'))
    expect(result.current.issues).toEqual([
      expect.objectContaining({
        code: 'out_of_range',
        keyResultId: 'kr-csat',
        path: ['finalScores', 1, 'score'],
        params: { text: '-0.1' },
      }),
    ])
    expect(result.current.errors).toEqual({
      'finalScores.kr-csat': 'Enter a final score from 0 to 1, such as 0.7.',
    })
    expect(onValueChange.mock.lastCall?.[1].valid).toBe(false)
  })

  it('flags an out-of-range score that comes with the draft', () => {
    const { result } = setup({
      defaultValue: {
        periodId: '2026-Q1',
        finalScores: [{ keyResultId: 'kr-offline', score: 1.3 }],
      },
    })
    expect(result.current.errors).toEqual({
      'finalScores.kr-offline': 'Enter a final score from 0 to 1, such as 0.7.',
    })
    expect(result.current.issues[0]).toMatchObject({ code: 'too_big', keyResultId: 'kr-offline' })
  })

  it('builds successive edits of one event on each other', () => {
    const { result } = setup()
    act(() => {
      result.current.setScore('kr-csat', 1)
      result.current.setNotes('wentWell', ['Triage'])
      result.current.setNotes('toImprove', ['Fewer KRs'])
    })
    expect(result.current.draft).toMatchObject({
      finalScores: [prefilled[0], { keyResultId: 'kr-csat', score: 1 }, prefilled[2]],
      wentWell: ['Triage'],
      toImprove: ['Fewer KRs'],
    })
  })

  it('submits with a new id kept in the draft, and not at all where it may not edit', () => {
    const onSubmit = vi.fn()
    const { result } = setup({ onSubmit })
    let submitted: Retrospective | undefined
    act(() => {
      submitted = result.current.submit()
    })
    expect(submitted).toEqual({
      id: expect.any(String),
      periodId: '2026-Q1',
      finalScores: prefilled,
      wentWell: [],
      toImprove: [],
    })
    expect(result.current.draft.id).toBe(submitted?.id)

    const locked = setup({ onSubmit }, { permissions: () => false })
    expect(locked.result.current.canEdit).toBe(false)
    act(() => {
      locked.result.current.submit()
    })
    expect(onSubmit).toHaveBeenCalledTimes(1)
  })
})

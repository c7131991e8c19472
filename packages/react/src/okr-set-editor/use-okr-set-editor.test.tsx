import { exampleDocument, type OkrDocument, templates } from '@okrkit/core'
import { act, renderHook } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { useOkrSetEditor } from './use-okr-set-editor'

const doc = exampleDocument
const q4 = {
  id: '2025-Q4',
  label: '2025 Q4',
  kind: 'quarter' as const,
  start: '2025-10-01',
  end: '2025-12-31',
}
const q2 = {
  id: '2026-Q2',
  label: '2026 Q2',
  kind: 'quarter' as const,
  start: '2026-04-01',
  end: '2026-06-30',
}

describe('useOkrSetEditor', () => {
  it('finds the set’s objectives with their document indexes, and issues with document paths', () => {
    const { result } = renderHook(() =>
      useOkrSetEditor({ defaultValue: doc, teamId: 'team-support' }),
    )
    expect(result.current.periodId).toBe('2026-Q1')
    expect(
      result.current.objectives.map(({ objective, index, key }) => [objective.id, index, key]),
    ).toEqual([
      ['obj-support-response', 1, 'obj-support-response'],
      ['obj-billing-expert', 2, 'obj-billing-expert'],
    ])
    expect(result.current.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['kr_is_activity', 'objectives.2.keyResults.1.title'],
    ])
    expect(result.current.objectiveIssues(2).map((i) => i.path)).toEqual([
      ['keyResults', 1, 'title'],
    ])
    expect(result.current.objectiveIssues(1)).toEqual([])
  })

  it('keeps a team-less set’s check-in issues to its own key results', () => {
    const teamless: OkrDocument = {
      ...doc,
      teams: [],
      objectives: doc.objectives.map(({ teamId: _t, ...o }) => o),
      checkIns: doc.checkIns.map((c) => ({ ...c, date: '2027-01-01' })),
    }
    const { result } = renderHook(() => useOkrSetEditor({ defaultValue: teamless }))
    expect(result.current.teamId).toBeUndefined()
    expect(result.current.objectives).toHaveLength(4)
    const checkIns = result.current.issues.filter((i) => i.path[0] === 'checkIns')
    expect(checkIns.length).toBe(doc.checkIns.length)
    expect(new Set(checkIns.map((i) => i.code))).toEqual(new Set(['checkin_outside_period']))
  })

  it('adds blank and template objectives to the set, and nothing without a period', () => {
    const createId = vi.fn(() => `id-${createId.mock.calls.length}`)
    const { result } = renderHook(() =>
      useOkrSetEditor({ defaultValue: doc, teamId: 'team-product', createId }),
    )
    act(() => void result.current.addObjective())
    act(() => void result.current.addObjective(templates.okrSets[2]))
    const added = result.current.value.objectives.slice(-2)
    expect(added.map((o) => [o.title, o.teamId, o.periodId, o.keyResults.length])).toEqual([
      ['', 'team-product', '2026-Q1', 0],
      ['Expand market reach', 'team-product', '2026-Q1', 3],
    ])
    expect(result.current.objectives).toHaveLength(3)

    const none = renderHook(() => useOkrSetEditor({ defaultValue: { ...doc, periods: [] } }))
    expect(none.result.current.periodId).toBeUndefined()
    expect(none.result.current.canAddObjective).toBe(false)
    expect(none.result.current.addObjective()).toBeUndefined()
  })

  it('removes objectives and puts them back where they were', () => {
    const onValueChange = vi.fn()
    const { result } = renderHook(() =>
      useOkrSetEditor({ defaultValue: doc, teamId: 'team-support', onValueChange }),
    )
    act(() => void result.current.removeObjective('obj-billing-expert'))
    act(() => void result.current.removeObjective('obj-support-response'))
    expect(result.current.objectives).toEqual([])
    expect(result.current.setIssues.map((i) => i.code)).toEqual(['objective_count'])
    act(() => void result.current.undoRemoveObjective())
    act(() => void result.current.undoRemoveObjective())
    expect(result.current.value).toEqual(doc)
    expect(onValueChange).toHaveBeenCalledTimes(4)
  })

  it('follows a controlled team and period, and reports picks', () => {
    const onTeamIdChange = vi.fn()
    const { result, rerender } = renderHook(
      ({ teamId }) => useOkrSetEditor({ defaultValue: doc, teamId, onTeamIdChange }),
      { initialProps: { teamId: 'team-company' } },
    )
    act(() => result.current.setTeamId('team-product'))
    expect(onTeamIdChange).toHaveBeenCalledWith('team-product')
    expect(result.current.teamId).toBe('team-company')
    rerender({ teamId: 'team-product' })
    expect(result.current.team?.name).toBe('Product Engineering')
  })

  it('offers to carry over from the period that ended last, without making ids while rendering', () => {
    const createId = vi.fn(() => `carried-${createId.mock.calls.length}`)
    const withPeriods = { ...doc, periods: [q2, ...doc.periods, q4] }
    const { result } = renderHook(() =>
      useOkrSetEditor({
        defaultValue: withPeriods,
        teamId: 'team-product',
        periodId: '2026-Q2',
        createId,
      }),
    )
    expect(result.current.previousPeriod?.id).toBe('2026-Q1')
    expect(result.current.carryOverCount).toBe(1)
    expect(createId).not.toHaveBeenCalled()
    let carried: ReturnType<typeof result.current.carryOver> = []
    act(() => {
      carried = result.current.carryOver()
    })
    expect(carried.map((o) => o.id)).toEqual(['carried-1'])
    expect(result.current.objectives.map(({ objective }) => objective.id)).toEqual(['carried-1'])
    expect(result.current.carryOverCount).toBe(0)
  })
})

import { describe, expect, it } from 'vitest'
import type { CheckIn } from '../../model/check-in'
import type { KeyResult } from '../../model/key-result'
import { checkIn, document, keyResult, milestone, objective } from '../__fixtures__/documents'
import { lintOkrSet } from '../lint-okr-set'

const krs = [keyResult('a'), keyResult('b'), keyResult('c')]
const lintSet = (
  checkIns: CheckIn[],
  extra: { commitment?: 'aspirational' | 'committed'; keyResults?: KeyResult[] } = {},
  locale?: string,
) =>
  lintOkrSet(
    document({
      objectives: [
        objective('o1', {
          keyResults: extra.keyResults ?? krs,
          commitment: extra.commitment ?? 'aspirational',
        }),
      ],
      checkIns,
    }),
    { locale },
  ).filter((issue) => issue.code === 'set_too_safe')

const confident = (confidence: number, id = 'a', date = '2026-02-28') =>
  checkIn(`c-${id}-${date}`, id, date, { confidence })

describe('set_too_safe', () => {
  it('informs at an aspirational objective whose key results all have confidence ≥ 0.9', () => {
    const issues = lintSet([confident(0.95, 'a'), confident(0.9, 'b'), confident(1, 'c')])
    expect(issues).toMatchObject([
      {
        severity: 'info',
        path: ['objectives', 0],
        params: {
          objectiveId: 'o1',
          count: 3,
          basis: 'confidence',
          threshold: 0.9,
          suggestion: 'lint.set_too_safe.suggestion',
        },
      },
    ])
    expect(issues[0]?.message).toContain('0.9')
    expect(
      lintSet([confident(0.95, 'a'), confident(0.9, 'b'), confident(1, 'c')], {}, 'zh-CN')[0]
        ?.message,
    ).toContain('过于保守')
  })

  it('reads the latest confidence each key result was given', () => {
    const checkIns = [
      confident(0.95, 'a', '2026-03-15'),
      confident(0.95, 'b'),
      confident(0.95, 'c'),
      confident(0.6, 'a', '2026-01-31'),
      checkIn('no-confidence', 'a', '2026-03-31'),
    ]
    expect(lintSet(checkIns)).toHaveLength(1)
    expect(lintSet([...checkIns, confident(0.5, 'c', '2026-03-20')])).toEqual([])
  })

  it('informs when every key result is on track and forecast to reach 1.0', () => {
    const metric = (id: string) =>
      keyResult(id, { measure: { type: 'metric', start: 0, target: 100 } })
    const on = (id: string, date: string, value: number) =>
      checkIn(`c-${id}-${date}`, id, date, { value, status: 'on-track' })
    const keyResults = [
      metric('a'),
      metric('b'),
      milestone('m', 'Launch the portal by March', {
        measure: { type: 'milestone', done: true },
      }),
    ]
    const checkIns = [
      on('a', '2026-01-31', 40),
      on('a', '2026-02-28', 80),
      on('b', '2026-02-28', 100),
      on('m', '2026-02-28', 1),
    ]
    const issues = lintSet(checkIns, { keyResults })
    expect(issues).toMatchObject([{ params: { basis: 'forecast', count: 3, threshold: 1 } }])
    expect(issues[0]?.message).toContain('forecast to reach 1.0')
    // One key result behind, at risk, or a milestone not done: a healthy stretch.
    expect(
      lintSet([...checkIns.slice(0, 2), on('b', '2026-02-28', 30), on('m', '2026-02-28', 1)], {
        keyResults,
      }),
    ).toEqual([])
    const atRisk = checkIn('risk', 'b', '2026-03-01', { value: 100, status: 'at-risk' })
    expect(lintSet([...checkIns, atRisk], { keyResults })).toEqual([])
    const undone = [
      keyResults[0],
      keyResults[1],
      milestone('m', 'Launch the portal by March'),
    ] as KeyResult[]
    expect(lintSet(checkIns, { keyResults: undone })).toEqual([])
  })

  it('judges nothing without evidence, and nothing committed', () => {
    expect(lintSet([])).toEqual([])
    expect(lintSet([confident(0.95, 'a'), confident(0.95, 'b')])).toEqual([])
    expect(
      lintSet([confident(0.95, 'a'), confident(0.95, 'b'), confident(0.95, 'c')], {
        commitment: 'committed',
      }),
    ).toEqual([])
  })
})

import { describe, expect, it } from 'vitest'
import { formatMessage, type MessageKey } from '../../i18n/format'
import type { KeyResult } from '../../model/key-result'
import { document, keyResult, milestone, objective } from '../__fixtures__/documents'
import { lintOkrSet } from '../lint-okr-set'

const lintKeyResult = (kr: KeyResult, locale?: string) =>
  lintOkrSet(
    document({
      objectives: [objective('o1', { keyResults: [keyResult('a'), keyResult('b'), kr] })],
    }),
    { locale },
  )

describe('kr_target_equals_start', () => {
  it('is an error at the target of a metric that cannot move', () => {
    const issues = lintKeyResult(
      keyResult('c', { measure: { type: 'metric', start: 50, target: 50 } }),
    )
    expect(issues).toMatchObject([
      {
        code: 'kr_target_equals_start',
        severity: 'error',
        path: ['objectives', 0, 'keyResults', 2, 'measure', 'target'],
        params: { keyResultId: 'c', start: 50, target: 50 },
      },
    ])
  })

  it('accepts increasing and decreasing metrics', () => {
    for (const target of [40, 60]) {
      const kr = keyResult('c', { measure: { type: 'metric', start: 50, target } })
      expect(lintKeyResult(kr)).toEqual([])
    }
  })
})

describe('kr_not_measurable', () => {
  it('warns at a milestone key result whose text has no number and that has no due date', () => {
    const issues = lintKeyResult(milestone('c', 'Improve the onboarding experience'))
    expect(issues).toMatchObject([
      {
        code: 'kr_not_measurable',
        severity: 'warning',
        path: ['objectives', 0, 'keyResults', 2],
        params: { keyResultId: 'c' },
      },
    ])
    expect(lintKeyResult(milestone('c', '改善新用户引导体验'), 'zh-CN')[0]?.message).toContain(
      '关键成果',
    )
  })

  it('says where a target belongs, in both languages', () => {
    const [issue] = lintKeyResult(milestone('c', 'Improve the onboarding experience'))
    expect(issue?.params.suggestion).toBe('lint.kr_not_measurable.suggestion')
    const key = issue?.params.suggestion as MessageKey
    expect(formatMessage(key)).toContain('from X to Y, by when')
    expect(formatMessage(key, {}, { locale: 'zh-CN' })).toContain('从 X 到 Y')
  })

  it('counts a metric measure, a due date or a number in the text as measurable', () => {
    const vague = 'Improve the onboarding experience'
    expect(lintKeyResult(keyResult('c', { title: vague }))).toEqual([])
    const due = milestone('c', vague, {
      measure: { type: 'milestone', done: false, due: '2026-03-01' },
    })
    expect(lintKeyResult(due)).toEqual([])
    const measurable = (kr: KeyResult) =>
      lintKeyResult(kr).filter((issue) => issue.code === 'kr_not_measurable')
    expect(measurable(milestone('c', 'Cut onboarding to 3 steps'))).toEqual([])
    expect(measurable(milestone('c', '年底前进入三个新的地区市场'))).toEqual([])
    expect(measurable(milestone('c', 'Launch the partner portal by June 30'))).toEqual([])
  })
})

import { describe, expectTypeOf, it } from 'vitest'
import type { z } from 'zod'
import {
  type CheckIn,
  type Grade,
  gradeScore,
  type KeyResult,
  type Measure,
  type OkrDocument,
  type OkrIssue,
  type okrDocumentSchema,
  type ParseCode,
  parseOkrDocument,
  progressOf,
  rollUp,
  type Score,
  type ScoreProvenance,
  scoreKeyResult,
  scoreObjective,
} from './index'

describe('public types', () => {
  it('are the zod schema output types', () => {
    expectTypeOf<OkrDocument>().toEqualTypeOf<z.infer<typeof okrDocumentSchema>>()
    expectTypeOf<OkrDocument['schemaVersion']>().toEqualTypeOf<1>()
  })

  it('discriminate measures by type', () => {
    expectTypeOf<Extract<Measure, { type: 'metric' }>>()
      .toHaveProperty('target')
      .toEqualTypeOf<number>()
    expectTypeOf<Extract<Measure, { type: 'milestone' }>>()
      .toHaveProperty('done')
      .toEqualTypeOf<boolean>()
    expectTypeOf<KeyResult['weight']>().toEqualTypeOf<number>()
    expectTypeOf<CheckIn['status']>().toEqualTypeOf<'on-track' | 'off-track' | 'at-risk'>()
  })

  it('parse results narrow on success', () => {
    const result = parseOkrDocument({})
    if (result.success) {
      expectTypeOf(result.data).toEqualTypeOf<OkrDocument>()
    } else {
      expectTypeOf(result.issues).toEqualTypeOf<OkrIssue<ParseCode>[]>()
      expectTypeOf<(typeof result.issues)[number]['code']>().toEqualTypeOf<ParseCode>()
    }
  })

  it('scores are numbers; objectives may have none', () => {
    expectTypeOf(scoreKeyResult).returns.toEqualTypeOf<number>()
    expectTypeOf(progressOf).parameter(1).toEqualTypeOf<number | boolean | undefined>()
    expectTypeOf(scoreObjective).returns.toEqualTypeOf<number | undefined>()
    expectTypeOf(gradeScore).returns.toEqualTypeOf<Grade>()
    expectTypeOf<Grade>().toEqualTypeOf<'missed' | 'close' | 'met'>()
    expectTypeOf<Score['provenance']>().toEqualTypeOf<ScoreProvenance>()
    expectTypeOf<ScoreProvenance>().toEqualTypeOf<'manual' | 'computed' | 'rolled-up'>()
    expectTypeOf(rollUp).returns.toHaveProperty('keyResults').toEqualTypeOf<Map<string, Score>>()
  })

  it('issue codes are literal unions, not string', () => {
    expectTypeOf<'reserved_key'>().toExtend<ParseCode>()
    expectTypeOf<string>().not.toExtend<ParseCode>()
  })
})

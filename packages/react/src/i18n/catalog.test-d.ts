import type { CatalogKey } from '@okrkit/core'
import { describe, expectTypeOf, it } from 'vitest'
import type { OkrI18n } from '../provider/use-okr-context'
import type {
  OKR_MESSAGES,
  OkrMessageKey,
  SCORE_BADGE_MESSAGES,
  SCORECARD_MESSAGES,
} from './catalog'

type KeyOf<T> = Parameters<OkrI18n<CatalogKey<T>>['t']>[0]

describe('useOkrI18n types', () => {
  it("types t to its catalog's keys", () => {
    expectTypeOf<'grade.met'>().toExtend<KeyOf<typeof SCORE_BADGE_MESSAGES>>()
    expectTypeOf<'ui.score.none'>().toExtend<KeyOf<typeof SCORE_BADGE_MESSAGES>>()
    expectTypeOf<'ui.okrScorecard.caption'>().not.toExtend<KeyOf<typeof SCORE_BADGE_MESSAGES>>()
    expectTypeOf<'lint.kr_count'>().not.toExtend<KeyOf<typeof SCORECARD_MESSAGES>>()
  })

  it('has no keys without a catalog, and every key with OKR_MESSAGES', () => {
    expectTypeOf<Parameters<OkrI18n['t']>[0]>().toBeNever()
    expectTypeOf<KeyOf<typeof OKR_MESSAGES>>().toEqualTypeOf<OkrMessageKey>()
  })
})

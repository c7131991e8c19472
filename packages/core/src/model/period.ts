import { z } from 'zod'
import { idSchema, isoDateSchema, metaSchema, titleSchema } from './common'

export const PERIOD_KINDS = ['quarter', 'year', 'month', 'custom'] as const

/** A span of time OKRs are set for; `end` is inclusive. */
export const periodSchema = z.strictObject({
  id: idSchema,
  label: titleSchema,
  kind: z.enum(PERIOD_KINDS),
  start: isoDateSchema,
  end: isoDateSchema,
  meta: metaSchema.optional(),
})

export type Period = z.infer<typeof periodSchema>
export type PeriodKind = Period['kind']

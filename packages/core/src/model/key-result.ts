import { z } from 'zod'
import { finiteNumberSchema, idSchema, isoDateSchema, metaSchema, titleSchema } from './common'

/** A number that moves from `start` towards `target`; the direction is `sign(target − start)`. */
export const metricMeasureSchema = z.strictObject({
  type: z.literal('metric'),
  start: finiteNumberSchema,
  target: finiteNumberSchema,
  unit: z.string().max(50).optional(),
  current: finiteNumberSchema.optional(),
})

/** Something that is either done or not, optionally by a due date. */
export const milestoneMeasureSchema = z.strictObject({
  type: z.literal('milestone'),
  done: z.boolean(),
  due: isoDateSchema.optional(),
})

export const measureSchema = z.discriminatedUnion('type', [
  metricMeasureSchema,
  milestoneMeasureSchema,
])

/** A specific, measurable outcome that shows the objective was reached. */
export const keyResultSchema = z.strictObject({
  id: idSchema,
  title: titleSchema,
  ownerId: idSchema.optional(),
  /** Relative weight within its objective; 0 leaves it out of the objective's score. */
  weight: z.number().min(0).max(1_000).default(1),
  measure: measureSchema,
  meta: metaSchema.optional(),
})

export type MetricMeasure = z.infer<typeof metricMeasureSchema>
export type MilestoneMeasure = z.infer<typeof milestoneMeasureSchema>
export type Measure = z.infer<typeof measureSchema>
export type KeyResult = z.infer<typeof keyResultSchema>
export type KeyResultInput = z.input<typeof keyResultSchema>

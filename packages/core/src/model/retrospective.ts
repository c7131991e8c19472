import { z } from 'zod'
import { idSchema, LIMITS, metaSchema, notesSchema, unitIntervalSchema } from './common'

/** The close of a period: a final score per key result and what the team learned. */
export const retrospectiveSchema = z.strictObject({
  id: idSchema,
  periodId: idSchema,
  finalScores: z
    .array(z.strictObject({ keyResultId: idSchema, score: unitIntervalSchema }))
    .max(LIMITS.collectionSize),
  wentWell: notesSchema.default([]),
  toImprove: notesSchema.default([]),
  meta: metaSchema.optional(),
})

export type Retrospective = z.infer<typeof retrospectiveSchema>
export type RetrospectiveInput = z.input<typeof retrospectiveSchema>

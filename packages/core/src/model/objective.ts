import { z } from 'zod'
import { idSchema, LIMITS, metaSchema, textSchema, titleSchema } from './common'
import { keyResultSchema } from './key-result'

export const OBJECTIVE_LEVELS = ['company', 'team', 'individual'] as const
export const COMMITMENTS = ['aspirational', 'committed'] as const

/** A qualitative, inspiring goal for a period, measured by its key results. */
export const objectiveSchema = z.strictObject({
  id: idSchema,
  periodId: idSchema,
  title: titleSchema,
  description: textSchema.optional(),
  ownerId: idSchema.optional(),
  teamId: idSchema.optional(),
  level: z.enum(OBJECTIVE_LEVELS),
  /** The objective this one aligns to (cascade: company → team → individual). */
  parentId: idSchema.optional(),
  commitment: z.enum(COMMITMENTS),
  keyResults: z.array(keyResultSchema).max(LIMITS.keyResultsPerObjective),
  meta: metaSchema.optional(),
})

export type Objective = z.infer<typeof objectiveSchema>
export type ObjectiveInput = z.input<typeof objectiveSchema>
export type ObjectiveLevel = Objective['level']
export type Commitment = Objective['commitment']

import { z } from 'zod'
import { idSchema, metaSchema, titleSchema } from './common'

/** A team; `parentId` places it in the organisation the OKRs cascade through. */
export const teamSchema = z.strictObject({
  id: idSchema,
  name: titleSchema,
  parentId: idSchema.optional(),
  meta: metaSchema.optional(),
})

/** A person who can own objectives and key results. */
export const personSchema = z.strictObject({
  id: idSchema,
  name: titleSchema,
  teamId: idSchema.optional(),
  meta: metaSchema.optional(),
})

export type Team = z.infer<typeof teamSchema>
export type Person = z.infer<typeof personSchema>

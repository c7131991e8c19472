import { z } from 'zod'
import {
  finiteNumberSchema,
  idSchema,
  isoDateSchema,
  metaSchema,
  notesSchema,
  textSchema,
  unitIntervalSchema,
} from './common'

export const CHECK_IN_STATUSES = ['on-track', 'off-track', 'at-risk'] as const

/** The story of a month: what happened, why, and so what. */
export const updateSchema = z.strictObject({
  what: textSchema.default(''),
  why: textSchema.default(''),
  soWhat: textSchema.default(''),
})

/** A monthly check-in on one key result. */
export const checkInSchema = z.strictObject({
  id: idSchema,
  keyResultId: idSchema,
  date: isoDateSchema,
  /** The measured value (metric KRs). */
  value: finiteNumberSchema.optional(),
  /** The team's own 0–1 judgement; wins over the score computed from `value`. */
  score: unitIntervalSchema.optional(),
  status: z.enum(CHECK_IN_STATUSES),
  /** Odds (0–1) the team gives itself of reaching the target, i.e. a score of 1.0. */
  confidence: unitIntervalSchema.optional(),
  update: updateSchema.default({ what: '', why: '', soWhat: '' }),
  headwinds: notesSchema.default([]),
  tailwinds: notesSchema.default([]),
  decisions: notesSchema.default([]),
  risks: notesSchema.default([]),
  learnings: notesSchema.default([]),
  meta: metaSchema.optional(),
})

export type CheckIn = z.infer<typeof checkInSchema>
export type CheckInInput = z.input<typeof checkInSchema>
export type CheckInStatus = CheckIn['status']
export type CheckInUpdate = CheckIn['update']

import { z } from 'zod'

/**
 * Size limits of the interchange format. A document over them fails fast with a clear issue
 * instead of exhausting the memory of whoever parses it.
 */
export const LIMITS = {
  /** Characters in an id. */
  idLength: 200,
  /** Characters in a name, label or title. */
  titleLength: 500,
  /** Characters in free text (descriptions, updates, notes). */
  textLength: 20_000,
  /** Entries in a list of notes (headwinds, risks, learnings …). */
  noteCount: 200,
  /** Key results in one objective. */
  keyResultsPerObjective: 100,
  /** Entities in one top-level collection (objectives, check-ins …). */
  collectionSize: 1_000_000,
  /** Keys in one `meta` object, and items in one array inside it. */
  metaEntries: 1_000,
} as const

export const idSchema = z.string().min(1).max(LIMITS.idLength)
/** Kept exactly as typed (no trimming: parsing never edits what a user wrote), but never blank. */
export const titleSchema = z.string().max(LIMITS.titleLength).regex(/\S/, { message: 'blank' })
export const textSchema = z.string().max(LIMITS.textLength)
export const notesSchema = z.array(textSchema).max(LIMITS.noteCount)

/** A calendar date `YYYY-MM-DD` with no time zone; the model never stores instants. */
export const isoDateSchema = z.iso.date()

/** A finite number: zod 4's number refuses NaN and ±Infinity, which scoring must never meet. */
export const finiteNumberSchema = z.number()

/** A 0–1 fraction (scores, confidence). */
export const unitIntervalSchema = z.number().min(0).max(1)

/** A JSON value in host data; strings and lists are bounded like the rest of the document. */
export type MetaValue =
  | string
  | number
  | boolean
  | null
  | MetaValue[]
  | { [key: string]: MetaValue }

const metaRecord = <T extends z.ZodType>(value: T) =>
  z
    .record(z.string().max(LIMITS.idLength), value)
    .refine((record) => Object.keys(record).length <= LIMITS.metaEntries, {
      message: 'too_many_keys',
    })

export const metaValueSchema: z.ZodType<MetaValue> = z.lazy(() =>
  z.union([
    z.string().max(LIMITS.textLength),
    z.number(),
    z.boolean(),
    z.null(),
    z.array(metaValueSchema).max(LIMITS.metaEntries),
    metaRecord(metaValueSchema),
  ]),
)

/** Host-owned data: JSON values, kept untouched by every okrkit function. */
export const metaSchema = metaRecord(metaValueSchema)

export type Meta = z.infer<typeof metaSchema>
export type IsoDate = string

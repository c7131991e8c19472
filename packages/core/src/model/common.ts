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

/** Nesting a meta value may not exceed; parseOkrDocument refuses deeper documents earlier. */
const META_MAX_DEPTH = 64

function isPlainObject(value: object): value is Record<string, unknown> {
  const proto = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

/**
 * Checks a JSON value iteratively and reports each problem at its own path. A recursive zod
 * schema would do the same, but zod then memoises every object of any schema that contains it
 * (the whole document), which doubled the time to parse one.
 */
function checkMetaValue(root: unknown, ctx: z.core.$RefinementCtx<unknown>): void {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: root, path: [] }]
  // A value shared by two branches is checked once: a walk per path can be exponential.
  const checked = new Set<object>()
  const issue = (path: (string | number)[], input: unknown, extra: Record<string, unknown>) =>
    ctx.addIssue({ code: 'custom', path, input, ...extra } as z.core.$ZodRawIssue)
  while (stack.length > 0) {
    const { value, path } = stack.pop() as (typeof stack)[number]
    if (value === null || typeof value === 'boolean') continue
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) issue(path, value, { message: 'invalid_json' })
      continue
    }
    if (typeof value === 'string') {
      if (value.length > LIMITS.textLength) {
        issue(path, value, { code: 'too_big', origin: 'string', maximum: LIMITS.textLength })
      }
      continue
    }
    if (typeof value !== 'object' || path.length >= META_MAX_DEPTH) {
      issue(path, value, { message: 'invalid_json' })
      continue
    }
    if (checked.has(value)) continue
    checked.add(value)
    if (Array.isArray(value)) {
      if (value.length > LIMITS.metaEntries) {
        issue(path, value, { code: 'too_big', origin: 'array', maximum: LIMITS.metaEntries })
        continue
      }
      for (let i = value.length - 1; i >= 0; i--)
        stack.push({ value: value[i], path: [...path, i] })
      continue
    }
    if (!isPlainObject(value)) {
      issue(path, value, { message: 'invalid_json' })
      continue
    }
    const keys = Object.keys(value)
    if (keys.length > LIMITS.metaEntries) {
      issue(path, value, { message: 'too_many_keys' })
      continue
    }
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i] as string
      if (key.length > LIMITS.idLength) issue([...path, key], key, { message: 'invalid_key' })
      else stack.push({ value: value[key], path: [...path, key] })
    }
  }
}

export const metaValueSchema: z.ZodType<MetaValue> = z
  .custom<MetaValue>(() => true)
  .superRefine(checkMetaValue)

/** Host-owned data: JSON values, kept untouched by every okrkit function. */
export const metaSchema = metaRecord(metaValueSchema)

export type Meta = z.infer<typeof metaSchema>
export type IsoDate = string

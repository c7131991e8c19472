import { z } from 'zod'
import { checkInSchema } from './check-in'
import { LIMITS, metaSchema } from './common'
import { objectiveSchema } from './objective'
import { periodSchema } from './period'
import { retrospectiveSchema } from './retrospective'
import { personSchema, teamSchema } from './team'

/** The format version this library reads and writes. */
export const CURRENT_SCHEMA_VERSION = 1

const collection = <T extends z.ZodType>(item: T) => z.array(item).max(LIMITS.collectionSize)

/** The OKR interchange document: plain, JSON-serialisable data shared with other services. */
export const okrDocumentSchema = z.strictObject({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  periods: collection(periodSchema),
  teams: collection(teamSchema),
  people: collection(personSchema),
  objectives: collection(objectiveSchema),
  checkIns: collection(checkInSchema),
  retrospectives: collection(retrospectiveSchema),
  meta: metaSchema.optional(),
})

export type OkrDocument = z.infer<typeof okrDocumentSchema>
/** What the schema accepts: defaults (weights, empty note lists) may be left out. */
export type OkrDocumentInput = z.input<typeof okrDocumentSchema>

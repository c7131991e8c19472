import { z } from 'zod'
import { deepFreeze } from '../data/localized-text'
import { checkInSchema, updateSchema } from '../model/check-in'
import {
  idSchema,
  isoDateSchema,
  LIMITS,
  metaSchema,
  metaValueSchema,
  titleSchema,
} from '../model/common'
import { CURRENT_SCHEMA_VERSION, okrDocumentSchema } from '../model/document'
import { keyResultSchema, metricMeasureSchema, milestoneMeasureSchema } from '../model/key-result'
import { objectiveSchema } from '../model/objective'
import { periodSchema } from '../model/period'
import { retrospectiveSchema } from '../model/retrospective'
import { personSchema, teamSchema } from '../model/team'
import { RESERVED_KEYS } from '../parse/reserved-keys'

/** A JSON Schema document (draft 2020-12) as plain data. */
export type JsonSchema = z.core.JSONSchema.BaseSchema

interface Annotation {
  id?: string
  title?: string
  description?: string
}

// Named parts become `$defs`, so other languages can validate one entity (`#/$defs/Objective`).
const DEFINITIONS: [z.ZodType, Annotation][] = [
  [periodSchema, { id: 'Period', description: 'A span of time OKRs are set for; end inclusive.' }],
  [teamSchema, { id: 'Team', description: 'A team; parentId places it in the organisation.' }],
  [personSchema, { id: 'Person', description: 'A person who can own objectives and KRs.' }],
  [
    objectiveSchema,
    { id: 'Objective', description: 'A qualitative goal for a period, with its key results.' },
  ],
  [
    keyResultSchema,
    { id: 'KeyResult', description: 'A measurable outcome; weight defaults to 1.' },
  ],
  [
    metricMeasureSchema,
    { id: 'MetricMeasure', description: 'A number moving from start towards target (≠ start).' },
  ],
  [
    milestoneMeasureSchema,
    { id: 'MilestoneMeasure', description: 'Done or not, maybe by a date.' },
  ],
  [checkInSchema, { id: 'CheckIn', description: 'A monthly check-in on one key result.' }],
  [updateSchema, { id: 'Update', description: 'The story of a month: what, why, so what.' }],
  [
    retrospectiveSchema,
    { id: 'Retrospective', description: 'The close of a period: final scores, lessons.' },
  ],
  [metaSchema, { id: 'Meta', description: 'Host data, kept untouched by okrkit.' }],
  [metaValueSchema, { id: 'JsonValue' }],
  [idSchema, { id: 'Id' }],
  [titleSchema, { id: 'Title', description: 'A name, label or title; never blank.' }],
  [isoDateSchema, { id: 'IsoDate', description: 'A calendar date YYYY-MM-DD, no time zone.' }],
]

/** A JSON value, bounded like the rest of the document: what `metaValueSchema` checks. */
function jsonValueAlternatives(): JsonSchema[] {
  const self = { $ref: '#/$defs/JsonValue' }
  return [
    { type: 'string', maxLength: LIMITS.textLength },
    { type: 'number' },
    { type: 'boolean' },
    { type: 'null' },
    { maxItems: LIMITS.metaEntries, type: 'array', items: self },
    {
      type: 'object',
      propertyNames: {
        type: 'string',
        maxLength: LIMITS.idLength,
        not: { enum: [...RESERVED_KEYS] },
      },
      additionalProperties: self,
      maxProperties: LIMITS.metaEntries,
    },
  ]
}

function buildOkrDocumentJsonSchema(): JsonSchema {
  // A registry of our own: annotating zod's global one would be a side effect of importing core.
  const registry = z.registry<Annotation>()
  for (const [schema, annotation] of DEFINITIONS) registry.add(schema, annotation)
  registry.add(okrDocumentSchema, {
    title: 'okrkit OKR document',
    description: `The okrkit interchange format, schemaVersion ${CURRENT_SCHEMA_VERSION}. Generated from okrkit's zod schemas.`,
  })
  const schema = z.toJSONSchema(okrDocumentSchema, {
    target: 'draft-2020-12',
    // What a document may leave out (weights, note lists), not what parsing fills in.
    io: 'input',
    metadata: registry,
    // Only meta values are a custom type (checked by code, not by a recursive schema): the
    // override below says in JSON Schema what that code checks.
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      if ((zodSchema as unknown) === metaValueSchema) {
        for (const key of Object.keys(jsonSchema)) delete jsonSchema[key]
        jsonSchema.anyOf = jsonValueAlternatives()
        return
      }
      // Records are `meta`: what parsing checks beyond zod's shapes, said in JSON Schema.
      if (zodSchema._zod.def.type === 'record') {
        const names = typeof jsonSchema.propertyNames === 'object' ? jsonSchema.propertyNames : {}
        jsonSchema.propertyNames = { ...names, not: { enum: [...RESERVED_KEYS] } }
        jsonSchema.maxProperties = LIMITS.metaEntries
      }
    },
  })
  return deepFreeze(schema)
}

/**
 * The JSON Schema (draft 2020-12) of the OKR document, generated from the zod schemas, for
 * services in any language; also shipped as `@okrkit/core/schema.json`. It describes what a
 * document may contain (`io: 'input'`): defaulted fields such as `weight` are optional. Unknown
 * keys and `__proto__` / `constructor` / `prototype` keys are refused, as `parseOkrDocument`
 * does. Checks across fields (unique ids, a period's end after its start, a target that differs
 * from its start, nesting depth) are `parseOkrDocument`'s alone. Frozen.
 *
 * @example
 * const validate = new Ajv2020().compile(okrDocumentJsonSchema)
 * validate(JSON.parse(body)) // true for exampleDocument
 */
export const okrDocumentJsonSchema: JsonSchema = /* @__PURE__ */ buildOkrDocumentJsonSchema()

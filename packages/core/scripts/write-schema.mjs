// Writes schema.json, the shipped copy of okrDocumentJsonSchema, from the built library.
// A test compares the two, so run this (`npm run schema`) after changing a zod schema.
import { writeFileSync } from 'node:fs'
import { okrDocumentJsonSchema } from '../dist/index.js'

writeFileSync(
  new URL('../schema.json', import.meta.url),
  `${JSON.stringify(okrDocumentJsonSchema, null, 2)}\n`,
)

import {
  type CheckIn,
  exampleDocument,
  exampleDocumentZhCN,
  type KeyResult,
  type Objective,
  type OkrDocument,
} from '@okrkit/core'

/** The bundled example in the toolbar's language. */
export function exampleFor(globals: { locale?: string }): OkrDocument {
  return globals.locale === 'zh-CN' ? exampleDocumentZhCN : exampleDocument
}

/** The example's first key result with a metric (or milestone) measure, with its objective. */
export function exampleKeyResult(
  doc: OkrDocument,
  type: KeyResult['measure']['type'] = 'metric',
): { objective: Objective; keyResult: KeyResult } {
  for (const objective of doc.objectives) {
    const keyResult = objective.keyResults.find((kr) => kr.measure.type === type)
    if (keyResult) return { objective, keyResult }
  }
  throw new Error(`The example has no ${type} key result`)
}

/** Check-ins of one key result. */
export function checkInsOf(doc: OkrDocument, keyResultId: string): CheckIn[] {
  return doc.checkIns.filter((checkIn) => checkIn.keyResultId === keyResultId)
}

import type { OkrDocument } from '@okrkit/core'

/** A document as JSON (two-space indent) or YAML, ending with a newline. */
export async function serializeDocument(
  doc: OkrDocument,
  format: 'json' | 'yaml',
): Promise<string> {
  if (format === 'json') return `${JSON.stringify(doc, null, 2)}\n`
  const { stringify } = await import('yaml')
  // Written for YAML 1.1 readers too (PyYAML): dates and yes/no are quoted, so stay strings.
  return stringify(doc, { version: '1.1', lineWidth: 0 })
}

export const DOCUMENT_EXTENSIONS: Record<string, 'json' | 'yaml'> = {
  '.json': 'json',
  '.yaml': 'yaml',
  '.yml': 'yaml',
}

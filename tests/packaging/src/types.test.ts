import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { BIN, consumerProject, run } from './packed'

let dir: string
beforeAll(() => {
  dir = consumerProject().dir
})

// Uses the published types the way an app does; the @ts-expect-error lines fail the compile if a
// type degrades to `any`.
const CONSUMER = `
import { type KeyResult, type OkrDocument, parseOkrDocument, scoreKeyResult } from '@okrkit/core'
import { OkrProvider, OkrScorecard, type OkrScorecardProps } from '@okrkit/react'
import { createElement } from 'react'

const kr: KeyResult = {
  id: 'k',
  title: 'Revenue',
  weight: 1,
  measure: { type: 'metric', start: 0, target: 10 },
}
export const score: number = scoreKeyResult(kr, 7)
// @ts-expect-error the value must be a number
scoreKeyResult(kr, 'seven')

const parsed = parseOkrDocument(JSON.parse('{}') as unknown)
export const doc: OkrDocument | undefined = parsed.success ? parsed.data : undefined
// @ts-expect-error there is no data on a failure
if (!parsed.success) parsed.data.objectives

export const props: OkrScorecardProps | undefined = doc ? { document: doc } : undefined
export const element = doc
  ? createElement(OkrProvider, { locale: 'zh-CN' }, createElement(OkrScorecard, { document: doc }))
  : null
// @ts-expect-error a scorecard needs a document, not its text
createElement(OkrScorecard, { document: '{}' })
`

const COMPILER_OPTIONS = {
  strict: true,
  noEmit: true,
  skipLibCheck: false,
  jsx: 'react-jsx',
  lib: ['ES2022', 'DOM'],
  types: [],
}

function project(name: string, options: Record<string, unknown>, files: Record<string, string>) {
  const root = join(dir, name)
  mkdirSync(root, { recursive: true })
  for (const [file, text] of Object.entries(files)) writeFileSync(join(root, file), text)
  writeFileSync(
    join(root, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { ...COMPILER_OPTIONS, ...options }, include: ['*'] }),
  )
  return root
}

describe('the published types', () => {
  it('compile for a consumer with moduleResolution bundler', () => {
    const root = project(
      'bundler',
      { module: 'esnext', moduleResolution: 'bundler' },
      { 'app.ts': CONSUMER },
    )
    expect(run(join(BIN, 'tsc'), ['-p', root], dir)).toBe('')
  })

  it('compile for a consumer with moduleResolution node16, as ESM and as CommonJS', () => {
    const root = project(
      'node16',
      { module: 'node16', moduleResolution: 'node16' },
      {
        'package.json': '{ "type": "module" }',
        'app.mts': CONSUMER,
        'app.cts': CONSUMER.replace(/^import .*$/gm, (line) =>
          // A CommonJS file imports types and values with import = require.
          line.replace(/^import \{(.*)\} from '(.*)'$/, (_, names: string, from: string) =>
            [
              `import ${alias(from)} = require('${from}')`,
              ...names
                .split(',')
                .map((n) => n.trim())
                .map((n) =>
                  n.startsWith('type ')
                    ? `type ${n.slice(5)} = ${alias(from)}.${n.slice(5)}`
                    : `const ${n} = ${alias(from)}.${n}`,
                ),
            ].join('\n'),
          ),
        ),
      },
    )
    expect(run(join(BIN, 'tsc'), ['-p', root], dir)).toBe('')
  })
})

function alias(from: string): string {
  return from.replace(/\W/g, '_')
}

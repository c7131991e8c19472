import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { consumerProject, run } from './packed'

let dir: string
beforeAll(() => {
  dir = consumerProject().dir
  writeFileSync(join(dir, 'package.json'), '{ "name": "consumer", "private": true }\n')
})

/** Writes a script into the consumer project, runs it with plain Node and parses its JSON output. */
function runScript(file: string, source: string): Record<string, unknown> {
  writeFileSync(join(dir, file), source)
  return JSON.parse(run(process.execPath, [file], dir))
}

// The same checks in both module systems: a score, a parse of the bundled example, a lint, a
// Chinese message, and a server render of a component.
const CORE_CHECKS = `
const kr = { id: 'k', title: 'Revenue', measure: { type: 'metric', start: 0, target: 10 } }
const parsed = core.parseOkrDocument(core.exampleDocument)
const bad = core.parseOkrDocument({ schemaVersion: 1, __proto__: null, objectives: 'no' })
result = {
  score: core.scoreKeyResult(kr, 7),
  parsed: parsed.success,
  badCodes: bad.success ? [] : bad.issues.map((issue) => issue.code),
  lintCodes: core.lintOkrSet(parsed.data).map((issue) => issue.code).length >= 0,
  zh: core.formatMessage('parse.not_a_document', {}, { locale: 'zh-CN' }),
  schemaTitle: schema.title,
}
`
const REACT_CHECKS = `
const doc = core.exampleDocument
const html = server.renderToStaticMarkup(
  React.createElement(kit.OkrProvider, { locale: 'zh-CN' },
    React.createElement(kit.OkrScorecard, { document: doc })),
)
result.react = { scorecard: html.includes('okr-OkrScorecard'), chinese: /[\u4e00-\u9fff]/.test(html) }
`

describe('a consumer of the packed packages', () => {
  it('imports them from a plain Node ESM script', () => {
    const result = runScript(
      'esm.mjs',
      `import * as core from '@okrkit/core'
import * as kit from '@okrkit/react'
import React from 'react'
import * as server from 'react-dom/server'
import { createRequire } from 'node:module'
const schema = createRequire(import.meta.url)('@okrkit/core/schema.json')
let result
${CORE_CHECKS}
${REACT_CHECKS}
result.styles = import.meta.resolve('@okrkit/react/styles.css').endsWith('/dist/styles.css')
console.log(JSON.stringify(result))
`,
    )
    expect(result).toEqual(expected())
  })

  it('requires them from a plain Node CommonJS script', () => {
    const result = runScript(
      'cjs.cjs',
      `const core = require('@okrkit/core')
const kit = require('@okrkit/react')
const React = require('react')
const server = require('react-dom/server')
const schema = require('@okrkit/core/schema.json')
let result
${CORE_CHECKS}
${REACT_CHECKS}
result.styles = require.resolve('@okrkit/react/styles.css').endsWith('/dist/styles.css')
console.log(JSON.stringify(result))
`,
    )
    expect(result).toEqual(expected())
  })

  it('runs the okrkit command from its packed bin', () => {
    const out = run(
      process.execPath,
      [join(dir, 'node_modules', '@okrkit', 'cli', 'dist', 'bin.js'), 'score', '--example'],
      dir,
    )
    expect(out).toMatch(/\d\.\d\d/)
  })
})

function expected() {
  return {
    score: 0.7,
    parsed: true,
    badCodes: expect.arrayContaining([expect.any(String)]),
    lintCodes: true,
    zh: expect.stringMatching(/[\u4e00-\u9fff]/),
    schemaTitle: 'okrkit OKR document',
    react: { scorecard: true, chinese: true },
    styles: true,
  }
}

// @ts-check
import { spawn } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { exampleDocument } from '@okrkit/core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const here = dirname(fileURLToPath(import.meta.url))
/** @type {import('node:child_process').ChildProcess} */
let server
let url = ''

// The service as it runs in production: `node server.js`, on a random free port.
beforeAll(async () => {
  server = spawn(process.execPath, [join(here, 'server.js')], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0' },
  })
  url = await new Promise((resolve, reject) => {
    server.stdout?.setEncoding('utf8').on('data', (line) => {
      const found = /http:\/\/\S+/.exec(String(line))
      if (found) resolve(found[0])
    })
    server.on('exit', (code) => reject(new Error(`the server exited with ${code}`)))
  })
})

afterAll(() => {
  server?.kill()
})

/**
 * @param {unknown} body
 * @param {Record<string, string>} [headers]
 */
const post = (body, headers = {}) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })

describe('validate service', () => {
  it('listens on 127.0.0.1 on the port the system gave it', () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/validate$/)
  })

  it('answers 200 with scores and lint warnings for a valid document', async () => {
    const response = await post(exampleDocument)
    expect(response.status).toBe(200)
    const body = /** @type {any} */ (await response.json())
    expect(body.valid).toBe(true)
    expect(body.scores.keyResults['kr-nps']).toEqual({ score: 0.7, provenance: 'manual' })
    expect(body.scores.objectives['obj-company-customers'].score).toBeCloseTo(0.667, 3)
    expect(body.scores.cycles).toEqual([])
    expect(Array.isArray(body.warnings)).toBe(true)
  })

  it('answers 422 with every issue, its code and path, in the asked language', async () => {
    const invalid = { ...exampleDocument, colour: 'red', objectives: [{ id: 'o1' }] }
    const response = await post(invalid, { 'accept-language': 'zh-CN,zh;q=0.9' })
    expect(response.status).toBe(422)
    const body = /** @type {any} */ (await response.json())
    expect(body.valid).toBe(false)
    expect(body.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'unknown_key', path: ['colour'] }),
        expect.objectContaining({ code: 'required', path: ['objectives', 0, 'title'] }),
      ]),
    )
    expect(body.issues[0].message).toMatch(/\p{Script=Han}/u)
  })

  it('refuses what is not a document: 400 for bad JSON, 405 for GET, 404 elsewhere', async () => {
    expect((await post('{"schemaVersion": 1,')).status).toBe(400)
    expect((await fetch(url)).status).toBe(405)
    expect((await fetch(url.replace('/validate', '/other'), { method: 'POST' })).status).toBe(404)
  })

  it('refuses a body over 1 MB before parsing it', async () => {
    const response = await post(`"${'x'.repeat(1_100_000)}"`)
    expect(response.status).toBe(413)
  })
})

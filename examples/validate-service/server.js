// @ts-check
// A backend service that validates OKR documents: POST one to /validate and get 200 with its
// scores (and lint warnings), or 422 with every issue. Node's own http module, no framework.
import { createServer } from 'node:http'
import { fileURLToPath } from 'node:url'
import { lintOkrSet, parseOkrDocument, resolveLocale, rollUp } from '@okrkit/core'

/** Bodies above this are refused before they are parsed. */
const MAX_BODY_BYTES = 1_000_000

/**
 * @param {import('node:http').ServerResponse} response
 * @param {number} status
 * @param {unknown} body
 */
function send(response, status, body) {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
  response.end(JSON.stringify(body))
}

/**
 * The request body as text, or `undefined` when it is larger than `MAX_BODY_BYTES`.
 * @param {import('node:http').IncomingMessage} request
 * @returns {Promise<string | undefined>}
 */
async function readBody(request) {
  /** @type {Buffer[]} */
  const chunks = []
  let size = 0
  for await (const chunk of request) {
    size += chunk.length
    if (size > MAX_BODY_BYTES) return undefined
    chunks.push(chunk)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/**
 * Scores by id: every objective's own and subtree score, every KR's score and where it comes from.
 * @param {import('@okrkit/core').OkrDocument} doc
 */
function scoresOf(doc) {
  const { objectives, keyResults, cycles, orphans } = rollUp(doc)
  return {
    objectives: Object.fromEntries(
      [...objectives].map(([id, o]) => [
        id,
        { score: o.score?.value ?? null, treeScore: o.treeScore?.value ?? null },
      ]),
    ),
    keyResults: Object.fromEntries(
      [...keyResults].map(([id, s]) => [id, { score: s.value, provenance: s.provenance }]),
    ),
    cycles,
    orphans,
  }
}

/** The service: `POST /validate` with a JSON document; `?locale=zh-CN` or Accept-Language picks the language. */
export function createValidateServer() {
  return createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost')
    if (url.pathname !== '/validate') return send(response, 404, { error: 'not_found' })
    if (request.method !== 'POST') {
      response.setHeader('allow', 'POST')
      return send(response, 405, { error: 'method_not_allowed' })
    }
    const body = await readBody(request)
    if (body === undefined)
      return send(response, 413, { error: 'too_large', maxBytes: MAX_BODY_BYTES })
    let input
    try {
      input = JSON.parse(body)
    } catch (error) {
      return send(response, 400, { error: 'invalid_json', message: String(error) })
    }
    const locale = resolveLocale(
      url.searchParams.get('locale') ?? request.headers['accept-language']?.split(',')[0],
    )
    // Never throws: the document, or every issue with code, path and localised message.
    const result = parseOkrDocument(input, { locale })
    if (!result.success) return send(response, 422, { valid: false, issues: result.issues })
    const warnings = lintOkrSet(result.data, { locale })
    return send(response, 200, { valid: true, scores: scoresOf(result.data), warnings })
  })
}

// Run directly (`node server.js`): listen on HOST:PORT, by default 127.0.0.1:3000.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = createValidateServer()
  const host = process.env.HOST ?? '127.0.0.1'
  server.listen(Number(process.env.PORT ?? 3000), host, () => {
    const address = server.address()
    const port = typeof address === 'object' && address ? address.port : process.env.PORT
    console.log(`okrkit validate service on http://${host}:${port}/validate`)
  })
}

// WHATWG URL exists in every runtime core targets; core's compile sees no DOM or Node types.
declare const URL: new (url: string) => { protocol: string; href: string }

/** Schemes a link built from document data may use. */
export const SAFE_LINK_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:'])

// Browsers ignore leading control characters and spaces, and tabs or newlines inside a scheme
// ("java\tscript:"), so the check must see the URL the way a browser will.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const IGNORED_BY_BROWSERS = /[\u0000-\u0020]/g

/**
 * The URL when it is safe to put in an `href`: an absolute `http:`, `https:` or `mailto:` URL.
 * Anything else (`javascript:`, `data:`, `vbscript:`, relative or malformed) gives `undefined`.
 *
 * @example
 * safeHref(' JavaScript:alert(1)') // undefined
 * safeHref('https://example.com/okrs') // 'https://example.com/okrs'
 */
export function safeHref(url: unknown): string | undefined {
  if (typeof url !== 'string' || url.length > 2_048) return undefined
  const compact = url.replace(IGNORED_BY_BROWSERS, '')
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1]
  if (scheme === undefined || !SAFE_LINK_PROTOCOLS.has(`${scheme.toLowerCase()}:`)) return undefined
  try {
    const parsed = new URL(url.trim())
    return SAFE_LINK_PROTOCOLS.has(parsed.protocol) ? parsed.href : undefined
  } catch {
    return undefined
  }
}

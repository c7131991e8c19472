import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { safeHref } from './safe-href'

describe('safeHref', () => {
  it.each([
    'https://example.com/okrs?q=1#k',
    'http://intranet.local/wiki',
    'mailto:team@example.com',
    'HTTPS://EXAMPLE.COM/',
    '  https://example.com/padded  ',
  ])('keeps %s', (url) => {
    expect(safeHref(url)).toBe(new URL(url.trim()).href)
  })

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    '  javascript:alert(1)',
    '\u0001javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '//evil.example.com',
    '/relative/path',
    'https//missing-colon',
    // A safe scheme the URL parser still rejects: no host, a space in the host, or a control
    // character inside the scheme that browsers do not skip.
    'http://',
    'https://exa mple.com',
    'ht\u0001tp://example.com',
    '',
    `https://${'a'.repeat(3_000)}`,
  ])('refuses %j', (url) => {
    expect(safeHref(url)).toBeUndefined()
  })

  it('refuses non-strings', () => {
    for (const value of [undefined, null, 42, {}, ['https://example.com']])
      expect(safeHref(value)).toBeUndefined()
  })

  it('only ever returns http(s) or mailto URLs', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.webUrl(),
          fc.string().map((s) => `javascript:${s}`),
        ),
        (input) => {
          const href = safeHref(input)
          return href === undefined || /^(https?|mailto):/.test(href)
        },
      ),
    )
  })
})

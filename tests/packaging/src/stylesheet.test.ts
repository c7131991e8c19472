import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const react = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'packages', 'react')
const stylesDir = join(react, 'src', 'styles')
const sources = readdirSync(stylesDir)
  .filter((file) => file.endsWith('.css'))
  .map((file) => readFileSync(join(stylesDir, file), 'utf8'))
const shipped = readFileSync(join(react, 'dist', 'styles.css'), 'utf8')

const all = (pattern: RegExp, texts: string[]) =>
  [...new Set(texts.flatMap((text) => [...text.matchAll(pattern)].map((match) => match[0])))].sort()

describe('@okrkit/react/styles.css as shipped', () => {
  it('is minified: no comments, no indentation', () => {
    expect(shipped).not.toContain('/*')
    expect(shipped).not.toMatch(/\n\s/)
  })

  it('holds every custom property, component class and data-part of the sources', () => {
    expect(all(/--okr-[\w-]+/g, [shipped])).toEqual(all(/--okr-[\w-]+/g, sources))
    expect(all(/\.okr-[A-Z]\w+/g, [shipped])).toEqual(all(/\.okr-[A-Z]\w+/g, sources))
    const parts = /data-part="?[\w-]+/g
    const unquoted = (list: string[]) => [...new Set(list.map((p) => p.replace('"', '')))].sort()
    expect(unquoted(all(parts, [shipped]))).toEqual(unquoted(all(parts, sources)))
  })

  it('keeps the dark theme for explicit and system preference', () => {
    expect(shipped).toContain('[data-okr-theme=dark]')
    expect(shipped).toMatch(/@media\s*\(prefers-color-scheme:\s*dark\)/)
  })
})

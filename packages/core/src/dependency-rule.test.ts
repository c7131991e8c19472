import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const src = dirname(fileURLToPath(import.meta.url))
const isTest = (file: string) => /\.test(-d)?\.ts$/.test(file) || file.includes('__fixtures__')

function libraryFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return libraryFiles(path)
    return entry.name.endsWith('.ts') && !isTest(path) ? [path] : []
  })
}

const IMPORT = /\bfrom\s+'([^']+)'|\bimport\s*\(\s*'([^']+)'\s*\)|^import\s+'([^']+)'/gm

// Core runs in browsers, Node, workers and edge: it may import only its declared packages.
describe('core dependency rule', () => {
  it('imports only zod, date-fns and its own files', () => {
    const files = libraryFiles(src)
    expect(files.length).toBeGreaterThan(30)
    const offending: string[] = []
    let imports = 0
    for (const file of files) {
      for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
        const specifier = match[1] ?? match[2] ?? match[3] ?? ''
        imports++
        const allowed = specifier.startsWith('.') || specifier === 'zod' || specifier === 'date-fns'
        if (!allowed) offending.push(`${relative(src, file)}: ${specifier}`)
      }
    }
    expect(imports).toBeGreaterThan(100)
    expect(offending).toEqual([])
  })
})

import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { expectNoPoisoning, watchGlobals } from '../../__fixtures__/poisoning'
import { deepFreeze } from '../../data/localized-text'
import { CURRENT_SCHEMA_VERSION } from '../../model/document'
import { migrateDocument, parseOkrDocument } from '../parse-okr-document'
import { MIGRATIONS, PRE_RELEASE_SCHEMA_VERSION } from './index'

watchGlobals()
afterEach(expectNoPoisoning)

// Documents as each version of the format wrote them: `__fixtures__/v<version>/<name>.json`. A
// fixture of an older version with a namesake in the current folder is the same document, so it
// must migrate to exactly that file. Fixtures of a released version are never edited.
const FIXTURES = fileURLToPath(new URL('./__fixtures__', import.meta.url))

interface Fixture {
  version: number
  name: string
  label: string
  input: Record<string, unknown>
}

const folders = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)

const fixtures: Fixture[] = folders.flatMap((folder) =>
  readdirSync(join(FIXTURES, folder))
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => ({
      version: Number(folder.slice(1)),
      name: file.slice(0, -'.json'.length),
      label: `${folder}/${file}`,
      input: JSON.parse(readFileSync(join(FIXTURES, folder, file), 'utf8')),
    })),
)

const ofVersion = (version: number) => fixtures.filter((f) => f.version === version)
const currentNamesake = (fixture: Fixture) =>
  ofVersion(CURRENT_SCHEMA_VERSION).find((f) => f.name === fixture.name)
const older = fixtures.filter((f) => f.version < CURRENT_SCHEMA_VERSION)
const versions = Array.from({ length: CURRENT_SCHEMA_VERSION + 1 }, (_, version) => version)

/** A fixture to edit: a deep copy, typed loosely like JSON. */
const copyOf = (version: number, name: string) =>
  JSON.parse(JSON.stringify(ofVersion(version).find((f) => f.name === name)?.input))

const codes = (input: unknown) => parseOkrDocument(input).issues?.map((i) => [i.code, i.path])

describe('fixtures', () => {
  it('has a folder for every version from the pre-release format to the current one', () => {
    expect(folders.sort()).toEqual(versions.map((version) => `v${version}`))
    for (const version of versions) {
      const names = ofVersion(version).map((f) => f.name)
      expect(names.length, `v${version}`).toBeGreaterThanOrEqual(4)
      expect(names, `v${version}`).toEqual(expect.arrayContaining(['minimal', 'example']))
    }
  })

  it.each(fixtures)('$label migrates and validates, leaving its input as it was', (fixture) => {
    const input = deepFreeze(structuredClone(fixture.input))
    const result = parseOkrDocument(input)
    expect(result.issues).toBeUndefined()
    expect(result.data?.schemaVersion).toBe(CURRENT_SCHEMA_VERSION)
    expect(input).toEqual(fixture.input)
  })

  it.each(older.filter((f) => currentNamesake(f)))(
    '$label becomes exactly its namesake of the current version',
    (fixture) => {
      const expected = currentNamesake(fixture)?.input
      expect(migrateDocument(fixture.input).data).toEqual(expected)
      expect(parseOkrDocument(fixture.input).data).toEqual(parseOkrDocument(expected).data)
    },
  )

  it.each(ofVersion(CURRENT_SCHEMA_VERSION))(
    '$label is current: migration returns it untouched',
    (fixture) => {
      const input = deepFreeze(structuredClone(fixture.input))
      expect(migrateDocument(input).data).toBe(input)
    },
  )

  it.each(ofVersion(CURRENT_SCHEMA_VERSION).filter((f) => f.name !== 'defaults-omitted'))(
    '$label spells out every default, so parsing gives it back as it is',
    (fixture) => {
      expect(parseOkrDocument(fixture.input).data).toEqual(fixture.input)
    },
  )

  it('v1/defaults-omitted.json gets the defaults filled in', () => {
    const fixture = ofVersion(1).find((f) => f.name === 'defaults-omitted') as Fixture
    const data = parseOkrDocument(fixture.input).data
    expect(data?.objectives[0]?.keyResults[0]?.weight).toBe(1)
    expect(data?.checkIns[0]).toMatchObject({
      update: { what: '', why: '', soWhat: '' },
      headwinds: [],
      tailwinds: [],
      decisions: [],
      risks: [],
      learnings: [],
    })
    expect(data?.retrospectives[0]).toMatchObject({ wentWell: [], toImprove: [] })
  })
})

describe('the pre-release format (version 0)', () => {
  it('is a document without schemaVersion', () => {
    expect(PRE_RELEASE_SCHEMA_VERSION).toBe(0)
    expect(MIGRATIONS[0]?.from).toBe(PRE_RELEASE_SCHEMA_VERSION)
  })

  it('renames baseline to start and writes statuses in kebab-case, and nothing else', () => {
    const v0 = {
      periods: [],
      objectives: [
        {
          id: 'o',
          keyResults: [
            { id: 'a', measure: { type: 'metric', baseline: 0, target: 5, current: 1 } },
            { id: 'b', measure: { type: 'milestone', done: false } },
          ],
        },
      ],
      checkIns: [
        { id: 'c1', status: 'on_track' },
        { id: 'c2', status: 'off_track', meta: { status: 'off_track' } },
        { id: 'c3', status: 'at_risk' },
        { id: 'c4', status: 'on-track' },
      ],
      meta: { baseline: 1, checkIns: [{ status: 'at_risk' }] },
    }
    expect(migrateDocument(v0).data).toEqual({
      schemaVersion: 1,
      periods: [],
      objectives: [
        {
          id: 'o',
          keyResults: [
            { id: 'a', measure: { type: 'metric', start: 0, target: 5, current: 1 } },
            { id: 'b', measure: { type: 'milestone', done: false } },
          ],
        },
      ],
      checkIns: [
        { id: 'c1', status: 'on-track' },
        { id: 'c2', status: 'off-track', meta: { status: 'off_track' } },
        { id: 'c3', status: 'at-risk' },
        { id: 'c4', status: 'on-track' },
      ],
      meta: { baseline: 1, checkIns: [{ status: 'at_risk' }] },
    })
  })

  it('keeps both fields when a measure has baseline and start, and parsing reports baseline', () => {
    const input = copyOf(0, 'edge-cases')
    input.objectives[0].keyResults[0].measure.start = 1
    expect(codes(input)).toEqual([
      ['unknown_key', ['objectives', 0, 'keyResults', 0, 'measure', 'baseline']],
    ])
  })

  it('leaves statuses it does not know for the schema to report', () => {
    const input = copyOf(0, 'edge-cases')
    input.checkIns[0].status = 'green'
    expect(codes(input)).toEqual([['invalid_value', ['checkIns', 0, 'status']]])
  })

  it('leaves anything but lists of objects where lists are expected for the schema', () => {
    const input = {
      ...copyOf(0, 'minimal'),
      objectives: [{ keyResults: 'none' }, null],
      checkIns: 'none',
    }
    const found = codes(input) ?? []
    expect(found).toEqual(
      expect.arrayContaining([
        ['invalid_type', ['objectives', 0, 'keyResults']],
        ['invalid_type', ['objectives', 1]],
        ['invalid_type', ['checkIns']],
      ]),
    )
    expect(found.map(([code]) => code)).not.toContain('invalid')
  })

  it('is never written as schemaVersion 0: that is refused', () => {
    expect(codes({ ...copyOf(0, 'example'), schemaVersion: 0 })).toEqual([
      ['invalid_schema_version', ['schemaVersion']],
    ])
  })

  it('never throws, never changes its input and touches no global, whatever is inside', () => {
    const anything = fc.anything({ withNullPrototype: true, withSparseArray: true })
    const list = fc.oneof(
      anything,
      fc.array(fc.oneof(anything, fc.dictionary(fc.string(), anything))),
    )
    const preRelease = fc.record(
      {
        objectives: fc.array(
          fc.record(
            {
              keyResults: fc.array(
                fc.record(
                  {
                    measure: fc.oneof(
                      anything,
                      fc.record({
                        type: fc.constantFrom('metric', 'milestone', 'other'),
                        baseline: anything,
                        start: anything,
                      }),
                    ),
                  },
                  { requiredKeys: [] },
                ),
              ),
            },
            { requiredKeys: [] },
          ),
        ),
        checkIns: fc.oneof(
          list,
          fc.array(
            fc.record({ status: fc.oneof(fc.constantFrom('on_track', 'at_risk'), anything) }),
          ),
        ),
        retrospectives: list,
      },
      { requiredKeys: [] },
    )
    fc.assert(
      fc.property(preRelease, (doc) => {
        const before = structuredClone(doc)
        const result = parseOkrDocument(deepFreeze(doc))
        expect(result.success || result.issues.every((i) => i.code !== 'invalid')).toBe(true)
        expect(doc).toEqual(before)
      }),
    )
  })
})

describe('MIGRATIONS', () => {
  it('is a chain from the pre-release format to the current version, each step described', () => {
    expect(MIGRATIONS.map((m) => m.from)).toEqual(versions.slice(0, -1))
    for (const migration of MIGRATIONS) expect(migration.description.length).toBeGreaterThan(40)
  })

  it('has every migration exercised by a fixture it changes', () => {
    const spies = MIGRATIONS.map((migration) => vi.spyOn(migration, 'migrate'))
    for (const fixture of fixtures) parseOkrDocument(fixture.input)
    for (const [from, spy] of spies.entries()) {
      expect(spy, `MIGRATIONS[${from}] was never run by a fixture`).toHaveBeenCalled()
    }
    for (const migration of MIGRATIONS) {
      const changed = ofVersion(migration.from).filter(
        (f) => JSON.stringify(migration.migrate(f.input)) !== JSON.stringify(f.input),
      )
      expect(
        changed.length,
        `no v${migration.from} fixture exercises its migration`,
      ).toBeGreaterThan(0)
    }
  })
})

describe('newer versions', () => {
  const example = ofVersion(CURRENT_SCHEMA_VERSION).find((f) => f.name === 'example') as Fixture

  it.each([CURRENT_SCHEMA_VERSION + 1, 999])(
    'refuses schemaVersion %i with unsupported_schema_version, never rewriting the input',
    (schemaVersion) => {
      const newer = { ...structuredClone(example.input), schemaVersion, fieldFromTheFuture: [] }
      const before = structuredClone(newer)
      const input = deepFreeze(newer)
      for (const result of [parseOkrDocument(input), migrateDocument(input)]) {
        expect(result.success).toBe(false)
        expect(result.data).toBeUndefined()
        expect(result.issues).toEqual([
          expect.objectContaining({
            code: 'unsupported_schema_version',
            path: ['schemaVersion'],
            params: { found: String(schemaVersion), supported: CURRENT_SCHEMA_VERSION },
          }),
        ])
      }
      expect(input).toEqual(before)
    },
  )

  it('says in both languages that okrkit must be updated', () => {
    const input = { ...example.input, schemaVersion: CURRENT_SCHEMA_VERSION + 1 }
    expect(parseOkrDocument(input).issues?.[0]?.message).toContain('Update okrkit')
    expect(parseOkrDocument(input, { locale: 'zh-CN' }).issues?.[0]?.message).toContain(
      '请升级 okrkit',
    )
  })
})

import {
  type CheckIn,
  exampleDocument,
  type KeyResult,
  type Objective,
  type OkrDocument,
  okrDocumentJsonSchema,
  parseOkrDocument,
} from '@okrkit/core'
import { render } from '@testing-library/react'
import type { ReactElement } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import * as okrkit from '../index'
import {
  AlignmentTree,
  CheckInForm,
  ConfidenceGuide,
  KeyResultEditor,
  KeyResultScorecard,
  ObjectiveEditor,
  ObjectiveScorecard,
  OkrProvider,
  OkrScorecard,
  OkrSetEditor,
  RetrospectiveForm,
  ScoreBadge,
  ScoreSlider,
  ScoreTrendChart,
  StatusBadge,
  WorkshopTimer,
} from '../index'

// A host renders whatever its users typed. Every text field of the document holds markup, script
// and template syntax here, and every component must show it as the characters typed: nothing
// in the data may become an element, an attribute, a link or a filled-in placeholder.

const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '"><svg onload=window.__pwned=1>',
  '<a href="javascript:window.__pwned=1">link</a>',
  'javascript:window.__pwned=1',
  '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  "</textarea><input autofocus onfocus='window.__pwned=1'>",
  '{{constructor}} {constructor} {__proto__} {title} {team} {period} {count}',
  '&lt;b&gt;bold&lt;/b&gt; &amp; &#60;i&#62;',
] as const

/** A unit holds at most 50 characters: one short payload each. */
const UNIT_PAYLOADS = [
  '<b>u</b>',
  '"><svg onload=window.__pwned=1>',
  '<img src=x onerror=alert(1)>',
  '{count} &lt;b&gt;',
] as const

/** The text of a field from its label; units are labelled `u0`, `u1` …. */
type TextOf = (label: string, kind?: 'unit') => string

// Each field ends with its own label, so a test can tell which fields a component shows.
const hostileText: TextOf = (label, kind) =>
  kind === 'unit'
    ? `${UNIT_PAYLOADS[Number(label.slice(1)) % UNIT_PAYLOADS.length]}⟦${label}⟧`
    : `${PAYLOADS.join(' ')} ⟦${label}⟧`
const plainText: TextOf = (label) => `Plain text ⟦${label}⟧`

const NOTE_LISTS = ['headwinds', 'tailwinds', 'decisions', 'risks', 'learnings'] as const

/**
 * The example document with every text field written by `text`: core's example has three teams,
 * aligned objectives, metric and milestone key results, check-ins and a retrospective. Fields
 * the example leaves out (descriptions, notes) are filled in too.
 */
function documentWith(text: TextOf): OkrDocument {
  const doc = structuredClone(exampleDocument) as OkrDocument
  let units = 0
  const keyResult = (kr: KeyResult): KeyResult => ({
    ...kr,
    title: text(`${kr.id}.title`),
    measure:
      kr.measure.type === 'metric'
        ? { ...kr.measure, unit: text(`u${units++}`, 'unit') }
        : kr.measure,
    meta: { html: text(`${kr.id}.meta`) },
  })
  const objective = (o: Objective): Objective => ({
    ...o,
    title: text(`${o.id}.title`),
    description: text(`${o.id}.description`),
    keyResults: o.keyResults.map(keyResult),
  })
  const checkIn = (c: CheckIn): CheckIn => ({
    ...c,
    update: {
      what: text(`${c.id}.what`),
      why: text(`${c.id}.why`),
      soWhat: text(`${c.id}.soWhat`),
    },
    ...Object.fromEntries(NOTE_LISTS.map((list) => [list, [text(`${c.id}.${list}`)]])),
  })
  const input: OkrDocument = {
    ...doc,
    periods: doc.periods.map((p) => ({ ...p, label: text(`${p.id}.label`) })),
    teams: doc.teams.map((t) => ({ ...t, name: text(`${t.id}.name`) })),
    people: doc.people.map((p) => ({ ...p, name: text(`${p.id}.name`) })),
    objectives: doc.objectives.map(objective),
    checkIns: doc.checkIns.map(checkIn),
    retrospectives: doc.retrospectives.map((r) => ({
      ...r,
      wentWell: [text(`${r.id}.wentWell`)],
      toImprove: [text(`${r.id}.toImprove`)],
    })),
  }
  const parsed = parseOkrDocument(input)
  if (!parsed.success) throw new Error(JSON.stringify(parsed.issues, null, 2))
  return parsed.data
}

const hostile = documentWith(hostileText)
const plain = documentWith(plainText)

const TEAM_ID = 'team-support'
const OBJECTIVE_ID = 'obj-support-response'
const KEY_RESULT_ID = 'kr-first-response'

function parts(doc: OkrDocument) {
  const objective = doc.objectives.find((o) => o.id === OBJECTIVE_ID) as Objective
  const keyResult = objective.keyResults.find((kr) => kr.id === KEY_RESULT_ID) as KeyResult
  const period = doc.periods.find((p) => p.id === objective.periodId)
  if (!period) throw new Error(`No period ${objective.periodId} in the example document`)
  const checkIns = doc.checkIns.filter((c) => c.keyResultId === KEY_RESULT_ID)
  const lastCheckIn = checkIns[checkIns.length - 1] as CheckIn
  return { objective, keyResult, period, lastCheckIn }
}

/** Each exported component, given the props that make it show the document's text. */
const SCENES: Record<string, (doc: OkrDocument) => ReactElement> = {
  // The badges show no document text; a host describes them with the key result's.
  ScoreBadge: (doc) => <ScoreBadge score={0.7} aria-description={parts(doc).keyResult.title} />,
  StatusBadge: (doc) => (
    <StatusBadge status="at-risk" aria-description={parts(doc).keyResult.title} />
  ),
  ScoreSlider: (doc) => <ScoreSlider defaultValue={0.7} label={parts(doc).keyResult.title} />,
  ConfidenceGuide: (doc) => <ConfidenceGuide label={parts(doc).keyResult.title} showCalibration />,
  // A facilitator's agenda made of the set's objectives.
  WorkshopTimer: (doc) => (
    <WorkshopTimer
      steps={doc.objectives.map((o) => ({
        id: o.id,
        minutes: 5,
        title: o.title,
        summary: o.description,
      }))}
    />
  ),
  ScoreTrendChart: (doc) => {
    const { objective, period } = parts(doc)
    return (
      <ScoreTrendChart
        keyResult={objective.keyResults}
        checkIns={doc.checkIns}
        period={period}
        showTable
      />
    )
  },
  KeyResultEditor: (doc) => {
    const { objective, keyResult } = parts(doc)
    return <KeyResultEditor defaultValue={keyResult} objective={objective} people={doc.people} />
  },
  ObjectiveEditor: (doc) => (
    <ObjectiveEditor
      defaultValue={parts(doc).objective}
      people={doc.people}
      objectives={doc.objectives}
    />
  ),
  OkrSetEditor: (doc) => <OkrSetEditor defaultValue={doc} teamId={TEAM_ID} />,
  CheckInForm: (doc) => {
    const { keyResult, period, lastCheckIn } = parts(doc)
    return (
      <CheckInForm
        keyResult={keyResult}
        period={period}
        checkIns={doc.checkIns}
        defaultValue={lastCheckIn}
      />
    )
  },
  RetrospectiveForm: (doc) => (
    <RetrospectiveForm document={doc} periodId={parts(doc).period.id} teamId={TEAM_ID} />
  ),
  KeyResultScorecard: (doc) => <KeyResultScorecard document={doc} keyResultId={KEY_RESULT_ID} />,
  ObjectiveScorecard: (doc) => (
    <ObjectiveScorecard document={doc} objectiveId={OBJECTIVE_ID} defaultExpanded />
  ),
  OkrScorecard: (doc) => <OkrScorecard document={doc} />,
  AlignmentTree: (doc) => <AlignmentTree document={doc} />,
}

/** Exports that are not views of a document: the provider wraps every scene. */
const NOT_VIEWS = ['OkrProvider']

/** Elements a component never makes from its own markup, only from interpreted data. */
const FOREIGN_TAGS = ['script', 'img', 'iframe', 'object', 'embed', 'style', 'link', 'meta', 'b']
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc', 'data']

/** A message key, as `t` shows one that its catalog lacks. */
const CATALOG_KEY =
  /\b(?:ui|grade|provenance|status|pace|period|parse|lint|ambition|confidence|report|csv)\.[\w.-]+/g

function renderScene(scene: (doc: OkrDocument) => ReactElement, doc: OkrDocument) {
  return render(<OkrProvider today="2026-03-31">{scene(doc)}</OkrProvider>)
}

/** Everything a reader (or assistive technology) gets: text, control values, attributes. */
function shownStrings(container: HTMLElement): string[] {
  const shown = [container.textContent ?? '']
  for (const element of container.querySelectorAll('*')) {
    if ('value' in element && typeof element.value === 'string') shown.push(element.value)
    for (const attribute of element.attributes) shown.push(attribute.value)
  }
  return shown
}

function labelsShown(container: HTMLElement): string[] {
  const joined = shownStrings(container).join('\n')
  return [...joined.matchAll(/⟦([^⟧]+)⟧/g)].map((match) => match[1] as string)
}

function tagCounts(container: HTMLElement): Map<string, number> {
  const counts = new Map<string, number>()
  for (const element of container.querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase()
    counts.set(tag, (counts.get(tag) ?? 0) + 1)
  }
  return counts
}

/**
 * Where a payload would write if it ran: the test's globals, and jsdom's own window, where inline
 * handlers and scripts run (it is not the test's `globalThis`).
 */
function pwned(): unknown[] {
  const realm = (globalThis as { jsdom?: { window: object } }).jsdom?.window
  return [window, realm].map((w) => (w as { __pwned?: unknown } | undefined)?.__pwned)
}

afterEach(() => {
  expect(pwned()).toEqual([undefined, undefined])
})

describe('user text with markup', () => {
  it('fills every text field of the format, and the document is valid', () => {
    // The text fields of the interchange format, read from its JSON Schema: a new one fails
    // here until `documentWith` fills it.
    const defs = okrDocumentJsonSchema.$defs as Record<string, SchemaNode>
    expect(textFields(defs)).toEqual([
      'CheckIn.decisions[]',
      'CheckIn.headwinds[]',
      'CheckIn.learnings[]',
      'CheckIn.risks[]',
      'CheckIn.tailwinds[]',
      'KeyResult.title',
      'MetricMeasure.unit',
      'Objective.description',
      'Objective.title',
      'Period.label',
      'Person.name',
      'Retrospective.toImprove[]',
      'Retrospective.wentWell[]',
      'Team.name',
      'Update.soWhat',
      'Update.what',
      'Update.why',
    ])
    const keys = new Set(textFields(defs).map((field) => field.split('.')[1]?.replace('[]', '')))
    const found = new Set<string>()
    walkStrings(hostile, [], (path, text) => {
      const key = path.filter((p) => typeof p === 'string').at(-1) as string
      if (!keys.has(key) || path.includes('meta')) return
      found.add(key)
      const payload = [...PAYLOADS, ...UNIT_PAYLOADS].some((p) => text.startsWith(p))
      expect(payload && /⟦[^⟧]+⟧$/.test(text), path.join('.')).toBe(true)
    })
    expect(found).toEqual(keys)
    expect(hostile.objectives.length).toBe(exampleDocument.objectives.length)
  })

  it('covers every component the package exports', () => {
    const components = Object.entries(okrkit)
      .filter(([name, value]) => typeof value === 'function' && /^[A-Z]/.test(name))
      .map(([name]) => name)
      .filter((name) => !NOT_VIEWS.includes(name))
    expect(Object.keys(SCENES).sort()).toEqual(components.sort())
  })

  describe.each(Object.entries(SCENES))('%s', (_name, scene) => {
    it.each(['en', 'zh-CN'])('finds every text it shows in its catalog (%s)', (locale) => {
      // A key missing from a component's catalog shows as the key itself.
      const { container } = render(
        <OkrProvider locale={locale} today="2026-03-31">
          {scene(plain)}
        </OkrProvider>,
      )
      const keys = shownStrings(container)
        .map((text) => text.replace(/⟦[^⟧]*⟧/g, ''))
        .flatMap((text) => text.match(CATALOG_KEY) ?? [])
      expect(keys).toEqual([])
    })

    it('shows every field it shows as the characters typed, and makes nothing of it', () => {
      // The same component with plain text says which fields it shows and what it renders.
      const plainRender = renderScene(scene, plain)
      const expected = [...new Set(labelsShown(plainRender.container))]
      const plainTags = tagCounts(plainRender.container)
      plainRender.unmount()
      // A component that shows no document text would pass without proving anything.
      expect(expected.length).toBeGreaterThan(0)

      const { container } = renderScene(scene, hostile)
      const shown = shownStrings(container)
      for (const label of expected) {
        const typed = hostileText(label, /^u\d+$/.test(label) ? 'unit' : undefined)
        expect(
          shown.some((s) => s.includes(typed)),
          `${label} is not shown verbatim`,
        ).toBe(true)
      }

      const tags = tagCounts(container)
      for (const tag of tags.keys()) {
        expect(plainTags.has(tag), `a <${tag}> appeared`).toBe(true)
      }
      for (const tag of FOREIGN_TAGS) expect(tags.get(tag), `<${tag}>`).toBeUndefined()
      expect(tags.get('svg'), 'svg elements').toBe(plainTags.get('svg'))
      for (const element of container.querySelectorAll('*')) {
        for (const { name, value } of element.attributes) {
          expect(name, `event handler attribute on <${element.tagName}>`).not.toMatch(/^on/i)
          if (URL_ATTRIBUTES.includes(name)) expect(value, name).not.toMatch(/^\s*javascript:/i)
        }
      }
      for (const link of container.querySelectorAll('a')) {
        expect(link.getAttribute('href'), 'a link leaving the page').toMatch(/^#/)
      }
      expect(pwned()).toEqual([undefined, undefined])
    })
  })
})

// Reading the JSON Schema: a node is a `$ref`, a typed value, an array or an object.
interface SchemaNode {
  $ref?: string
  type?: string
  enum?: unknown[]
  const?: unknown
  format?: string
  items?: SchemaNode
  properties?: Record<string, SchemaNode>
  oneOf?: SchemaNode[]
}

/** Ids, dates and host `meta` are not text a user writes; every other string property is. */
const NOT_TEXT = new Set(['#/$defs/Id', '#/$defs/IsoDate', '#/$defs/Meta', '#/$defs/JsonValue'])

function textFields(defs: Record<string, SchemaNode>): string[] {
  const isText = (node: SchemaNode): boolean => {
    if (node.$ref !== undefined) {
      if (NOT_TEXT.has(node.$ref)) return false
      const def = defs[node.$ref.replace('#/$defs/', '')]
      return def !== undefined && def.properties === undefined && isText(def)
    }
    return node.type === 'string' && node.enum === undefined && node.const === undefined
  }
  const fields: string[] = []
  for (const [name, def] of Object.entries(defs)) {
    for (const [key, node] of Object.entries(def.properties ?? {})) {
      if (isText(node)) fields.push(`${name}.${key}`)
      else if (node.type === 'array' && node.items && isText(node.items)) {
        fields.push(`${name}.${key}[]`)
      }
    }
  }
  return fields.sort()
}

function walkStrings(
  value: unknown,
  path: (string | number)[],
  visit: (path: (string | number)[], text: string) => void,
): void {
  if (typeof value === 'string') visit(path, value)
  if (typeof value !== 'object' || value === null) return
  for (const [key, item] of Object.entries(value)) {
    walkStrings(item, [...path, Array.isArray(value) ? Number(key) : key], visit)
  }
}

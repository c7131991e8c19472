import {
  exampleDocument,
  type IssuePath,
  type KeyResult,
  type Objective,
  type OkrDocument,
} from '@okrkit/core'
import { act, type RenderHookResult, renderHook } from '@testing-library/react'
import fc from 'fast-check'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { takeConsoleMessages } from '../../test/setup'
import {
  type OkrSetEditorState,
  type RemovedObjective,
  useOkrSetEditor,
} from './use-okr-set-editor'

// Model-based test of `useOkrSetEditor`: random edits of the set's objectives and key results
// (blank, whitespace, markup and too-long texts; NaN and infinite numbers, which is what a host
// gets from `Number('abc')` or `Number('1e999')`), blank objectives added, removals and undo,
// another team picked, re-renders, the host switching between controlled and uncontrolled, and
// unmounting and remounting with the last document it was given. The model is the document the
// host should hold; after every command the hook's document and the last `onValueChange`
// payload must equal it, every invalid field of the set must be flagged at its path, and
// nothing else may change.

const PERIOD_ID = '2026-Q1'
const TEAM_IDS = exampleDocument.teams.map((team) => team.id)

const text = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '',
    '   ',
    '\n\t',
    'abc',
    '1e999',
    '<img src=x onerror=alert(1)>',
    '{constructor}',
    'x'.repeat(501),
  ),
)
const unit = fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom('', ' ', 'u'.repeat(51)))
const number = fc.oneof(fc.double(), fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0))

type Mode = 'controlled' | 'uncontrolled'
type MetricField = 'start' | 'target' | 'current'

interface HostProps {
  mode: Mode
  initial: OkrDocument
  teamId: string
  record: (doc: OkrDocument) => void
  createId: () => string
}

/** A host that saves every document it is given, and passes the saved one back when controlled. */
function useHost({ mode, initial, teamId, record, createId }: HostProps): OkrSetEditorState {
  const [saved, setSaved] = useState(initial)
  return useOkrSetEditor({
    ...(mode === 'controlled' ? { value: saved } : { defaultValue: initial }),
    onValueChange: (doc) => {
      record(doc)
      setSaved(doc)
    },
    defaultTeamId: teamId,
    createId,
  })
}

class Host {
  calls: OkrDocument[] = []
  ids = 0
  props: HostProps
  hook: RenderHookResult<OkrSetEditorState, HostProps>

  constructor(mode: Mode, initial: OkrDocument, teamId: string) {
    this.props = {
      mode,
      initial,
      teamId,
      record: (doc) => this.calls.push(doc),
      createId: () => `new-${++this.ids}`,
    }
    this.hook = this.mount()
  }

  mount() {
    return renderHook(useHost, { initialProps: this.props })
  }

  get editor(): OkrSetEditorState {
    return this.hook.result.current
  }
}

interface Model {
  doc: OkrDocument
  teamId: string
  mode: Mode
  /** The hook's undo stack: state of the mounted editor, gone when it unmounts. */
  removed: RemovedObjective[]
  /** How many `onValueChange` calls the host should have had. */
  calls: number
  ids: number
}

/** The document indexes of the set's objectives, in document order. */
function setIndexes(model: Model): number[] {
  return model.doc.objectives.flatMap((o, index) =>
    o.periodId === PERIOD_ID && o.teamId === model.teamId ? [index] : [],
  )
}

function replaceObjective(model: Model, index: number, objective: Objective) {
  model.doc = {
    ...model.doc,
    objectives: model.doc.objectives.map((o, i) => (i === index ? objective : o)),
  }
}

const titleValid = (title: string) => /\S/.test(title) && title.length <= 500

/** Every field of the set the model holds invalid, by its document path. */
function invalidPaths(model: Model): IssuePath[] {
  const paths: IssuePath[] = []
  for (const index of setIndexes(model)) {
    const objective = model.doc.objectives[index] as Objective
    const at = ['objectives', index]
    if (!titleValid(objective.title)) paths.push([...at, 'title'])
    objective.keyResults.forEach((kr, k) => {
      const krAt = [...at, 'keyResults', k]
      if (!titleValid(kr.title)) paths.push([...krAt, 'title'])
      if (kr.measure.type !== 'metric') return
      for (const field of ['start', 'target', 'current'] as const) {
        const value = kr.measure[field]
        if (value !== undefined && !Number.isFinite(value)) paths.push([...krAt, 'measure', field])
      }
      if ((kr.measure.unit?.length ?? 0) > 50) paths.push([...krAt, 'measure', 'unit'])
    })
  }
  return paths
}

function check(model: Model, host: Host) {
  const { editor, calls } = host
  expect(editor.value).toEqual(model.doc)
  expect(calls).toHaveLength(model.calls)
  if (calls.length > 0) expect(calls[calls.length - 1]).toEqual(model.doc)
  expect(editor.teamId).toBe(model.teamId)
  expect(editor.objectives.map(({ index }) => index)).toEqual(setIndexes(model))
  expect(editor.removedObjectives).toEqual(model.removed)
  // An invalid draft stays in the document, flagged where it is.
  const flagged = editor.issues.map(({ path }) => path.join('.'))
  for (const path of invalidPaths(model)) expect(flagged).toContain(path.join('.'))
  // And only the set's objectives are flagged.
  const inSet = new Set(setIndexes(model))
  for (const { path } of editor.issues) {
    if (path[0] === 'objectives' && path.length > 1) expect(inSet).toContain(path[1])
  }
}

function edit(model: Model, host: Host, change: (editor: OkrSetEditorState) => void) {
  act(() => change(host.editor))
  model.calls += 1
  check(model, host)
}

/** The document index of the set's objective in a slot (slots wrap around the set). */
function slotIndex(model: Model, slot: number): number | undefined {
  const indexes = setIndexes(model)
  return indexes.length === 0 ? undefined : indexes[slot % indexes.length]
}

function keyOf(host: Host, model: Model, slot: number): string {
  const objectives = host.editor.objectives
  return objectives[slot % setIndexes(model).length]?.key as string
}

class EditObjective implements fc.Command<Model, Host> {
  constructor(
    readonly slot: number,
    readonly field: 'title' | 'description',
    readonly text: string,
  ) {}
  check = (model: Readonly<Model>) => slotIndex(model, this.slot) !== undefined
  run(model: Model, host: Host) {
    const index = slotIndex(model, this.slot) as number
    const objective = model.doc.objectives[index] as Objective
    replaceObjective(model, index, { ...objective, [this.field]: this.text })
    const key = keyOf(host, model, this.slot)
    edit(model, host, (editor) =>
      editor.updateObjective(key, (o) => ({ ...o, [this.field]: this.text })),
    )
  }
  toString = () => `objective ${this.slot} ${this.field} ${JSON.stringify(this.text.slice(0, 40))}`
}

/** A change to one key result, as its editor would make it. */
interface KeyResultChange {
  label: string
  /** Only metric key results have the field. */
  metricOnly: boolean
  apply: (kr: KeyResult) => KeyResult
}

const setTitle = (title: string): KeyResultChange => ({
  label: `title ${JSON.stringify(title.slice(0, 40))}`,
  metricOnly: false,
  apply: (kr) => ({ ...kr, title }),
})

const setMeasure = (field: MetricField | 'unit', value: number | string): KeyResultChange => ({
  label: `${field} ${typeof value === 'string' ? JSON.stringify(value) : value}`,
  metricOnly: true,
  apply: (kr) =>
    kr.measure.type === 'metric' ? { ...kr, measure: { ...kr.measure, [field]: value } } : kr,
})

class EditKeyResult implements fc.Command<Model, Host> {
  constructor(
    readonly slot: number,
    readonly krSlot: number,
    readonly change: KeyResultChange,
  ) {}
  check = (model: Readonly<Model>) => {
    const index = slotIndex(model, this.slot)
    const krs = index === undefined ? [] : (model.doc.objectives[index] as Objective).keyResults
    const kr = krs[this.krSlot % Math.max(krs.length, 1)]
    return kr !== undefined && (!this.change.metricOnly || kr.measure.type === 'metric')
  }
  run(model: Model, host: Host) {
    const index = slotIndex(model, this.slot) as number
    const objective = model.doc.objectives[index] as Objective
    const k = this.krSlot % objective.keyResults.length
    const keyResults = (o: Objective) =>
      o.keyResults.map((kr, i) => (i === k ? this.change.apply(kr) : kr))
    replaceObjective(model, index, { ...objective, keyResults: keyResults(objective) })
    const key = keyOf(host, model, this.slot)
    edit(model, host, (editor) =>
      editor.updateObjective(key, (o) => ({ ...o, keyResults: keyResults(o) })),
    )
  }
  toString = () => `key result ${this.slot}/${this.krSlot} ${this.change.label}`
}

class AddObjective implements fc.Command<Model, Host> {
  check = () => true
  run(model: Model, host: Host) {
    model.ids += 1
    const blank: Objective = {
      id: `new-${model.ids}`,
      periodId: PERIOD_ID,
      teamId: model.teamId,
      title: '',
      level: 'team',
      commitment: 'aspirational',
      keyResults: [],
    }
    model.doc = { ...model.doc, objectives: [...model.doc.objectives, blank] }
    edit(model, host, (editor) => {
      expect(editor.addObjective()).toEqual(blank)
    })
  }
  toString = () => 'add a blank objective'
}

class RemoveObjective implements fc.Command<Model, Host> {
  constructor(readonly slot: number) {}
  check = (model: Readonly<Model>) => slotIndex(model, this.slot) !== undefined
  run(model: Model, host: Host) {
    const index = slotIndex(model, this.slot) as number
    const removed = { objective: model.doc.objectives[index] as Objective, index }
    model.doc = { ...model.doc, objectives: model.doc.objectives.filter((_, i) => i !== index) }
    model.removed = [...model.removed, removed]
    const key = keyOf(host, { ...model, doc: host.editor.value }, this.slot)
    edit(model, host, (editor) => {
      expect(editor.removeObjective(key)).toEqual(removed)
    })
  }
  toString = () => `remove objective ${this.slot}`
}

class UndoRemove implements fc.Command<Model, Host> {
  check = (model: Readonly<Model>) => model.removed.length > 0
  run(model: Model, host: Host) {
    const last = model.removed[model.removed.length - 1] as RemovedObjective
    const objectives = [...model.doc.objectives]
    objectives.splice(Math.min(last.index, objectives.length), 0, last.objective)
    model.doc = { ...model.doc, objectives }
    model.removed = model.removed.slice(0, -1)
    edit(model, host, (editor) => {
      expect(editor.undoRemoveObjective()).toEqual(last.objective)
    })
  }
  toString = () => 'undo remove'
}

class PickTeam implements fc.Command<Model, Host> {
  constructor(readonly teamId: string) {}
  check = () => true
  run(model: Model, host: Host) {
    model.teamId = this.teamId
    act(() => host.editor.setTeamId(this.teamId))
    check(model, host)
  }
  toString = () => `pick ${this.teamId}`
}

class Rerender implements fc.Command<Model, Host> {
  check = () => true
  run(model: Model, host: Host) {
    host.hook.rerender(host.props)
    check(model, host)
  }
  toString = () => 'rerender'
}

class SwitchMode implements fc.Command<Model, Host> {
  check = () => true
  run(model: Model, host: Host) {
    const from = model.mode
    const to = from === 'controlled' ? 'uncontrolled' : 'controlled'
    model.mode = to
    host.props = { ...host.props, mode: to }
    host.hook.rerender(host.props)
    // The switch is a host mistake the hook points out in development, once.
    const messages = takeConsoleMessages()
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain(`OkrSetEditor is changing from ${from} to ${to}`)
    check(model, host)
  }
  toString = () => 'switch controlled/uncontrolled'
}

class Remount implements fc.Command<Model, Host> {
  check = () => true
  run(model: Model, host: Host) {
    host.hook.unmount()
    const last = host.calls[host.calls.length - 1]
    host.props = { ...host.props, initial: last ?? host.props.initial, teamId: model.teamId }
    host.hook = host.mount()
    model.removed = []
    check(model, host)
  }
  toString = () => 'remount with the last document'
}

const slot = fc.nat({ max: 9 })
const commands = [
  fc
    .tuple(slot, fc.constantFrom('title', 'description' as const), text)
    .map(([s, field, t]) => new EditObjective(s, field, t)),
  fc
    .tuple(
      slot,
      slot,
      fc.oneof(
        text.map(setTitle),
        fc
          .tuple(fc.constantFrom<MetricField>('start', 'target', 'current'), number)
          .map(([field, n]) => setMeasure(field, n)),
        unit.map((u) => setMeasure('unit', u)),
      ),
    )
    .map(([s, k, change]) => new EditKeyResult(s, k, change)),
  fc.constant(new AddObjective()),
  slot.map((s) => new RemoveObjective(s)),
  fc.constant(new UndoRemove()),
  fc.constantFrom(...TEAM_IDS).map((teamId) => new PickTeam(teamId)),
  fc.constant(new Rerender()),
  fc.constant(new SwitchMode()),
  fc.constant(new Remount()),
]

describe('useOkrSetEditor, model-based', () => {
  it('keeps every edit in the document, flags invalid ones, and changes nothing else', () => {
    // Up to 40 commands a run; 1,000 runs (CI) take 15–45 s on this two-core machine, by load.
    fc.assert(
      fc.property(
        fc.constantFrom<Mode>('controlled', 'uncontrolled'),
        fc.constantFrom(...TEAM_IDS),
        fc.commands(commands, { maxCommands: 40, size: 'medium' }),
        (mode, teamId, cmds) => {
          const host = new Host(mode, exampleDocument, teamId)
          try {
            const model: Model = {
              doc: exampleDocument,
              teamId,
              mode,
              removed: [],
              calls: 0,
              ids: 0,
            }
            check(model, host)
            fc.modelRun(() => ({ model, real: host }), cmds)
          } finally {
            host.hook.unmount()
          }
        },
      ),
      { numRuns: process.env.CI ? 1000 : 100 },
    )
  }, 120_000)
})

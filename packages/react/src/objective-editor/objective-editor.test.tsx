import { type KeyResult, MESSAGES, type Objective, type Person } from '@okrkit/core'
import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { axeViolations } from '../../test/axe'
import { UI_MESSAGES } from '../i18n/catalog'
import { type OkrPermissions, OkrProvider } from '../provider/okr-provider'
import { ObjectiveEditor } from './objective-editor'

const { en: uiEn, 'zh-CN': uiZhCN } = UI_MESSAGES

const people: Person[] = [
  { id: 'p1', name: 'Lena Fischer' },
  { id: 'p2', name: 'Ravi Patel' },
]

const kr = (id: string, title: string): KeyResult => ({
  id,
  title,
  ownerId: 'p1',
  weight: 1,
  measure: { type: 'metric', start: 0, target: 10 },
})

const objective = (extra: Partial<Objective> = {}): Objective => ({
  id: 'o1',
  periodId: 'q1',
  teamId: 't1',
  title: 'Every customer feels heard, fast',
  level: 'team',
  commitment: 'committed',
  keyResults: [
    kr('a', 'Increase NPS by 10 points'),
    kr('b', 'Reduce churn by 2%'),
    kr('c', 'Grow retention to 95%'),
  ],
  ...extra,
})

const company: Objective = {
  id: 'company',
  periodId: 'q1',
  title: 'Customers love us',
  level: 'company',
  commitment: 'aspirational',
  keyResults: [],
}

function Controlled({
  initial,
  onChange,
}: {
  initial: Objective
  onChange: (o: Objective) => void
}) {
  const [value, setValue] = useState(initial)
  return (
    <ObjectiveEditor
      id="o"
      value={value}
      people={people}
      objectives={[company]}
      createId={() => 'new-kr'}
      onValueChange={(next) => {
        onChange(next)
        setValue(next)
      }}
    />
  )
}

/** The objective of a mock's last call; fails the test when there was none. */
function lastObjective(fn: { mock: { calls: unknown[][] } }): Objective {
  const value = fn.mock.calls.at(-1)?.[0]
  if (value === undefined) throw new Error('onValueChange was not called')
  return value as Objective
}

const titles = (o: Objective) => o.keyResults.map((k) => k.title)
const describedText = (element: HTMLElement) =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' | ')

// Typing re-renders a whole objective in jsdom; the shared CI machine is slow.
describe('ObjectiveEditor', { timeout: 30_000 }, () => {
  it('has every catalog key in Chinese with the same placeholders', () => {
    const keys = Object.keys(uiEn).filter((key) =>
      ['ui.objectiveEditor.'].some((prefix) => key.startsWith(prefix)),
    ) as (keyof typeof uiEn)[]
    expect(keys.length).toBeGreaterThan(3)
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
    for (const key of keys) {
      expect(uiZhCN[key], key).toBeTruthy()
      expect(placeholders(uiZhCN[key]), key).toEqual(placeholders(uiEn[key]))
    }
  })
  it('edits the objective’s own fields and reports each change', async () => {
    const user = userEvent.setup()
    const onValueChange = vi.fn()
    const { container } = render(
      <ObjectiveEditor
        defaultValue={objective()}
        people={people}
        objectives={[company]}
        onValueChange={onValueChange}
      />,
    )
    const root = container.firstElementChild as HTMLElement
    expect(root.className).toBe('okr okr-ObjectiveEditor')
    expect(root.dataset.commitment).toBe('committed')
    await user.type(screen.getByRole('textbox', { name: 'Description' }), 'Why')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Level' }), 'Individual')
    await user.click(screen.getByRole('radio', { name: 'Aspirational' }))
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Aligns to' }),
      'Customers love us',
    )
    const own = (name: string) => screen.getAllByRole('combobox', { name })[0] as HTMLElement
    await user.selectOptions(own('Owner'), 'Ravi Patel')
    expect(onValueChange.mock.calls.at(-1)?.[0]).toMatchObject({
      description: 'Why',
      level: 'individual',
      commitment: 'aspirational',
      parentId: 'company',
      ownerId: 'p2',
    })
    expect(root.dataset.level).toBe('individual')
    await user.clear(screen.getByRole('textbox', { name: 'Description' }))
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Aligns to' }),
      'Nothing (top level)',
    )
    const last = lastObjective(onValueChange)
    expect(last).not.toHaveProperty('description')
    expect(last).not.toHaveProperty('parentId')
  })

  it('hints as you type that an objective reads like a metric, with core’s suggestion', async () => {
    const user = userEvent.setup()
    render(<ObjectiveEditor id="o" defaultValue={objective({ title: '' })} />)
    const title = document.getElementById('o-title') as HTMLInputElement
    expect(describedText(title)).toContain('Must not be empty.')
    await user.type(title, 'Increase revenue by 20%')
    const hint = document.querySelector('#o-title-messages [data-part="hint"]') as HTMLElement
    expect(hint.dataset.code).toBe('objective_reads_like_metric')
    expect(hint.dataset.severity).toBe('warning')
    expect(hint.querySelector('[data-part="hint-suggestion"]')?.textContent).toBe(
      MESSAGES.en['lint.objective_reads_like_metric.suggestion'],
    )
    await user.clear(title)
    await user.type(title, 'Every customer feels heard, fast')
    expect(document.querySelector('#o-title-messages [data-part="hint"]')).toBeNull()
  })

  it('explains each commitment next to its choice', () => {
    render(<ObjectiveEditor defaultValue={objective()} />)
    expect(describedText(screen.getByRole('radio', { name: 'Aspirational' }))).toContain(
      '50/50 odds',
    )
    expect(describedText(screen.getByRole('radio', { name: 'Committed' }))).toContain(
      'in full (1.0)',
    )
  })

  it('reports every keystroke in a key result to a controlled parent, as the whole objective', async () => {
    const user = userEvent.setup()
    const onChange = vi.fn()
    render(<Controlled initial={objective()} onChange={onChange} />)
    const second = screen.getByRole('group', { name: 'Key result 2' })
    const title = within(second).getByRole('textbox', { name: 'Title' })
    await user.clear(title)
    await user.type(title, 'Cut churn')
    const seen = onChange.mock.calls.map(([o]) => (o as Objective).keyResults[1]?.title)
    expect(seen).toEqual([
      '',
      'C',
      'Cu',
      'Cut',
      'Cut ',
      'Cut c',
      'Cut ch',
      'Cut chu',
      'Cut chur',
      'Cut churn',
    ])
    expect(titles(lastObjective(onChange))).toEqual([
      'Increase NPS by 10 points',
      'Cut churn',
      'Grow retention to 95%',
    ])
  })

  it('adds a key result and moves focus to its title', async () => {
    const user = userEvent.setup()
    const onChange = vi.fn()
    render(<Controlled initial={objective()} onChange={onChange} />)
    await user.click(screen.getByRole('button', { name: 'Add key result' }))
    const added = screen.getByRole('group', { name: 'Key result 4' })
    expect(document.activeElement).toBe(within(added).getByRole('textbox', { name: 'Title' }))
    expect(lastObjective(onChange).keyResults[3]).toEqual({
      id: 'new-kr',
      title: '',
      weight: 1,
      measure: { type: 'metric', start: 0, target: 100 },
    })
    // A blank title is flagged, not dropped.
    expect(describedText(document.activeElement as HTMLElement)).toContain('Must not be empty.')
  })

  it('removes a key result, moves focus to the next one, and undoes it', async () => {
    const user = userEvent.setup()
    const onChange = vi.fn()
    render(<Controlled initial={objective()} onChange={onChange} />)
    await user.click(screen.getByRole('button', { name: 'Remove Key result 2' }))
    expect(titles(lastObjective(onChange))).toEqual([
      'Increase NPS by 10 points',
      'Grow retention to 95%',
    ])
    const next = screen.getByRole('group', { name: 'Key result 2' })
    expect(document.activeElement).toBe(within(next).getByRole('textbox', { name: 'Title' }))
    expect(screen.getByRole('status').textContent).toBe('Removed key result “Reduce churn by 2%”.')
    // Two key results: core's kr_count hint is on the list.
    expect(describedText(screen.getByRole('group', { name: 'Key results' }))).toContain(
      'This objective has 2 key results.',
    )
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    expect(titles(lastObjective(onChange))).toEqual([
      'Increase NPS by 10 points',
      'Reduce churn by 2%',
      'Grow retention to 95%',
    ])
    const restored = screen.getByRole('group', { name: 'Key result 2' })
    expect(document.activeElement).toBe(within(restored).getByRole('textbox', { name: 'Title' }))
    expect(screen.getByRole('status').textContent).toBe('Restored key result “Reduce churn by 2%”.')
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull()
  })

  it('moves focus to the previous key result, then to the add button, as the list empties', async () => {
    const user = userEvent.setup()
    render(
      <Controlled
        initial={objective({ keyResults: [kr('a', 'A'), kr('b', 'B')] })}
        onChange={() => {}}
      />,
    )
    await user.click(screen.getByRole('button', { name: 'Remove Key result 2' }))
    expect((document.activeElement as HTMLInputElement).value).toBe('A')
    await user.click(screen.getByRole('button', { name: 'Remove Key result 1' }))
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add key result' }))
    expect(screen.getByText('No key results yet.')).toBeTruthy()
  })

  it('moves key results up and down, keeping focus on the moved one’s button', async () => {
    const user = userEvent.setup()
    const onChange = vi.fn()
    render(<Controlled initial={objective()} onChange={onChange} />)
    await user.click(screen.getByRole('button', { name: 'Move down Key result 1' }))
    expect(titles(lastObjective(onChange))).toEqual([
      'Reduce churn by 2%',
      'Increase NPS by 10 points',
      'Grow retention to 95%',
    ])
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'Move down Key result 2' }),
    )
    expect(screen.getByRole('status').textContent).toBe(
      'Moved key result “Increase NPS by 10 points” to position 2 of 3.',
    )
    await user.click(document.activeElement as HTMLElement)
    // Now last: its move-down button is disabled, so focus goes to move up.
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'Move up Key result 3' }),
    )
    expect(screen.getByRole('button', { name: 'Move down Key result 3' })).toHaveProperty(
      'disabled',
      true,
    )
    expect(screen.getByRole('button', { name: 'Move up Key result 1' })).toHaveProperty(
      'disabled',
      true,
    )
  })

  it('keeps a key result’s unsaved number through the parent’s re-renders and moves', async () => {
    const user = userEvent.setup()
    const onChange = vi.fn()
    render(<Controlled initial={objective()} onChange={onChange} />)
    const first = screen.getByRole('group', { name: 'Key result 1' })
    const target = within(first).getByRole('textbox', { name: 'Target' })
    await user.clear(target)
    await user.type(target, '1e')
    const objectiveTitle = document.getElementById('o-title') as HTMLElement
    await user.type(objectiveTitle, '!')
    await user.click(screen.getByRole('button', { name: 'Move down Key result 1' }))
    expect(target).toHaveProperty('value', '1e')
    expect(target.getAttribute('aria-invalid')).toBe('true')
    const sent = lastObjective(onChange)
    expect(sent.title).toBe('Every customer feels heard, fast!')
    expect(sent.keyResults[1]?.measure).toMatchObject({ target: 1 })
  })

  it('aligns to a given objective, never to itself, and names an unknown parent', () => {
    render(
      <ObjectiveEditor
        defaultValue={objective({ parentId: 'elsewhere' })}
        objectives={[company, objective()]}
      />,
    )
    const parent = screen.getByRole('combobox', { name: 'Aligns to' })
    expect(
      within(parent)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Nothing (top level)', 'Unknown objective (elsewhere)', 'Customers love us'])
    expect(describedText(parent)).toContain('which is not in this document')
  })

  it('lints on its own without flagging what it cannot see (period, team, set size, people)', () => {
    const { container } = render(
      <ObjectiveEditor defaultValue={objective({ ownerId: 'x', parentId: 'y' })} />,
    )
    expect(container.querySelectorAll('[data-part="hint"]')).toHaveLength(0)
  })

  it('renders the objective read-only but lets key results follow their own permission', () => {
    const permissions: OkrPermissions = (request) => request.kind !== 'objective'
    render(
      <OkrProvider permissions={permissions}>
        <ObjectiveEditor defaultValue={objective()} people={people} />
      </OkrProvider>,
    )
    const root = screen.getByRole('group', { name: 'Objective' })
    expect(root.hasAttribute('data-readonly')).toBe(true)
    expect(root.textContent).toContain('Read-only: you may not edit this objective.')
    expect(screen.queryByRole('textbox', { name: 'Description' })).toBeNull()
    expect(within(root).getByText('Committed')).toBeTruthy()
    // Key results stay editable, but the list is the objective's: no add, remove or move.
    expect(screen.getAllByRole('textbox', { name: 'Title' })).toHaveLength(3)
    expect(screen.queryByRole('button')).toBeNull()
  })

  it('renders nothing editable when neither may be edited', () => {
    render(
      <OkrProvider permissions={() => false}>
        <ObjectiveEditor defaultValue={objective()} />
      </OkrProvider>,
    )
    expect(screen.queryAllByRole('textbox')).toEqual([])
    expect(screen.queryAllByRole('button')).toEqual([])
  })

  it('speaks Chinese', async () => {
    const user = userEvent.setup()
    render(
      <OkrProvider locale="zh-CN">
        <Controlled initial={objective()} onChange={() => {}} />
      </OkrProvider>,
    )
    expect(screen.getByRole('group', { name: '目标' })).toBeTruthy()
    expect(screen.getByRole('radio', { name: '延伸目标' })).toBeTruthy()
    expect(screen.getByRole('combobox', { name: '对齐到' })).toBeTruthy()
    await user.click(screen.getByRole('button', { name: '删除 关键成果 3' }))
    expect(screen.getByRole('status').textContent).toBe('已删除关键成果“Grow retention to 95%”。')
    expect(describedText(screen.getByRole('group', { name: '关键成果' }))).toContain(
      '此目标有 2 项关键成果。请为每个目标设定 3 至 5 项关键成果。',
    )
    expect(screen.getByRole('button', { name: '撤销' })).toBeTruthy()
  })

  it('has no axe violations, editable or read-only', async () => {
    const { container, unmount } = render(
      <Controlled
        initial={objective({ keyResults: [kr('a', 'Create 5 web pages')] })}
        onChange={() => {}}
      />,
    )
    act(() => screen.getByRole('button', { name: 'Remove Key result 1' }).click())
    expect(await axeViolations(container)).toEqual([])
    unmount()
    const readOnly = render(<ObjectiveEditor defaultValue={objective()} readOnly />)
    expect(await axeViolations(readOnly.container)).toEqual([])
  })
})

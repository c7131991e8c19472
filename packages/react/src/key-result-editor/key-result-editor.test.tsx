import { type KeyResult, MESSAGES, type Person } from '@okrkit/core'
import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { StrictMode, useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { axeViolations } from '../../test/axe'
import { takeConsoleMessages } from '../../test/setup'
import { UI_MESSAGES } from '../i18n/catalog'
import { OkrProvider } from '../provider/okr-provider'
import { KeyResultEditor } from './key-result-editor'

const { en: uiEn, 'zh-CN': uiZhCN } = UI_MESSAGES

const people: Person[] = [
  { id: 'p1', name: 'Lena Fischer' },
  { id: 'p2', name: 'Ravi Patel' },
]

function kr(extra: Partial<KeyResult> = {}): KeyResult {
  return {
    id: 'kr-nps',
    title: 'Raise NPS from 32 to 50',
    ownerId: 'p1',
    weight: 1,
    measure: { type: 'metric', start: 32, target: 50 },
    ...extra,
  }
}

/** A parent that stores every change, as a host's state would. */
function Controlled({
  initial,
  onChange,
}: {
  initial: KeyResult
  onChange: (value: KeyResult) => void
}) {
  const [value, setValue] = useState(initial)
  return (
    <KeyResultEditor
      value={value}
      people={people}
      onValueChange={(next) => {
        onChange(next)
        setValue(next)
      }}
    />
  )
}

/** The description a screen reader gets for a field: what `aria-describedby` points at. */
/** Re-renders with a new-but-equal default on every render: it must not wipe anything. */
function Remount({ tick, onChange }: { tick: number; onChange: (value: KeyResult) => void }) {
  return <KeyResultEditor data-tick={tick} defaultValue={kr()} onValueChange={onChange} />
}

/** The key result of a mock's last call; fails the test when there was none. */
function lastValue(fn: { mock: { calls: unknown[][] } }): KeyResult {
  const value = fn.mock.calls.at(-1)?.[0]
  if (value === undefined) throw new Error('onValueChange was not called')
  return value as KeyResult
}

const hintsOf = (field: HTMLElement) => {
  const ids = field.getAttribute('aria-describedby')?.split(' ') ?? []
  return ids
    .map((id) => {
      const clone = document.getElementById(id)?.cloneNode(true) as HTMLElement | undefined
      for (const hidden of clone?.querySelectorAll('[aria-hidden="true"]') ?? []) hidden.remove()
      return clone?.textContent?.trim() ?? ''
    })
    .join(' | ')
}

describe('KeyResultEditor', () => {
  it('has every catalog key in Chinese with the same placeholders', () => {
    const keys = Object.keys(uiEn).filter((key) =>
      ['ui.keyResultEditor.', 'ui.numberField.', 'ui.fieldHint.'].some((prefix) =>
        key.startsWith(prefix),
      ),
    ) as (keyof typeof uiEn)[]
    expect(keys.length).toBeGreaterThan(3)
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
    for (const key of keys) {
      expect(uiZhCN[key], key).toBeTruthy()
      expect(placeholders(uiZhCN[key]), key).toEqual(placeholders(uiEn[key]))
    }
  })
  it('labels every field and takes its class names, id and theme', () => {
    const { container } = render(
      <OkrProvider theme="dark">
        <KeyResultEditor defaultValue={kr()} people={people} className="mine" />
      </OkrProvider>,
    )
    const root = container.firstElementChild as HTMLElement
    expect(root.tagName).toBe('FIELDSET')
    expect(root.className).toBe('okr okr-KeyResultEditor mine')
    expect(root.dataset.okrTheme).toBe('dark')
    expect(root.dataset.measure).toBe('metric')
    expect(screen.getByRole('group', { name: 'Key result' })).toBe(root)
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveProperty(
      'value',
      'Raise NPS from 32 to 50',
    )
    expect(screen.getByRole('textbox', { name: 'Start' })).toHaveProperty('value', '32')
    expect(screen.getByRole('textbox', { name: 'Target' })).toHaveProperty('value', '50')
    expect(screen.getByRole('textbox', { name: 'Unit' })).toHaveProperty('value', '')
    expect(screen.getByRole('textbox', { name: 'Current value' })).toHaveProperty('value', '')
    expect(screen.getByRole('combobox', { name: 'Owner' })).toHaveProperty('value', 'p1')
    expect(screen.getByRole('textbox', { name: 'Weight' })).toHaveProperty('value', '1')
    expect(screen.getByRole('radio', { name: 'A number' })).toHaveProperty('checked', true)
  })

  it('reports every keystroke to a controlled parent that stores it', async () => {
    const user = userEvent.setup()
    const onChange = vi.fn()
    render(<Controlled initial={kr({ title: '' })} onChange={onChange} />)
    await user.type(screen.getByRole('textbox', { name: 'Title' }), 'Grow NPS to 50')
    const titles = onChange.mock.calls.map(([value]) => (value as KeyResult).title)
    expect(titles).toHaveLength('Grow NPS to 50'.length)
    expect(titles[0]).toBe('G')
    expect(titles.at(-1)).toBe('Grow NPS to 50')
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveProperty('value', 'Grow NPS to 50')
  })

  it('keeps its own state when uncontrolled and still reports every edit', async () => {
    const user = userEvent.setup()
    const onValueChange = vi.fn()
    render(<KeyResultEditor defaultValue={kr()} onValueChange={onValueChange} />)
    const target = screen.getByRole('textbox', { name: 'Target' })
    await user.clear(target)
    await user.type(target, '60')
    expect(target).toHaveProperty('value', '60')
    const targets = onValueChange.mock.calls.map(([value]) => (value as KeyResult).measure)
    // Clearing is an unfinished edit (no call); "6" and "60" reach the model.
    expect(targets).toEqual([
      { type: 'metric', start: 32, target: 6 },
      { type: 'metric', start: 32, target: 60 },
    ])
  })

  it.each([
    ['1e', 'is not a number yet'],
    ['-', 'is not a number yet'],
    ['12,', 'is not a number yet'],
    ['', 'Enter a number'],
  ])('keeps "%s" in the target, flags it, and never sends NaN', async (typed, message) => {
    const user = userEvent.setup()
    const onChange = vi.fn()
    render(<Controlled initial={kr()} onChange={onChange} />)
    const target = screen.getByRole('textbox', { name: 'Target' })
    await user.clear(target)
    if (typed !== '') await user.type(target, typed)
    expect(target).toHaveProperty('value', typed)
    expect(target.getAttribute('aria-invalid')).toBe('true')
    expect(hintsOf(target)).toContain(message)
    expect(hintsOf(target)).toContain('the saved value')
    for (const [value] of onChange.mock.calls) {
      const { measure } = value as KeyResult
      expect(measure.type === 'metric' && Number.isFinite(measure.target)).toBe(true)
    }
    // The model keeps the last valid number: 50, or the "1"/"12" typed on the way.
    const last = onChange.mock.calls.at(-1)?.[0] as KeyResult | undefined
    const saved = last?.measure.type === 'metric' ? last.measure.target : 50
    expect(hintsOf(target)).toContain(typed === '' ? 'stays 50' : `still ${saved}`)
  })

  it('keeps an invalid draft across re-renders and sends the value once it is fixed', async () => {
    const user = userEvent.setup()
    const onChange = vi.fn()
    const { rerender } = render(<Remount tick={0} onChange={onChange} />)
    const target = screen.getByRole('textbox', { name: 'Target' })
    await user.clear(target)
    await user.type(target, '1e')
    const callsBefore = onChange.mock.calls.length
    rerender(<Remount tick={1} onChange={onChange} />)
    expect(target).toHaveProperty('value', '1e')
    expect(target.getAttribute('aria-invalid')).toBe('true')
    await user.type(target, '2')
    expect(target).toHaveProperty('value', '1e2')
    expect(target.hasAttribute('aria-invalid')).toBe(false)
    expect(onChange.mock.calls.length).toBe(callsBefore + 1)
    expect(lastValue(onChange).measure).toMatchObject({ target: 100 })
  })

  it('shows a value the parent changes from outside over a stale draft', async () => {
    const user = userEvent.setup()
    const { rerender } = render(<KeyResultEditor value={kr()} />)
    const target = screen.getByRole('textbox', { name: 'Target' })
    await user.clear(target)
    await user.type(target, '-')
    expect(target).toHaveProperty('value', '-')
    rerender(<KeyResultEditor value={kr({ measure: { type: 'metric', start: 32, target: 70 } })} />)
    expect(target).toHaveProperty('value', '70')
    expect(target.hasAttribute('aria-invalid')).toBe(false)
  })

  it('reads full-width digits and grouped thousands, and clears the optional current value', async () => {
    const user = userEvent.setup()
    const onValueChange = vi.fn()
    render(
      <KeyResultEditor
        defaultValue={kr({ measure: { type: 'metric', start: 0, target: 10, current: 4 } })}
        onValueChange={onValueChange}
      />,
    )
    const start = screen.getByRole('textbox', { name: 'Start' })
    await user.clear(start)
    await user.type(start, '１,２００')
    expect(lastValue(onValueChange).measure).toMatchObject({
      start: 1200,
    })
    await user.clear(screen.getByRole('textbox', { name: 'Current value' }))
    expect(lastValue(onValueChange).measure).toEqual({
      type: 'metric',
      start: 1200,
      target: 10,
    })
  })

  it('shows kr_target_equals_start next to the target, in words, announced politely', async () => {
    const user = userEvent.setup()
    const { container } = render(<KeyResultEditor defaultValue={kr()} people={people} />)
    const target = screen.getByRole('textbox', { name: 'Target' })
    await user.clear(target)
    await user.type(target, '32')
    const field = target.closest('[data-part="field"]') as HTMLElement
    const hint = field.querySelector('[data-code="kr_target_equals_start"]') as HTMLElement
    expect(hint.dataset.severity).toBe('error')
    expect(hint.textContent).toContain('Error:')
    expect(hint.textContent).toContain('The target equals the start (32)')
    expect(hint.querySelector('[data-part="hint-icon"]')?.getAttribute('aria-hidden')).toBe('true')
    expect(hint.parentElement?.getAttribute('aria-live')).toBe('polite')
    expect(target.getAttribute('aria-describedby')).toContain(hint.parentElement?.id)
    expect(target.getAttribute('aria-invalid')).toBe('true')
    expect(field.dataset.severity).toBe('error')
    // Only the target: the start field says nothing.
    const start = screen.getByRole('textbox', { name: 'Start' })
    expect(start.hasAttribute('aria-describedby')).toBe(false)
    expect((container.firstElementChild as HTMLElement).dataset.severity).toBe('error')
  })

  it('hints as you type that a title is an activity, with core’s suggestion', async () => {
    const user = userEvent.setup()
    render(<KeyResultEditor defaultValue={kr({ title: '' })} people={people} />)
    const title = screen.getByRole('textbox', { name: 'Title' })
    expect(hintsOf(title)).toContain('Must not be empty.')
    await user.type(title, 'Create 5 web pages')
    const described = hintsOf(title)
    expect(described).toContain('Warning:')
    expect(described).toContain('describes an activity (“create”)')
    // Core's advice for the code, from its catalog (its wording is core's to change).
    expect(described).toContain(MESSAGES.en['lint.kr_is_activity.suggestion'])
    expect(title.hasAttribute('aria-invalid')).toBe(false)
    await user.clear(title)
    await user.type(title, 'Increase page views by 5%')
    expect(hintsOf(title)).not.toContain('describes an activity')
    expect(hintsOf(title)).not.toContain('Warning:')
  })

  it('maps any issue to the field its path names, unknown codes and paths included', () => {
    render(
      <KeyResultEditor
        defaultValue={kr()}
        issues={[
          {
            code: 'kr_future_rule',
            severity: 'info',
            path: ['measure', 'unit'],
            message: 'Name the unit.',
            params: { suggestion: 'Such as “%” or “tickets”.' },
          },
          {
            code: 'kr_other',
            severity: 'warning',
            path: ['meta', 'x'],
            message: 'About the KR.',
            params: {},
          },
          {
            code: 'kr_measure',
            severity: 'info',
            path: ['measure', 'type'],
            message: 'About the type.',
            params: {},
          },
        ]}
      />,
    )
    const unit = screen.getByRole('textbox', { name: 'Unit' })
    expect(hintsOf(unit)).toBe('Note: Name the unit. Such as “%” or “tickets”.')
    expect(
      screen.getByRole('group', { name: 'Key result' }).getAttribute('aria-describedby'),
    ).toBeTruthy()
    expect(hintsOf(screen.getByRole('group', { name: 'Key result' }))).toBe(
      'Warning: About the KR.',
    )
    expect(hintsOf(screen.getByRole('radio', { name: 'A number' }))).toContain('About the type.')
    // Given issues replace the editor's own lint: the weight's fine, nothing else shows.
    expect(document.querySelectorAll('[data-part="hint"]')).toHaveLength(3)
  })

  it('flags what core’s schema refuses, such as a weight over 1,000', async () => {
    const user = userEvent.setup()
    render(<KeyResultEditor defaultValue={kr()} people={people} />)
    const weight = screen.getByRole('textbox', { name: 'Weight' })
    await user.clear(weight)
    await user.type(weight, '2000')
    expect(hintsOf(weight)).toContain('Must be at most 1,000.')
    expect(weight.getAttribute('aria-invalid')).toBe('true')
  })

  it('switches between metric and milestone without losing either’s values', async () => {
    const user = userEvent.setup()
    const onValueChange = vi.fn()
    render(<KeyResultEditor defaultValue={kr()} onValueChange={onValueChange} />)
    await user.click(screen.getByRole('radio', { name: 'A milestone' }))
    expect(screen.queryByRole('textbox', { name: 'Target' })).toBeNull()
    expect(lastValue(onValueChange).measure).toEqual({
      type: 'milestone',
      done: false,
    })
    await user.click(screen.getByRole('checkbox', { name: 'Done' }))
    await user.click(screen.getByRole('radio', { name: 'A number' }))
    expect(screen.getByRole('textbox', { name: 'Start' })).toHaveProperty('value', '32')
    expect(screen.getByRole('textbox', { name: 'Target' })).toHaveProperty('value', '50')
    await user.click(screen.getByRole('radio', { name: 'A milestone' }))
    expect(screen.getByRole('checkbox', { name: 'Done' })).toHaveProperty('checked', true)
    expect(lastValue(onValueChange).measure).toEqual({
      type: 'milestone',
      done: true,
    })
  })

  it('keeps both measures through switches under StrictMode’s double rendering', async () => {
    const user = userEvent.setup()
    const onValueChange = vi.fn()
    render(
      <StrictMode>
        <KeyResultEditor defaultValue={kr()} onValueChange={onValueChange} />
      </StrictMode>,
    )
    const start = screen.getByRole('textbox', { name: 'Start' })
    await user.clear(start)
    await user.type(start, '1e')
    await user.click(screen.getByRole('radio', { name: 'A milestone' }))
    await user.click(screen.getByRole('radio', { name: 'A number' }))
    expect(screen.getByRole('textbox', { name: 'Start' })).toHaveProperty('value', '1e')
    expect(lastValue(onValueChange).measure).toEqual({ type: 'metric', start: 1, target: 50 })
    expect(onValueChange).toHaveBeenCalledTimes(3)
  })

  it('sets and clears the due date of a milestone', async () => {
    const onValueChange = vi.fn()
    render(
      <KeyResultEditor
        defaultValue={kr({ measure: { type: 'milestone', done: false } })}
        onValueChange={onValueChange}
      />,
    )
    const due = screen.getByLabelText('Due date') as HTMLInputElement
    const user = userEvent.setup()
    await user.type(due, '2026-03-27')
    expect(lastValue(onValueChange).measure).toEqual({
      type: 'milestone',
      done: false,
      due: '2026-03-27',
    })
    await user.clear(due)
    expect(lastValue(onValueChange).measure).toEqual({
      type: 'milestone',
      done: false,
    })
  })

  it('picks the owner among the people, names an unknown one, and hints when there is none', async () => {
    const user = userEvent.setup()
    const onValueChange = vi.fn()
    render(
      <KeyResultEditor
        defaultValue={kr({ ownerId: 'gone' })}
        people={people}
        onValueChange={onValueChange}
      />,
    )
    const owner = screen.getByRole('combobox', { name: 'Owner' })
    expect(
      within(owner)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['No owner yet', 'Unknown person (gone)', 'Lena Fischer', 'Ravi Patel'])
    expect(hintsOf(owner)).toContain('not among the people')
    await user.selectOptions(owner, 'No owner yet')
    expect(onValueChange.mock.calls.at(-1)?.[0]).not.toHaveProperty('ownerId')
    expect(hintsOf(owner)).toContain('This key result has no owner.')
    await user.selectOptions(owner, 'Ravi Patel')
    expect(onValueChange.mock.calls.at(-1)?.[0]).toMatchObject({ ownerId: 'p2' })
  })

  it('takes the owner as an id without people, and does not call every owner unknown', async () => {
    const user = userEvent.setup()
    const onValueChange = vi.fn()
    render(
      <KeyResultEditor defaultValue={kr({ ownerId: 'someone' })} onValueChange={onValueChange} />,
    )
    const owner = screen.getByRole('textbox', { name: 'Owner' })
    expect(hintsOf(owner)).toBe('The id of the one person on the team who tracks its progress.')
    await user.clear(owner)
    expect(onValueChange.mock.calls.at(-1)?.[0]).not.toHaveProperty('ownerId')
  })

  it('renders read-only text when the permissions say no', () => {
    const permissions = vi.fn(({ kind }: { kind: string }) => kind !== 'keyResult')
    const objective = {
      id: 'o1',
      periodId: 'q1',
      title: 'Delight customers',
      level: 'team' as const,
      commitment: 'aspirational' as const,
      keyResults: [kr()],
    }
    const { container } = render(
      <OkrProvider permissions={permissions}>
        <KeyResultEditor defaultValue={kr()} objective={objective} people={people} />
      </OkrProvider>,
    )
    expect(permissions).toHaveBeenCalledWith({ kind: 'keyResult', keyResult: kr(), objective })
    expect(screen.queryAllByRole('textbox')).toEqual([])
    expect(screen.queryAllByRole('combobox')).toEqual([])
    const root = container.firstElementChild as HTMLElement
    expect(root.hasAttribute('data-readonly')).toBe(true)
    expect(root.textContent).toContain('Read-only: you may not edit this key result.')
    const values = [...root.querySelectorAll('dt')].map(
      (dt) => `${dt.textContent}=${dt.nextElementSibling?.textContent}`,
    )
    expect(values).toEqual([
      'Title=Raise NPS from 32 to 50',
      'Measured by=A number',
      'Start=32',
      'Target=50',
      'Current value=Not measured yet',
      'Owner=Lena Fischer',
      'Weight=1',
    ])
  })

  it('speaks Chinese: labels, number drafts and core’s hints', async () => {
    const user = userEvent.setup()
    render(
      <OkrProvider locale="zh-CN">
        <KeyResultEditor
          defaultValue={kr({ title: '到第 4 季度末推出两项新功能' })}
          people={people}
        />
      </OkrProvider>,
    )
    expect(screen.getByRole('group', { name: '关键成果' })).toBeTruthy()
    expect(hintsOf(screen.getByRole('textbox', { name: '标题' }))).toContain(
      '此关键成果描述的是活动',
    )
    expect(screen.getByRole('radio', { name: '数值指标' })).toBeTruthy()
    const target = screen.getByRole('textbox', { name: '目标值' })
    await user.clear(target)
    await user.type(target, '32')
    expect(hintsOf(target)).toContain('错误:目标值与起始值相同(32)')
    await user.type(target, 'e')
    expect(hintsOf(target)).toContain('“32e”还不是数字')
    expect(screen.getByRole('combobox', { name: '负责人' })).toBeTruthy()
  })

  it('needs a value or a default value', () => {
    expect(() => render(<KeyResultEditor />)).toThrow(TypeError)
    // React reports the error it rethrows; the test only cares that it is the typed one.
    takeConsoleMessages()
  })

  it('has no axe violations, editable or read-only', async () => {
    const { container, unmount } = render(
      <KeyResultEditor
        defaultValue={kr({ measure: { type: 'metric', start: 5, target: 5 } })}
        people={people}
      />,
    )
    expect(await axeViolations(container)).toEqual([])
    unmount()
    const readOnly = render(<KeyResultEditor defaultValue={kr()} readOnly people={people} />)
    expect(await axeViolations(readOnly.container)).toEqual([])
  })

  it('is a group whose legend a parent can set, with actions', () => {
    render(
      <KeyResultEditor
        defaultValue={kr()}
        label="Key result 2"
        actions={<button type="button">Remove</button>}
      />,
    )
    const group = screen.getByRole('group', { name: 'Key result 2' })
    expect(
      within(group).getByRole('button', { name: 'Remove' }).closest('[data-part="actions"]'),
    ).toBeTruthy()
    act(() => group.focus())
    expect(document.activeElement).toBe(group)
  })
})

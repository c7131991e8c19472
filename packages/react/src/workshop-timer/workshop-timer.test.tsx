import { OkrError, playbookSteps } from '@okrkit/core'
import { act, fireEvent, render, renderHook, screen } from '@testing-library/react'
import { useState } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { axeViolations } from '../../test/axe'
import { takeConsoleMessages } from '../../test/setup'
import { UI_MESSAGES } from '../i18n/catalog'
import { OkrProvider } from '../provider/okr-provider'
import {
  INITIAL_WORKSHOP_TIMER_STATE,
  useWorkshopTimer,
  type WorkshopStep,
  type WorkshopTimerState,
} from './use-workshop-timer'
import { WorkshopTimer } from './workshop-timer'

const { en: uiEn, 'zh-CN': uiZhCN } = UI_MESSAGES

const MINUTE = 60_000
const time = () => screen.getByRole('timer').textContent
const button = (name: string | RegExp) => screen.getByRole('button', { name })
const press = (name: string | RegExp) => fireEvent.click(button(name))
/**
 * Advances the fake clock. Each tick schedules the next from an effect, so React must render in
 * between: jump to a second before the end, then let the last tick read the clock at the end.
 */
function tick(ms: number) {
  if (ms > 1000) act(() => vi.advanceTimersByTime(ms - 1000))
  act(() => vi.advanceTimersByTime(Math.min(ms, 1000)))
}
const part = (container: HTMLElement, name: string) =>
  container.querySelector(`[data-part="${name}"]`) as HTMLElement
const root = (container: HTMLElement) => container.firstElementChild as HTMLElement

const SHORT: WorkshopStep[] = [
  { id: 'a', minutes: 1, title: 'Warm up', summary: 'Say hello.' },
  { id: 'b', minutes: 2, title: 'Draft' },
  { id: 'c', minutes: 0.5, title: 'Wrap up' },
]

function TimerHost() {
  const [state, setState] = useState(INITIAL_WORKSHOP_TIMER_STATE)
  return (
    <>
      <WorkshopTimer steps={SHORT} state={state} onStateChange={setState} />
      <p data-testid="saved">{state.stepIndex}</p>
    </>
  )
}

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-02-14T09:00:00Z') })
})
afterEach(() => {
  vi.useRealTimers()
})

describe('WorkshopTimer', () => {
  it('shows the play’s agenda, not started', () => {
    const { container } = render(<WorkshopTimer />)
    expect(part(container, 'position').textContent).toBe('Step 1 of 7')
    expect(part(container, 'title').textContent).toBe('Prepare for the play')
    expect(part(container, 'summary').textContent).toBe(playbookSteps[0]?.summary.en)
    expect(screen.getByRole('timer', { name: 'Time left' }).textContent).toBe('10:00')
    expect(part(container, 'next-step').textContent).toBe('Next: Define objectives (5 min)')
    expect(root(container).dataset.phase).toBe('idle')
    expect(button('Start').getAttribute('aria-disabled')).toBeNull()
    expect(button('Previous step').getAttribute('aria-disabled')).toBe('true')
    expect(button('Reset').getAttribute('aria-disabled')).toBe('true')
    const items = screen.getAllByRole('listitem')
    expect(items.map((item) => item.textContent)).toEqual(
      playbookSteps.map((step) => `${step.title.en}${step.minutes} min`),
    )
    expect(items[0]?.getAttribute('aria-current')).toBe('step')
    const progress = screen.getByRole('progressbar', {
      name: 'Agenda progress',
    }) as HTMLProgressElement
    expect([progress.max, progress.value]).toEqual([65 * MINUTE, 0])
  })

  it('counts down while running and reports actions, not ticks', () => {
    const onStateChange = vi.fn()
    const { container } = render(<WorkshopTimer onStateChange={onStateChange} />)
    press('Start')
    expect(root(container).dataset.phase).toBe('running')
    expect(onStateChange).toHaveBeenCalledWith({
      stepIndex: 0,
      elapsedMs: 0,
      runningSince: Date.parse('2026-02-14T09:00:00Z'),
    })
    expect(time()).toBe('10:00')
    tick(1000)
    expect(time()).toBe('9:59')
    tick(59_000)
    expect(time()).toBe('9:00')
    tick(500)
    expect(time()).toBe('9:00')
    expect(onStateChange).toHaveBeenCalledTimes(1)
    // The display moves on whole seconds only.
    expect((screen.getByRole('progressbar') as HTMLProgressElement).value).toBe(60_000)
  })

  it('pauses and resumes without losing time', () => {
    const onStateChange = vi.fn()
    render(<WorkshopTimer onStateChange={onStateChange} />)
    press('Start')
    tick(90_000)
    press('Pause')
    expect(onStateChange).toHaveBeenLastCalledWith({
      stepIndex: 0,
      elapsedMs: 90_000,
      runningSince: null,
    })
    tick(5 * MINUTE)
    expect(time()).toBe('8:30')
    press('Resume')
    tick(30_000)
    expect(time()).toBe('8:00')
  })

  it('moves between steps, keeping the clock running, and reports step changes', () => {
    const onStepChange = vi.fn()
    const { container } = render(<WorkshopTimer onStepChange={onStepChange} />)
    press('Start')
    tick(3 * MINUTE)
    press('Next step')
    expect(onStepChange).toHaveBeenLastCalledWith(
      1,
      expect.objectContaining({ id: 'define-objectives', title: 'Define objectives' }),
    )
    expect(part(container, 'title').textContent).toBe('Define objectives')
    expect(time()).toBe('5:00')
    expect(root(container).dataset.phase).toBe('running')
    tick(1000)
    expect(time()).toBe('4:59')
    const items = screen.getAllByRole('listitem')
    expect(items[0]?.dataset.state).toBe('done')
    expect(items[0]?.textContent).toContain('(done)')
    expect(items[1]?.getAttribute('aria-current')).toBe('step')
    expect((screen.getByRole('progressbar') as HTMLProgressElement).value).toBe(10 * MINUTE + 1000)
    press('Previous step')
    expect(onStepChange).toHaveBeenLastCalledWith(0, expect.objectContaining({ id: 'prepare' }))
    expect(time()).toBe('10:00')
    expect(onStepChange).toHaveBeenCalledTimes(2)
  })

  it('runs over when time is up, says so once, and tells the host', () => {
    const onTimeUp = vi.fn()
    const { container } = render(<WorkshopTimer steps={SHORT} onTimeUp={onTimeUp} />)
    const announcer = part(container, 'announcer')
    expect(announcer.getAttribute('aria-live')).toBe('polite')
    press('Start')
    tick(59_000)
    expect(time()).toBe('0:01')
    expect(root(container).hasAttribute('data-overtime')).toBe(false)
    tick(1000)
    expect(root(container).hasAttribute('data-overtime')).toBe(true)
    expect(screen.getByRole('timer', { name: 'Over time' }).textContent).toBe('+0:00')
    expect(announcer.textContent).toBe('Time is up: Warm up.')
    expect(onTimeUp).toHaveBeenCalledExactlyOnceWith(0, expect.objectContaining({ id: 'a' }))
    tick(65_000)
    expect(time()).toBe('+1:05')
    expect(onTimeUp).toHaveBeenCalledTimes(1)
    expect(part(container, 'title').textContent).toBe('Warm up')
  })

  it('announces step changes and time up, never the ticking seconds', () => {
    const { container } = render(<WorkshopTimer steps={SHORT} />)
    const announcer = part(container, 'announcer')
    const observer = new MutationObserver(() => {})
    observer.observe(announcer, { subtree: true, childList: true, characterData: true })
    const changed = () => observer.takeRecords().length > 0
    expect(announcer.textContent).toBe('Step 1 of 3: Warm up, 1 min.')
    press('Start')
    tick(30_000)
    expect(changed()).toBe(false)
    press('Next step')
    expect(changed()).toBe(true)
    expect(announcer.textContent).toBe('Step 2 of 3: Draft, 2 min.')
    tick(119_000)
    expect(changed()).toBe(false)
    tick(1000)
    expect(changed()).toBe(true)
    expect(announcer.textContent).toBe('Time is up: Draft.')
    tick(10_000)
    expect(changed()).toBe(false)
    press('Next step')
    expect(announcer.textContent).toBe('Step 3 of 3: Wrap up, 0.5 min.')
    press('Finish')
    expect(announcer.textContent).toBe('The agenda is complete.')
    observer.disconnect()
  })

  it('moves on by itself with autoAdvance, from when the step ended', () => {
    const onStepChange = vi.fn()
    const { container } = render(
      <WorkshopTimer steps={SHORT} autoAdvance onStepChange={onStepChange} />,
    )
    press('Start')
    tick(MINUTE)
    expect(onStepChange).toHaveBeenCalledExactlyOnceWith(1, expect.objectContaining({ id: 'b' }))
    expect(part(container, 'title').textContent).toBe('Draft')
    expect(part(container, 'announcer').textContent).toBe('Step 2 of 3: Draft, 2 min.')
    tick(30_000)
    expect(time()).toBe('1:30')
    tick(90_000 + 30_000)
    expect(root(container).dataset.phase).toBe('finished')
    expect(onStepChange).toHaveBeenLastCalledWith(3, undefined)
  })

  it('catches up over every step that ran out while the page slept', () => {
    const onStepChange = vi.fn()
    const { container } = render(
      <WorkshopTimer steps={SHORT} autoAdvance onStepChange={onStepChange} />,
    )
    press('Start')
    tick(1000)
    // No timer runs while the laptop sleeps; the clock moves on regardless.
    vi.setSystemTime(Date.now() + 95_000)
    tick(1000)
    expect(onStepChange).toHaveBeenCalledExactlyOnceWith(1, expect.objectContaining({ id: 'b' }))
    expect(time()).toBe('1:23')
    vi.setSystemTime(Date.now() + 10 * MINUTE)
    tick(1000)
    expect(root(container).dataset.phase).toBe('finished')
    expect(onStepChange).toHaveBeenLastCalledWith(3, undefined)
    expect(onStepChange).toHaveBeenCalledTimes(2)
  })

  it('finishes after the last step and can step back or start over', () => {
    const onStepChange = vi.fn()
    const { container } = render(
      <WorkshopTimer
        steps={SHORT}
        onStepChange={onStepChange}
        defaultState={{ stepIndex: 2, elapsedMs: 0, runningSince: null }}
      />,
    )
    expect(part(container, 'next-step').textContent).toBe('This is the last step.')
    press('Finish')
    expect(root(container).dataset.phase).toBe('finished')
    expect(part(container, 'position').textContent).toBe('The agenda is complete.')
    expect(screen.queryByRole('timer')).toBeNull()
    const progress = screen.getByRole('progressbar') as HTMLProgressElement
    expect(progress.value).toBe(progress.max)
    expect(button('Start').getAttribute('aria-disabled')).toBe('true')
    expect(button('Next step').getAttribute('aria-disabled')).toBe('true')
    press('Start')
    expect(root(container).dataset.phase).toBe('finished')
    press('Previous step')
    expect(part(container, 'title').textContent).toBe('Wrap up')
    press('Reset')
    expect(root(container).dataset.phase).toBe('idle')
    expect(part(container, 'title').textContent).toBe('Warm up')
    expect(onStepChange.mock.calls.map(([index]) => index)).toEqual([3, 2, 0])
  })

  it('follows state when controlled, and resumes a stored run from the clock', () => {
    const clock = vi.fn(() => 1_000_000)
    const stored: WorkshopTimerState = { stepIndex: 1, elapsedMs: MINUTE, runningSince: 970_000 }
    const onStateChange = vi.fn()
    const { container } = render(
      <WorkshopTimer state={stored} onStateChange={onStateChange} clock={clock} />,
    )
    // The clock is read after mounting, never while rendering.
    expect(clock).not.toHaveBeenCalled()
    expect(time()).toBe('4:00')
    tick(0)
    expect(time()).toBe('3:30')
    press('Pause')
    expect(onStateChange).toHaveBeenCalledWith({
      stepIndex: 1,
      elapsedMs: 90_000,
      runningSince: null,
    })
    // The parent has not applied it: still running.
    expect(root(container).dataset.phase).toBe('running')
  })

  it('works with a parent that owns the state', () => {
    render(<TimerHost />)
    press('Start')
    tick(20_000)
    press('Next step')
    expect(screen.getByTestId('saved').textContent).toBe('1')
    expect(time()).toBe('2:00')
  })

  it('clamps a stored step index outside the agenda', () => {
    const { container } = render(
      <WorkshopTimer
        steps={SHORT}
        defaultState={{ stepIndex: 9, elapsedMs: 0, runningSince: null }}
      />,
    )
    expect(root(container).dataset.phase).toBe('finished')
  })

  it('speaks Chinese with the play’s wording', () => {
    const { container } = render(
      <OkrProvider locale="zh-CN">
        <WorkshopTimer />
      </OkrProvider>,
    )
    expect(part(container, 'position').textContent).toBe('第 1 步,共 7 步')
    expect(part(container, 'title').textContent).toBe('为剧本做准备')
    expect(screen.getByRole('timer', { name: '剩余时间' }).textContent).toBe('10:00')
    expect(part(container, 'next-step').textContent).toBe('下一步:定义目标(5 分钟)')
    expect(button('开始')).toBeTruthy()
    expect(screen.getByRole('group', { name: '计时器' })).toBeTruthy()
  })

  it('throws a typed error for an empty agenda', () => {
    expect(() => renderHook(() => useWorkshopTimer({ steps: [] }))).toThrow(OkrError)
    takeConsoleMessages()
  })

  it('has the same placeholders in both catalogs', () => {
    const keys = Object.keys(uiEn).filter((key) => key.startsWith('ui.workshopTimer.'))
    expect(keys.length).toBeGreaterThan(15)
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
    for (const key of keys as (keyof typeof uiEn)[]) {
      expect(placeholders(uiZhCN[key]), key).toEqual(placeholders(uiEn[key]))
    }
  })

  it('has no axe violations, running over time', async () => {
    vi.useRealTimers()
    const { container } = render(
      <WorkshopTimer
        steps={SHORT}
        defaultState={{ stepIndex: 1, elapsedMs: 3 * MINUTE, runningSince: null }}
      />,
    )
    expect(root(container).hasAttribute('data-overtime')).toBe(true)
    expect(await axeViolations(container)).toEqual([])
  })
})

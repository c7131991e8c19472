import { renderToString } from 'react-dom/server'
import { describe, expect, it, vi } from 'vitest'
import { OkrProvider } from '../provider/okr-provider'
import { WorkshopTimer } from './workshop-timer'

describe('WorkshopTimer on the server', () => {
  it('renders a running session from its stored state without reading the clock', () => {
    expect(typeof window).toBe('undefined')
    const clock = vi.fn(() => 0)
    const html = renderToString(
      <OkrProvider locale="zh-CN">
        <WorkshopTimer
          clock={clock}
          defaultState={{ stepIndex: 1, elapsedMs: 120_000, runningSince: 5_000 }}
        />
      </OkrProvider>,
    )
    expect(clock).not.toHaveBeenCalled()
    expect(html).toContain('data-phase="running"')
    expect(html).toContain('定义目标')
    expect(html).toMatch(/role="timer"[^>]*>3:00</)
    expect(html).toContain('aria-live="polite"')
  })
})

import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { axeViolations } from '../../test/axe'
import { OkrProvider } from '../provider/okr-provider'
import { StatusBadge } from './status-badge'

describe('StatusBadge', () => {
  it.each([
    ['on-track', '●', 'On track'],
    ['at-risk', '▲', 'At risk'],
    ['off-track', '■', 'Off track'],
  ] as const)('shows %s with a shape and words', (status, icon, label) => {
    const { container } = render(<StatusBadge status={status} />)
    const root = container.firstElementChild as HTMLElement
    expect(root.dataset.status).toBe(status)
    expect(root.querySelector('[data-part="icon"]')?.getAttribute('aria-hidden')).toBe('true')
    expect(root.querySelector('[data-part="icon"]')?.textContent).toBe(icon)
    expect(root.querySelector('[data-part="label"]')?.textContent).toBe(label)
  })

  it('flags stale key results in words and as an attribute', () => {
    const { container } = render(<StatusBadge status="on-track" stale />)
    const root = container.firstElementChild as HTMLElement
    expect(root.hasAttribute('data-stale')).toBe(true)
    expect(root.textContent).toContain('Stale')
    expect(root.title).toBe('No check-in this month')
  })

  it("keeps a host's title, stale or not", () => {
    const { container, rerender } = render(
      <StatusBadge status="at-risk" stale title="Last check-in 12 March" />,
    )
    const root = container.firstElementChild as HTMLElement
    expect(root.title).toBe('Last check-in 12 March')
    rerender(<StatusBadge status="at-risk" title="Reported by Mei" />)
    expect(root.title).toBe('Reported by Mei')
    rerender(<StatusBadge status="at-risk" />)
    expect(root.hasAttribute('title')).toBe(false)
  })

  it('says so when there is no status at all', () => {
    const { container } = render(<StatusBadge status={undefined} stale />)
    expect(container.textContent).toBe('No check-in this month')
  })

  it('speaks Chinese', () => {
    const { container } = render(
      <OkrProvider locale="zh-CN">
        <StatusBadge status="at-risk" stale />
      </OkrProvider>,
    )
    expect(container.textContent).toBe('▲有风险· 未更新')
  })

  it('has no axe violations', async () => {
    const { container } = render(<StatusBadge status="off-track" stale />)
    expect(await axeViolations(container)).toEqual([])
  })
})

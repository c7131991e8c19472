import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { axeViolations } from '../../test/axe'
import { OkrProvider } from '../provider/okr-provider'
import { ScoreBadge } from './score-badge'

describe('ScoreBadge', () => {
  it('shows the score with two decimals and its grade in words', () => {
    const { container } = render(<ScoreBadge score={0.7} />)
    const root = container.firstElementChild as HTMLElement
    expect(root.textContent).toBe('0.70 Close')
    expect(root.dataset.grade).toBe('close')
    expect(root.className).toBe('okr okr-ScoreBadge')
  })

  it.each([
    [0, 'missed'],
    [0.3, 'missed'],
    [0.5, 'close'],
    [0.85, 'met'],
    [1, 'met'],
  ])('grades %s as %s', (score, grade) => {
    const { container } = render(<ScoreBadge score={score} />)
    expect((container.firstElementChild as HTMLElement).dataset.grade).toBe(grade)
  })

  it('takes configured bands', () => {
    const { container } = render(<ScoreBadge score={0.7} bands={{ met: 0.7 }} />)
    expect((container.firstElementChild as HTMLElement).dataset.grade).toBe('met')
  })

  it('announces provenance to screen readers and exposes it for styling', () => {
    const { container } = render(<ScoreBadge score={0.4} provenance="manual" />)
    expect(screen.getByText('(Scored by the team)').className).toBe('okr-visually-hidden')
    expect((container.firstElementChild as HTMLElement).dataset.provenance).toBe('manual')
  })

  it('says there is no score yet, with no grade, for undefined or out-of-range input', () => {
    for (const score of [undefined, Number.NaN, 1.5]) {
      const { container, unmount } = render(<ScoreBadge score={score} />)
      expect(container.textContent).toBe('No score yet')
      expect((container.firstElementChild as HTMLElement).dataset.grade).toBeUndefined()
      unmount()
    }
  })

  it('speaks Chinese and honours message overrides', () => {
    const { container } = render(
      <OkrProvider locale="zh-CN" messages={{ 'grade.met': '达成' }}>
        <ScoreBadge score={0.3} />
        <ScoreBadge score={1} />
      </OkrProvider>,
    )
    expect(container.textContent).toBe('0.30 未达到1.00 达成')
  })

  it('passes props, class names and the theme through', () => {
    const { container } = render(
      <OkrProvider theme="dark">
        <ScoreBadge score={1} showGrade={false} className="mine" id="b" aria-label="Q1 score" />
      </OkrProvider>,
    )
    const root = container.firstElementChild as HTMLElement
    expect(root.className).toBe('okr okr-ScoreBadge mine')
    expect(root.id).toBe('b')
    expect(root.dataset.okrTheme).toBe('dark')
    expect(root.textContent).toBe('1.00')
  })

  it('has no axe violations', async () => {
    const { container } = render(<ScoreBadge score={0.7} provenance="computed" />)
    expect(await axeViolations(container)).toEqual([])
  })
})

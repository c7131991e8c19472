import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { OkrProvider } from '../provider/okr-provider'
import { ScoreSlider } from './score-slider'

describe('ScoreSlider on the server', () => {
  it('renders to a string without a DOM', () => {
    expect(typeof window).toBe('undefined')
    const html = renderToString(
      <OkrProvider locale="zh-CN" theme="dark">
        <ScoreSlider defaultValue={0.7} name="score" />
      </OkrProvider>,
    )
    expect(html).toContain('type="range"')
    expect(html).toContain('value="0.7"')
    expect(html).toContain('aria-valuetext="0.70(接近)"')
    expect(html).toContain('data-grade="close"')
    expect(html).toContain('data-okr-theme="dark"')
    expect(html).toMatch(/<datalist id="[^"]+"><option value="0.3" label="未达到">/)
    expect(html).toContain('我们非常接近目标。')
  })
})

import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { OkrProvider } from '../provider/okr-provider'
import { ConfidenceGuide } from './confidence-guide'

describe('ConfidenceGuide on the server', () => {
  it('renders to a string without a DOM, calibration and curve included', () => {
    expect(typeof window).toBe('undefined')
    const html = renderToString(
      <OkrProvider locale="zh-CN">
        <ConfidenceGuide
          defaultConfidence={0.6}
          showCalibration
          defaultCalibration={{ start: 30, fiftyFifty: 50, eightyTwenty: 44 }}
        />
      </OkrProvider>,
    )
    expect(html).toContain('data-ambition="stretch"')
    expect(html).toContain('aria-valuetext="60%:预计得分 0.91(有挑战性)"')
    expect(html).toMatch(/<figcaption id="[^"]+" data-part="caption">/)
    expect(html).toContain('将 1.0 设在 50。80/20 的结果将得 0.70 分')
    expect(html).toContain('data-consistent=""')
  })
})

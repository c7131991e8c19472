import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { fillTemplate } from './field-messages'

describe('fillTemplate', () => {
  it('puts elements where the placeholders are', () => {
    const { container } = render(
      <p>
        {fillTemplate('{severity} {message}', { severity: <b>Error:</b>, message: 'Too low.' })}
      </p>,
    )
    expect(container.innerHTML).toBe('<p><b>Error:</b> Too low.</p>')
  })

  it('leaves unknown placeholders visible, including names Object.prototype has', () => {
    const template = '{missing} {constructor} {toString} {hasOwnProperty}'
    const { container } = render(<p>{fillTemplate(template, {})}</p>)
    expect(container.textContent).toBe(template)
  })
})

/// <reference types="vite/client" />
// Which React build the page runs. `React.version` is the same for every build, so this asks
// the builds' behaviour: only the development builds export `act`, freeze the elements they
// create and warn about a list without keys (react-dom's reconciler does that while rendering).
import * as React from 'react'
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'

/** What shows that this page does not run React's production build; empty when it does. */
export function developmentReactSigns(): string[] {
  const signs: string[] = []
  if (process.env.NODE_ENV !== 'production') {
    signs.push(`process.env.NODE_ENV is ${JSON.stringify(process.env.NODE_ENV)}`)
  }
  if (!import.meta.env.PROD) signs.push('import.meta.env.PROD is not true')
  if (typeof (React as { act?: unknown }).act === 'function') {
    signs.push('react exports act (development build)')
  }
  if (Object.isFrozen(React.createElement('div'))) {
    signs.push('react freezes its elements (development build)')
  }

  // Set the tests' console spies aside for the render, then put them back.
  const { error } = console
  const errors: string[] = []
  console.error = (...args: unknown[]) => {
    errors.push(args.map(String).join(' '))
  }
  const container = document.createElement('div')
  const root = createRoot(container)
  let rendered = ''
  try {
    const items = ['a', 'b'].map((text) => React.createElement('li', null, text))
    flushSync(() => root.render(React.createElement('ul', null, items)))
    rendered = container.textContent ?? ''
  } finally {
    root.unmount()
    console.error = error
  }
  if (rendered !== 'ab') signs.push(`the list without keys rendered ${JSON.stringify(rendered)}`)
  if (errors.some((message) => message.includes('"key"'))) {
    signs.push('react-dom warned about a list without keys (development build)')
  } else if (errors.length > 0) {
    signs.push(`react-dom logged: ${errors.join('; ')}`)
  }
  return signs
}

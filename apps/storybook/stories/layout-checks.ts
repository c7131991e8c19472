import { expect } from 'storybook/test'

const BACKGROUND = { light: 'rgb(255, 255, 255)', dark: 'rgb(13, 17, 23)' } as const

/**
 * A broken stylesheet must not land unnoticed: checks that the kit's tokens and theme reach the
 * story, that components are laid out (not collapsed or spilling off the page), and that text is
 * not drawn in the default black on a dark background.
 */
export async function expectStyled(canvasElement: HTMLElement, theme: 'light' | 'dark') {
  const stage = canvasElement.querySelector('.story-canvas') as HTMLElement
  await expect(getComputedStyle(stage).backgroundColor).toBe(BACKGROUND[theme])

  const root = stage.querySelector('.okr') as HTMLElement
  await expect(root).not.toBeNull()
  const style = getComputedStyle(root)
  await expect(style.fontFamily).toMatch(/system-ui/)
  await expect(style.color).not.toBe(theme === 'dark' ? 'rgb(0, 0, 0)' : 'rgb(255, 255, 255)')

  const box = root.getBoundingClientRect()
  await expect(box.width).toBeGreaterThan(200)
  await expect(box.height).toBeGreaterThan(40)
  // The page itself never scrolls sideways; wide tables scroll inside their own container.
  await expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth + 1)

  for (const control of stage.querySelectorAll<HTMLElement>(
    'button, input:not([type="hidden"]), select, textarea',
  )) {
    if (
      control.closest('[hidden], details:not([open])') ||
      control.classList.contains('okr-visually-hidden')
    )
      continue
    const rect = control.getBoundingClientRect()
    if (rect.width === 0 && rect.height === 0) continue
    // Targets of at least 24 × 24 px (WCAG 2.2 target size), checkboxes and radios excepted.
    if (!['checkbox', 'radio'].includes((control as HTMLInputElement).type)) {
      await expect(
        Math.max(rect.width, rect.height),
        control.outerHTML.slice(0, 80),
      ).toBeGreaterThanOrEqual(24)
    }
  }
}

import { OkrProvider, type OkrTheme } from '@okrkit/react'
import type { Decorator, Preview } from '@storybook/react-vite'
import '@okrkit/react/styles.css'
import './preview.css'

/** The date every story treats as today: the last day of the example quarter. */
export const STORY_TODAY = '2026-03-31'

const withOkrProvider: Decorator = (Story, context) => {
  const locale = (context.globals.locale as string | undefined) ?? 'en'
  const theme = (context.globals.theme as OkrTheme | undefined) ?? 'light'
  return (
    <OkrProvider locale={locale} theme={theme} today={STORY_TODAY}>
      <div className="story-canvas" data-okr-theme={theme} lang={locale}>
        <Story />
      </div>
    </OkrProvider>
  )
}

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of the components',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'zh-CN', title: '简体中文' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour theme of the components',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light' },
  decorators: [withOkrProvider],
  tags: ['autodocs'],
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true },
    a11y: {
      // A violation fails the story's test (the addon's own default, 'todo', never fails).
      test: 'error',
      options: {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      },
    },
  },
}

export default preview

import { describe, expect, it } from 'vitest'
import { LOCALES } from '../i18n/locale'
import { PLAYBOOK, playbookSteps } from './playbook-steps'

describe('playbookSteps', () => {
  it('follows the play’s real order', () => {
    expect(playbookSteps.map((step) => step.id)).toEqual([
      'prepare',
      'define-objectives',
      'set-key-results',
      'assign-owners',
      'track',
      'score',
      'analyze',
    ])
  })

  it('has the play’s estimated minutes, 65 in all', () => {
    expect(playbookSteps.map((step) => step.minutes)).toEqual([10, 5, 10, 10, 15, 5, 10])
    const total = playbookSteps.reduce((sum, step) => sum + step.minutes, 0)
    expect(total).toBe(65)
  })

  it('fits the session: preparation first, the rest within the 2-hour booking', () => {
    const [prepare, ...session] = playbookSteps
    expect(prepare?.minutes).toBe(PLAYBOOK.prepMinutes)
    const sessionMinutes = session.reduce((sum, step) => sum + step.minutes, 0)
    expect(sessionMinutes).toBe(55)
    expect(sessionMinutes).toBeLessThanOrEqual(PLAYBOOK.durationMinutes)
  })

  it('has the play’s facts', () => {
    expect(PLAYBOOK).toEqual({ prepMinutes: 10, durationMinutes: 120, people: { min: 3, max: 11 } })
  })

  it('has unique ids and whole, positive minutes', () => {
    expect(new Set(playbookSteps.map((step) => step.id)).size).toBe(playbookSteps.length)
    for (const step of playbookSteps) {
      expect(Number.isInteger(step.minutes)).toBe(true)
      expect(step.minutes).toBeGreaterThan(0)
    }
  })

  it('has every title and summary in every locale, none empty', () => {
    for (const step of playbookSteps) {
      for (const locale of LOCALES) {
        expect(step.title[locale].trim()).not.toBe('')
        expect(step.summary[locale].trim()).not.toBe('')
      }
    }
  })

  it('takes the Chinese step titles from the play where it has them', () => {
    // Copied from the play text; the last two steps exist only in English there.
    expect(playbookSteps.slice(0, 5).map((step) => step.title['zh-CN'])).toEqual([
      '为剧本做准备',
      '定义目标',
      '设定关键成果',
      '分配负责人',
      '用 OKR 跟踪成功',
    ])
  })

  it('is frozen', () => {
    expect(Object.isFrozen(playbookSteps)).toBe(true)
    expect(Object.isFrozen(playbookSteps[0]?.title)).toBe(true)
    expect(Object.isFrozen(PLAYBOOK.people)).toBe(true)
  })
})

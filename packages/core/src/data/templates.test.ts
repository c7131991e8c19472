import { describe, expect, it } from 'vitest'
import { OkrError } from '../errors'
import { LOCALES } from '../i18n/locale'
import { measureSchema } from '../model/key-result'
import { objectiveSchema } from '../model/objective'
import { type ObjectiveTemplate, objectiveFromTemplate, templates } from './templates'

const all: ObjectiveTemplate[] = [...templates.exampleObjectives, ...templates.okrSets]

function counter(): () => string {
  let next = 0
  return () => `id-${++next}`
}

describe('templates', () => {
  it('has the ten example objectives and three worked OKR sets of three KRs', () => {
    expect(templates.exampleObjectives).toHaveLength(10)
    expect(templates.okrSets).toHaveLength(3)
    for (const set of templates.okrSets) expect(set.keyResults).toHaveLength(3)
    // The play gives no key results for the example objectives, so none are made up.
    for (const example of templates.exampleObjectives) expect(example.keyResults).toEqual([])
  })

  it('has unique ids', () => {
    const ids = all.map((template) => template.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const set of templates.okrSets) {
      const krIds = set.keyResults.map((kr) => kr.id)
      expect(new Set(krIds).size).toBe(krIds.length)
    }
  })

  it('has every text in every locale, none empty', () => {
    for (const template of all) {
      const texts = [template.title, ...template.keyResults.map((kr) => kr.title)]
      for (const text of texts) {
        expect(Object.keys(text).sort()).toEqual([...LOCALES].sort())
        for (const locale of LOCALES) expect(text[locale].trim()).not.toBe('')
      }
    }
  })

  it('takes the Chinese wording from the play', () => {
    // Copied from the play text: tests do not read files outside the package.
    expect(templates.exampleObjectives.map((template) => template.title['zh-CN'])).toEqual([
      '提高客户满意度',
      '加快产品开发',
      '扩大市场覆盖面',
      '提高团队工作效率',
      '为未来而构建',
      '赢得人心',
      '成为一家人工智能公司',
      '提高优先产品的参与度',
      '扩大业务团队的采用率',
      '增加销售收入',
    ])
    expect(
      templates.okrSets.map((set) => [
        set.title['zh-CN'],
        ...set.keyResults.map((kr) => kr.title['zh-CN']),
      ]),
    ).toEqual([
      [
        '提高客户满意度',
        '净推荐值 (NPS) 达到 50 或更高',
        '将客户咨询的平均回复时间缩短至 2 小时以内',
        '将客户留住率提高 10%',
      ],
      [
        '加快产品开发',
        '到第 4 季度末推出两项新功能',
        '将平均缺陷解决时间缩短 25%',
        '将自动化测试的百分比提高到 80%',
      ],
      [
        '扩大市场覆盖面',
        '年底前进入三个新的地区市场',
        '在目标市场将品牌知名度提高 20%',
        '与五个关键影响者或组织建立合作伙伴关系',
      ],
    ])
  })

  it('gives every KR a measure the model accepts, with a target that differs from its start', () => {
    for (const set of templates.okrSets) {
      for (const kr of set.keyResults) {
        expect(measureSchema.safeParse(kr.measure).success).toBe(true)
        expect(kr.measure).toEqual(measureSchema.parse(kr.measure))
        if (kr.measure.type === 'metric') expect(kr.measure.target).not.toBe(kr.measure.start)
      }
    }
  })

  it('puts the play’s numbers in the measures, with the direction the wording gives', () => {
    const measures = Object.fromEntries(
      templates.okrSets.flatMap((set) => set.keyResults.map((kr) => [kr.id, kr.measure])),
    )
    expect(measures.nps).toMatchObject({ type: 'metric', target: 50 })
    // "Reduce … to under 2 hours" and "reduce … by 25%" go down.
    expect(measures['response-time']).toMatchObject({ type: 'metric', target: 2, unit: 'h' })
    expect(measures['response-time']).toSatisfy(
      (m: { start: number; target: number }) => m.target < m.start,
    )
    expect(measures['defect-resolution-time']).toEqual({
      type: 'metric',
      start: 0,
      target: -25,
      unit: '%',
    })
    expect(measures.retention).toEqual({ type: 'metric', start: 0, target: 10, unit: '%' })
    expect(measures['new-features']).toEqual({ type: 'metric', start: 0, target: 2 })
    expect(measures['test-automation']).toMatchObject({ target: 80, unit: '%' })
    expect(measures['regional-markets']).toEqual({ type: 'metric', start: 0, target: 3 })
    expect(measures['brand-awareness']).toEqual({ type: 'metric', start: 0, target: 20, unit: '%' })
    expect(measures.partnerships).toEqual({ type: 'metric', start: 0, target: 5 })
  })

  it('flags the measures whose start is a stand-in for the team’s baseline', () => {
    const needsBaseline = templates.okrSets
      .flatMap((set) => set.keyResults)
      .filter((kr) => kr.needsBaseline)
      .map((kr) => kr.id)
    expect(needsBaseline).toEqual(['nps', 'response-time', 'test-automation'])
  })

  it('is frozen, so one consumer cannot change it for the next', () => {
    expect(Object.isFrozen(templates.okrSets[0]?.keyResults[0]?.measure)).toBe(true)
  })
})

describe('objectiveFromTemplate', () => {
  it.each(LOCALES)('makes a schema-valid objective from every template in %s', (locale) => {
    for (const template of all) {
      const objective = objectiveFromTemplate(template, { locale, periodId: '2026-Q1' })
      const parsed = objectiveSchema.safeParse(objective)
      expect(parsed.success).toBe(true)
      expect(parsed.data).toEqual(objective)
      expect(objective.title).toBe(template.title[locale])
      expect(objective.keyResults.map((kr) => kr.title)).toEqual(
        template.keyResults.map((kr) => kr.title[locale]),
      )
    }
  })

  it('uses the wording of the locale and the options given', () => {
    const [template] = templates.okrSets
    if (!template) throw new Error('no template')
    const objective = objectiveFromTemplate(template, {
      locale: 'zh-Hans-CN',
      periodId: '2026-Q1',
      level: 'company',
      commitment: 'committed',
      teamId: 'team-support',
      parentId: 'obj-parent',
      createId: counter(),
    })
    expect(objective).toEqual({
      id: 'id-1',
      periodId: '2026-Q1',
      title: '提高客户满意度',
      level: 'company',
      commitment: 'committed',
      teamId: 'team-support',
      parentId: 'obj-parent',
      keyResults: [
        {
          id: 'id-2',
          title: '净推荐值 (NPS) 达到 50 或更高',
          weight: 1,
          measure: { type: 'metric', start: 30, target: 50 },
        },
        {
          id: 'id-3',
          title: '将客户咨询的平均回复时间缩短至 2 小时以内',
          weight: 1,
          measure: { type: 'metric', start: 8, target: 2, unit: 'h' },
        },
        {
          id: 'id-4',
          title: '将客户留住率提高 10%',
          weight: 1,
          measure: { type: 'metric', start: 0, target: 10, unit: '%' },
        },
      ],
    })
  })

  it('defaults to English, a team level, an aspirational commitment and no team', () => {
    const [template] = templates.exampleObjectives
    if (!template) throw new Error('no template')
    const objective = objectiveFromTemplate(template, { periodId: 'p', createId: counter() })
    expect(objective).toEqual({
      id: 'id-1',
      periodId: 'p',
      title: 'Improve customer satisfaction',
      level: 'team',
      commitment: 'aspirational',
      keyResults: [],
    })
    // Absent, not undefined: the objective survives a JSON round trip unchanged.
    expect('teamId' in objective).toBe(false)
    expect('parentId' in objective).toBe(false)
  })

  it('makes fresh, unique UUIDs by default', () => {
    const [template] = templates.okrSets
    if (!template) throw new Error('no template')
    const a = objectiveFromTemplate(template, { periodId: 'p' })
    const b = objectiveFromTemplate(template, { periodId: 'p' })
    const ids = [a, b].flatMap((objective) => [
      objective.id,
      ...objective.keyResults.map((kr) => kr.id),
    ])
    expect(new Set(ids).size).toBe(8)
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-/)
  })

  it('returns measures the caller may change without touching the template', () => {
    const [template] = templates.okrSets
    if (!template) throw new Error('no template')
    const objective = objectiveFromTemplate(template, { periodId: 'p', createId: counter() })
    const measure = objective.keyResults[0]?.measure
    expect(measure).not.toBe(template.keyResults[0]?.measure)
    expect(Object.isFrozen(measure)).toBe(false)
  })

  it('asks for createId where crypto.randomUUID is missing', () => {
    const [template] = templates.okrSets
    if (!template) throw new Error('no template')
    const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'crypto')
    Object.defineProperty(globalThis, 'crypto', { value: undefined, configurable: true })
    try {
      expect(() => objectiveFromTemplate(template, { periodId: 'p' })).toThrow(OkrError)
      expect(() => objectiveFromTemplate(template, { periodId: 'p' })).toThrow(/createId/)
    } finally {
      if (descriptor) Object.defineProperty(globalThis, 'crypto', descriptor)
    }
  })
})

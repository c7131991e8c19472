import { OkrError } from '../errors'
import { type OkrLocale, resolveLocale } from '../i18n/locale'
import type { KeyResult, Measure } from '../model/key-result'
import type { Commitment, Objective, ObjectiveLevel } from '../model/objective'
import { deepFreeze, type LocalizedText, localizedText as t } from './localized-text'

/** A key result to start from: its wording in every locale and a measure ready to fill in. */
export interface KeyResultTemplate {
  /** Stable within the template, so hosts can key UI state and analytics on it. */
  id: string
  title: LocalizedText
  /** A valid model measure; units are language-neutral (`%`, `h`) or left to the title. */
  measure: Measure
  /**
   * True when the play gives only a target: the measure's `start` is a typical baseline for the
   * team to replace with its own current value before the period starts.
   */
  needsBaseline: boolean
}

/** An objective to start from, with its key results (none when the play gives only the objective). */
export interface ObjectiveTemplate {
  id: string
  title: LocalizedText
  keyResults: readonly KeyResultTemplate[]
}

/** The play's starting points: example objectives to brainstorm from and worked OKR sets. */
export interface OkrTemplates {
  /** The ten example objectives of step 2 ("define objectives"); they come without key results. */
  exampleObjectives: readonly ObjectiveTemplate[]
  /** The three worked OKR sets of step 3 ("set key results"): an objective with three KRs each. */
  okrSets: readonly ObjectiveTemplate[]
}

/**
 * The OKR play's example objectives and worked OKR sets in English and Simplified Chinese; the
 * Chinese wording is the play's own.
 *
 * @example
 * templates.okrSets[0].title['zh-CN'] // '提高客户满意度'
 * templates.okrSets[0].keyResults[0].measure // { type: 'metric', start: 30, target: 50 }
 */
export const templates: OkrTemplates = /* @__PURE__ */ deepFreeze({
  exampleObjectives: [
    {
      id: 'improve-customer-satisfaction',
      title: t('Improve customer satisfaction', '提高客户满意度'),
      keyResults: [],
    },
    {
      id: 'accelerate-product-development',
      title: t('Accelerate product development', '加快产品开发'),
      keyResults: [],
    },
    {
      id: 'expand-market-reach',
      title: t('Expand market reach', '扩大市场覆盖面'),
      keyResults: [],
    },
    {
      id: 'improve-team-productivity',
      title: t('Improve team productivity', '提高团队工作效率'),
      keyResults: [],
    },
    {
      id: 'build-for-the-future',
      title: t('Build for the future', '为未来而构建'),
      keyResults: [],
    },
    { id: 'win-hearts-and-minds', title: t('Win hearts and minds', '赢得人心'), keyResults: [] },
    {
      id: 'become-an-ai-company',
      title: t('Become an AI company', '成为一家人工智能公司'),
      keyResults: [],
    },
    {
      id: 'increase-priority-product-engagement',
      title: t('Increase engagement with our priority products', '提高优先产品的参与度'),
      keyResults: [],
    },
    {
      id: 'expand-business-team-adoption',
      title: t('Expand adoption by business teams', '扩大业务团队的采用率'),
      keyResults: [],
    },
    {
      id: 'increase-sales-revenue',
      title: t('Increase sales revenue', '增加销售收入'),
      keyResults: [],
    },
  ],
  okrSets: [
    {
      id: 'okr-set-customer-satisfaction',
      title: t('Improve customer satisfaction', '提高客户满意度'),
      keyResults: [
        {
          id: 'nps',
          title: t(
            'Reach a Net Promoter Score (NPS) of 50 or higher',
            '净推荐值 (NPS) 达到 50 或更高',
          ),
          // NPS runs from −100 to 100; 30 stands in for the baseline the play does not give.
          measure: { type: 'metric', start: 30, target: 50 },
          needsBaseline: true,
        },
        {
          id: 'response-time',
          title: t(
            'Reduce the average response time to customer inquiries to under 2 hours',
            '将客户咨询的平均回复时间缩短至 2 小时以内',
          ),
          // A decreasing metric: the target is below the start, so scoring counts downwards.
          measure: { type: 'metric', start: 8, target: 2, unit: 'h' },
          needsBaseline: true,
        },
        {
          id: 'retention',
          title: t('Increase customer retention by 10%', '将客户留住率提高 10%'),
          // A relative goal is measured as the change against the baseline, which starts at 0.
          measure: { type: 'metric', start: 0, target: 10, unit: '%' },
          needsBaseline: false,
        },
      ],
    },
    {
      id: 'okr-set-product-development',
      title: t('Accelerate product development', '加快产品开发'),
      keyResults: [
        {
          id: 'new-features',
          title: t('Launch two new features by the end of Q4', '到第 4 季度末推出两项新功能'),
          // A count rather than a milestone: one launch out of two is real, scoreable progress.
          measure: { type: 'metric', start: 0, target: 2 },
          needsBaseline: false,
        },
        {
          id: 'defect-resolution-time',
          title: t(
            'Reduce the average defect resolution time by 25%',
            '将平均缺陷解决时间缩短 25%',
          ),
          // The change against the baseline, going down: −12 means 12% faster, half-way there.
          measure: { type: 'metric', start: 0, target: -25, unit: '%' },
          needsBaseline: false,
        },
        {
          id: 'test-automation',
          title: t(
            'Increase the share of automated tests to 80%',
            '将自动化测试的百分比提高到 80%',
          ),
          measure: { type: 'metric', start: 50, target: 80, unit: '%' },
          needsBaseline: true,
        },
      ],
    },
    {
      id: 'okr-set-market-reach',
      title: t('Expand market reach', '扩大市场覆盖面'),
      keyResults: [
        {
          id: 'regional-markets',
          title: t(
            'Enter three new regional markets by the end of the year',
            '年底前进入三个新的地区市场',
          ),
          measure: { type: 'metric', start: 0, target: 3 },
          needsBaseline: false,
        },
        {
          id: 'brand-awareness',
          title: t(
            'Increase brand awareness in target markets by 20%',
            '在目标市场将品牌知名度提高 20%',
          ),
          measure: { type: 'metric', start: 0, target: 20, unit: '%' },
          needsBaseline: false,
        },
        {
          id: 'partnerships',
          title: t(
            'Establish partnerships with five key influencers or organizations',
            '与五个关键影响者或组织建立合作伙伴关系',
          ),
          measure: { type: 'metric', start: 0, target: 5 },
          needsBaseline: false,
        },
      ],
    },
  ],
})

/** Options of {@link objectiveFromTemplate}: where the new objective goes and how ids are made. */
export interface ObjectiveFromTemplateOptions {
  /** A BCP 47 tag; Chinese tags select the `zh-CN` wording, anything else `en`. Default `en`. */
  locale?: string
  /** The period the objective is set for. */
  periodId: string
  /** Default `team`: the play is a team session. */
  level?: ObjectiveLevel
  /** Default `aspirational`: the play sets stretch goals. */
  commitment?: Commitment
  teamId?: string
  /** The objective this one aligns to. */
  parentId?: string
  /** Makes the ids of the objective and its key results. Default: `crypto.randomUUID()`. */
  createId?: () => string
}

function randomId(): string {
  // Typed structurally: core compiles without DOM or Node globals.
  const crypto = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto
  if (typeof crypto?.randomUUID !== 'function') {
    throw new OkrError(
      'random_uuid_unavailable',
      'crypto.randomUUID() is not available here (browsers offer it only in secure contexts). Pass `createId` to objectiveFromTemplate.',
    )
  }
  return crypto.randomUUID()
}

/**
 * Creates a model objective from a template, in one locale, with fresh ids: the "start from a
 * template" of an editor. Key results get weight 1 and no owner (assigning one is the next step).
 *
 * @example
 * const objective = objectiveFromTemplate(templates.okrSets[0], {
 *   locale: 'zh-CN',
 *   periodId: '2026-Q1',
 *   teamId: 'support',
 * })
 * objective.title // '提高客户满意度'
 * objective.keyResults.length // 3
 */
export function objectiveFromTemplate(
  template: ObjectiveTemplate,
  options: ObjectiveFromTemplateOptions,
): Objective {
  const locale: OkrLocale = resolveLocale(options.locale)
  const createId = options.createId ?? randomId
  const objective: Objective = {
    id: createId(),
    periodId: options.periodId,
    title: template.title[locale],
    level: options.level ?? 'team',
    commitment: options.commitment ?? 'aspirational',
    keyResults: template.keyResults.map(
      (kr): KeyResult => ({
        id: createId(),
        title: kr.title[locale],
        weight: 1,
        // A copy: templates are frozen, and the editor will change the measure.
        measure: { ...kr.measure },
      }),
    ),
  }
  // Only set when given, so the objective round-trips through JSON unchanged.
  if (options.teamId !== undefined) objective.teamId = options.teamId
  if (options.parentId !== undefined) objective.parentId = options.parentId
  return objective
}

import { deepFreeze, type LocalizedText, localizedText as t } from './localized-text'

/** One step of the OKR play's facilitated session. */
export interface PlaybookStep {
  /** Stable kebab-case id, e.g. for a timer's state or a docs anchor. */
  id: string
  /** The play's estimated time for the step. */
  minutes: number
  title: LocalizedText
  /** What the facilitator does in the step, in a sentence or two. */
  summary: LocalizedText
}

/** The facts of the OKR play: preparation, session length and group size. */
export interface PlaybookFacts {
  /** Preparation before the session; the same 10 minutes as the first step. */
  prepMinutes: number
  /** The time to book for the session. */
  durationMinutes: number
  /** How many people the play is made for, inclusive. */
  people: { min: number; max: number }
}

/**
 * The OKR play's facts: 10 minutes of preparation, a 2-hour session, 3–11 people.
 *
 * @example
 * PLAYBOOK.durationMinutes // 120
 * PLAYBOOK.people // { min: 3, max: 11 }
 */
export const PLAYBOOK: PlaybookFacts = /* @__PURE__ */ deepFreeze({
  prepMinutes: 10,
  durationMinutes: 120,
  people: { min: 3, max: 11 },
})

/**
 * The OKR play's agenda in order, with the play's estimated minutes per step (65 in all, leaving
 * room in the 2-hour booking). The play's own numbering skips and repeats; this is its real order.
 *
 * @example
 * playbookSteps.map((step) => step.minutes) // [10, 5, 10, 10, 15, 5, 10]
 * playbookSteps[1].title['zh-CN'] // '定义目标'
 */
export const playbookSteps: readonly PlaybookStep[] = /* @__PURE__ */ deepFreeze([
  {
    id: 'prepare',
    minutes: 10,
    title: t('Prepare for the play', '为剧本做准备'),
    summary: t(
      'Explain the play to the team, create a shared document, agree on the period (a quarter is a good start) and share company goals, the roadmap, customer metrics and any previous OKRs.',
      '向团队解释本演练及其开展原因,创建协作文档,决定设定 OKR 的时间段(季度是一个好的开始),并分享公司目标、项目路线图、客户指标和以前的 OKR。',
    ),
  },
  {
    id: 'define-objectives',
    minutes: 5,
    title: t('Define objectives', '定义目标'),
    summary: t(
      'Brainstorm what the team wants to achieve in the period, group similar ideas and sum them up as 1 to 3 qualitative, ambitious objectives.',
      '让团队开展头脑风暴制定目标,将相似的目标组合在一起,然后将想法总结为 1 至 3 个定性的、远大的目标。',
    ),
  },
  {
    id: 'set-key-results',
    minutes: 10,
    title: t('Set key results', '设定关键成果'),
    summary: t(
      'Give each objective three to five specific, measurable key results about outcomes, not activities, and pair output with quality.',
      '为每个目标设定三到五个具体且可衡量的关键成果,以成果为导向而不是以活动为导向,并同时捕捉输出和质量。',
    ),
  },
  {
    id: 'assign-owners',
    minutes: 10,
    title: t('Assign owners', '分配负责人'),
    summary: t(
      'Assign each key result an owner on the team. While the KR belongs to the whole team, the owner is responsible for tracking the team’s progress on it.',
      '为每个关键成果 (KR) 分配一个团队负责人。虽然 KR 属于整个团队,但负责人负责跟踪团队的进度。',
    ),
  },
  {
    id: 'track',
    minutes: 15,
    title: t('Track success with OKRs', '用 OKR 跟踪成功'),
    summary: t(
      'Review progress on the OKRs once a month and give each key result a score between 0 and 1; expect a mix of on-track and off-track goals.',
      '每月查看一次 OKR 的进度,用介于 0 和 1 之间的分数反映每个关键成果的跟踪情况;正常和偏离的目标同时存在是正常的。',
    ),
  },
  {
    id: 'score',
    minutes: 5,
    title: t('Score OKRs', '为 OKR 评分'),
    summary: t(
      'Use the scoring rubric to honestly assess each key result: on track, off track or at risk, and a score where 0.3 missed the mark, 0.7 came very close and 1.0 met it.',
      '用既定的评分标准如实评估每个关键成果:正常、偏离或有风险;分数 0.3 表示没有达到,0.7 表示非常接近,1.0 表示完全达到。',
    ),
  },
  {
    id: 'analyze',
    minutes: 10,
    title: t('Analyze what scores moved and why', '分析分数的变化及其原因'),
    summary: t(
      'Tell the story behind the score: what happened, why it happened (headwinds, tailwinds, root causes) and so what (plans, support needed, learnings).',
      '讲述分数背后的故事:发生了什么,为什么发生(阻力、助力、根本原因),以及接下来怎么做(计划、所需支持、经验教训)。',
    ),
  },
])

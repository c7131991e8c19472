// A large, realistic board for the UI budgets: ten teams (six writing in English, four in
// Chinese), objectives aligned company → team → individual, five key results each (metrics and a
// milestone), monthly check-ins with real-length updates. Deterministic: the same arguments give
// the same document, so every run measures the same work.
import type { CheckIn, CheckInStatus, KeyResult, Objective, OkrDocument } from '@okrkit/core'

/** The day the benches render as "today": mid-March, so key results without a March check-in are stale. */
export const BENCH_TODAY = '2026-03-20'

const PERIOD = {
  id: '2026-Q1',
  label: 'Q1 2026',
  kind: 'quarter',
  start: '2026-01-01',
  end: '2026-03-31',
} as const
const CHECK_IN_DATES = ['2026-01-30', '2026-02-27', '2026-03-13'] as const

type Language = 'en' | 'zh'

const TEAMS: { id: string; name: string; language: Language }[] = [
  { id: 'team-leadership', name: 'Leadership', language: 'en' },
  { id: 'team-support', name: 'Customer Support', language: 'en' },
  { id: 'team-product', name: 'Product Engineering', language: 'en' },
  { id: 'team-shanghai-rd', name: '上海研发中心', language: 'zh' },
  { id: 'team-platform', name: 'Platform Infrastructure', language: 'en' },
  { id: 'team-east-sales', name: '华东销售团队', language: 'zh' },
  { id: 'team-growth', name: 'Growth Marketing', language: 'en' },
  { id: 'team-success', name: '客户成功团队', language: 'zh' },
  { id: 'team-sales', name: 'Enterprise Sales', language: 'en' },
  { id: 'team-data', name: '数据平台团队', language: 'zh' },
]

const NAMES: Record<Language, readonly string[]> = {
  en: [
    'Maya Chen',
    'Omar Haddad',
    'Lena Fischer',
    'Ravi Patel',
    'Sofia Alvarez',
    'Jun Park',
    'Amara Okafor',
    'Tomás Herrera',
    'Priya Raman',
    'Elif Demir',
    'Noah Bergström',
    'Grace Mensah',
  ],
  zh: [
    '陈美雅',
    '王志强',
    '李娜',
    '刘睿',
    '张思雨',
    '赵安然',
    '周子涵',
    '吴俊杰',
    '孙晓萌',
    '黄嘉怡',
  ],
}

const AREAS: Record<Language, readonly string[]> = {
  en: [
    'onboarding',
    'billing',
    'the mobile app',
    'search',
    'self-service reporting',
    'the partner portal',
    'checkout',
    'data exports',
    'enterprise single sign-on',
    'the help centre',
  ],
  zh: [
    '新用户引导',
    '账单流程',
    '移动应用',
    '搜索功能',
    '自助报表',
    '合作伙伴门户',
    '结账流程',
    '数据导出',
    '企业单点登录',
    '帮助中心',
  ],
}

const OBJECTIVE_TITLES: Record<Language, readonly ((area: string) => string)[]> = {
  en: [
    (a) => `Make ${a} something customers recommend without being asked`,
    (a) => `Every customer who needs help with ${a} gets an answer they trust within a day`,
    (a) => `Ship ${a} that teams can rely on during the busiest weeks of the year`,
    (a) => `Turn ${a} into a reason customers renew instead of a reason they call`,
    (a) => `Cut the cost of running ${a} without slowing anyone down`,
  ],
  zh: [
    (a) => `让${a}成为客户主动向同行推荐的亮点`,
    (a) => `让每位在${a}上遇到问题的客户一天内得到可信的答复`,
    (a) => `打造在全年最忙的几周也稳定可靠的${a}`,
    (a) => `让${a}成为客户续约的理由,而不是打电话投诉的原因`,
    (a) => `在不拖慢任何人的前提下降低${a}的运营成本`,
  ],
}

const DESCRIPTIONS: Record<Language, string> = {
  en: 'Customers told us in the autumn interviews that this is where they lose the most time; fixing it is the cheapest way to lift retention this year.',
  zh: '秋季客户访谈显示,这是客户最耗时的环节;解决它是今年提升留存率成本最低的方式。',
}

interface MetricTemplate {
  title: (area: string, start: string, target: string) => string
  start: number
  target: number
  unit?: string
}

const METRICS: Record<Language, readonly MetricTemplate[]> = {
  en: [
    {
      title: (a, s, t) => `Raise weekly active users of ${a} from ${s} to ${t}`,
      start: 4_200,
      target: 6_000,
    },
    {
      title: (a, s, t) => `Reduce the median time to finish ${a} from ${s} to ${t} minutes`,
      start: 18,
      target: 6,
      unit: 'min',
    },
    {
      title: (a, s, t) => `Cut support tickets about ${a} from ${s} to ${t} a month`,
      start: 640,
      target: 300,
    },
    {
      title: (a, s, t) =>
        `Increase the share of customers who complete ${a} without help from ${s}% to ${t}%`,
      start: 55,
      target: 80,
      unit: '%',
    },
  ],
  zh: [
    {
      title: (a, s, t) => `将${a}的周活跃用户从 ${s} 提高到 ${t}`,
      start: 4_200,
      target: 6_000,
    },
    {
      title: (a, s, t) => `将完成${a}的中位时长从 ${s} 分钟缩短至 ${t} 分钟`,
      start: 18,
      target: 6,
      unit: '分钟',
    },
    {
      title: (a, s, t) => `将关于${a}的每月工单数从 ${s} 张降至 ${t} 张`,
      start: 640,
      target: 300,
      unit: '张',
    },
    {
      title: (a, s, t) => `将无需协助即可完成${a}的客户比例从 ${s}% 提高到 ${t}%`,
      start: 55,
      target: 80,
      unit: '%',
    },
  ],
}

const MILESTONES: Record<Language, (area: string) => string> = {
  en: (a) => `Launch the redesigned ${a} to every customer, in English and Chinese, by 13 March`,
  zh: (a) => `于 3 月 13 日前以中英双语向所有客户上线改版后的${a}`,
}

const UPDATES: Record<Language, readonly { what: string; why: string; soWhat: string }[]> = {
  en: [
    {
      what: 'Moved faster than planned after the two quick wins from the January interviews went live.',
      why: 'Both fixes removed a step that most customers hit on their first day.',
      soWhat: 'We keep the same plan and put the spare week into the next item on the list.',
    },
    {
      what: 'Progress stalled for two weeks while the team covered the on-call rotation.',
      why: 'Two people were out sick during the release freeze, and the backlog grew.',
      soWhat: 'We asked the platform team for one engineer until the end of the month.',
    },
    {
      what: 'The new dashboard is live for half of the customers; the numbers look steady.',
      why: 'We rolled out gradually to watch support volume before going further.',
      soWhat: 'Full rollout next week if tickets stay flat.',
    },
  ],
  zh: [
    {
      what: '一月访谈中的两个快速改进上线后,进度比计划更快。',
      why: '这两个修复去掉了大多数客户第一天就会遇到的一个步骤。',
      soWhat: '保持原计划,把节省下来的一周用于清单上的下一项。',
    },
    {
      what: '团队轮值期间,进度停滞了两周。',
      why: '发布冻结期间有两位同事病假,积压的工作增加了。',
      soWhat: '已向平台团队申请一位工程师支援到月底。',
    },
    {
      what: '新看板已对一半客户开放,数据表现平稳。',
      why: '我们分批上线,以便在扩大范围前观察工单量。',
      soWhat: '如果工单量保持平稳,下周全面上线。',
    },
  ],
}

/** A small seeded PRNG (mulberry32): variety without losing determinism. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

const pick = <T>(list: readonly T[], index: number): T => list[index % list.length] as T
const round1 = (n: number) => Math.round(n * 10) / 10

function statusFor(progress: number, expected: number, noise: number): CheckInStatus {
  const gap = progress - expected + noise
  return gap >= -0.1 ? 'on-track' : gap >= -0.25 ? 'at-risk' : 'off-track'
}

/**
 * Generates a board of `objectiveCount` objectives with `keyResultsPerObjective` key results
 * each (the last one a milestone), in one quarter. One in twenty objectives is company level,
 * one in five team level, the rest individual; each aligns to one of the level above. A third
 * of the key results have no March check-in, so they show as stale on `BENCH_TODAY`.
 *
 * @example
 * const doc = generateBoardDocument(200, 5) // 200 objectives, 1,000 key results
 */
export function generateBoardDocument(
  objectiveCount = 200,
  keyResultsPerObjective = 5,
): OkrDocument {
  const next = random(0x0c7a_2026)
  const people = TEAMS.flatMap((team, t) =>
    Array.from({ length: 4 }, (_, i) => ({
      id: `person-${t}-${i}`,
      name: pick(NAMES[team.language], t * 4 + i),
      teamId: team.id,
    })),
  )
  const companyCount = Math.max(1, Math.round(objectiveCount / 20))
  const teamLevelCount = Math.round(objectiveCount / 5)
  const objectives: Objective[] = []
  const checkIns: CheckIn[] = []
  const byLevel: { company: string[]; team: Map<string, string[]> } = {
    company: [],
    team: new Map(),
  }

  for (let o = 0; o < objectiveCount; o++) {
    const level =
      o < companyCount ? 'company' : o < companyCount + teamLevelCount ? 'team' : 'individual'
    // Company objectives belong to the leadership team; the others go round the other teams.
    const t = level === 'company' ? 0 : 1 + (o % (TEAMS.length - 1))
    const team = TEAMS[t] as (typeof TEAMS)[number]
    const language = level === 'company' ? (o % 2 === 0 ? 'en' : 'zh') : team.language
    const area = pick(AREAS[language], o * 3 + t)
    const id = `objective-${o}`
    const teamObjectives = byLevel.team.get(team.id) ?? []
    const parentId =
      level === 'company'
        ? undefined
        : level === 'team'
          ? pick(byLevel.company, o)
          : teamObjectives.length > 0
            ? pick(teamObjectives, o)
            : pick(byLevel.company, o)
    if (level === 'company') byLevel.company.push(id)
    if (level === 'team') byLevel.team.set(team.id, [...teamObjectives, id])

    const keyResults: KeyResult[] = []
    for (let k = 0; k < keyResultsPerObjective; k++) {
      const krId = `kr-${o}-${k}`
      const ownerId = `person-${t}-${(o + k) % 4}`
      const milestone = k === keyResultsPerObjective - 1
      const pace = 0.35 + next() * 0.8 // share of the way to target by the end of March
      const withMarch = (o + k) % 3 !== 0
      const dates = withMarch ? CHECK_IN_DATES : CHECK_IN_DATES.slice(0, 2)
      if (milestone) {
        const done = withMarch && pace > 0.9
        keyResults.push({
          id: krId,
          title: MILESTONES[language](area),
          ownerId,
          weight: 1,
          measure: { type: 'milestone', done, due: '2026-03-13' },
        })
        dates.forEach((date, m) => {
          const last = m === dates.length - 1
          checkIns.push(
            checkIn(krId, date, m, language, o + k, {
              ...(last && done && { score: 1 }),
              status: last && done ? 'on-track' : statusFor(pace * ((m + 1) / 3), (m + 1) / 3, 0),
              confidence: round1(0.4 + next() * 0.5),
            }),
          )
        })
      } else {
        const template = pick(METRICS[language], k + o)
        const scale = 1 + (o % 4) * 0.25
        const start = Math.round(template.start * scale)
        const target = Math.round(template.target * scale)
        let value = start
        dates.forEach((date, m) => {
          const share = Math.min(1.2, pace * ((m + 1) / 3) + (next() - 0.5) * 0.1)
          value = round1(start + (target - start) * share)
          checkIns.push(
            checkIn(krId, date, m, language, o + k, {
              value,
              status: statusFor(share, (m + 1) / 3, (next() - 0.5) * 0.1),
              confidence: round1(0.4 + next() * 0.5),
            }),
          )
        })
        keyResults.push({
          id: krId,
          title: template.title(area, start.toLocaleString('en'), target.toLocaleString('en')),
          ownerId,
          weight: k === 0 ? 2 : 1,
          measure: {
            type: 'metric',
            start,
            target,
            ...(template.unit !== undefined && { unit: template.unit }),
            current: value,
          },
        })
      }
    }

    objectives.push({
      id,
      periodId: PERIOD.id,
      title: pick(OBJECTIVE_TITLES[language], o + t)(area),
      ...(o % 4 === 0 && { description: DESCRIPTIONS[language] }),
      ownerId: `person-${t}-${o % 4}`,
      teamId: team.id,
      level,
      ...(parentId !== undefined && { parentId }),
      commitment: o % 3 === 0 ? 'committed' : 'aspirational',
      keyResults,
    })
  }

  return {
    schemaVersion: 1,
    periods: [{ ...PERIOD }],
    teams: TEAMS.map(({ id, name }, t) => ({
      id,
      name,
      ...(t > 0 && { parentId: TEAMS[0]?.id }),
    })),
    people,
    objectives,
    checkIns,
    retrospectives: [],
  }
}

function checkIn(
  keyResultId: string,
  date: string,
  month: number,
  language: Language,
  seed: number,
  fields: Pick<CheckIn, 'status'> & Partial<CheckIn>,
): CheckIn {
  return {
    id: `ci-${keyResultId}-${month + 1}`,
    keyResultId,
    date,
    update: { ...pick(UPDATES[language], seed + month) },
    headwinds: [],
    tailwinds: [],
    decisions: [],
    risks: [],
    learnings: [],
    ...fields,
  }
}

import type { OkrLocale } from '../i18n/locale'
import type { CheckIn, CheckInStatus } from '../model/check-in'
import type { IsoDate } from '../model/common'
import type { OkrDocument } from '../model/document'
import type { KeyResult } from '../model/key-result'
import type { Commitment, Objective, ObjectiveLevel } from '../model/objective'
import { deepFreeze, type LocalizedText, localizedText as t } from './localized-text'

// The document is written once with every text in both locales, so the English and Chinese
// versions cannot drift apart: they differ in text only, never in structure or numbers.

type MetricSource = {
  type: 'metric'
  start: number
  target: number
  unit?: LocalizedText
  current: number
}
type MilestoneSource = { type: 'milestone'; done: boolean; due: IsoDate }

interface KeyResultSource {
  id: string
  title: LocalizedText
  ownerId: string
  measure: MetricSource | MilestoneSource
}

interface ObjectiveSource {
  id: string
  title: LocalizedText
  description?: LocalizedText
  ownerId: string
  teamId: string
  level: ObjectiveLevel
  parentId?: string
  commitment: Commitment
  keyResults: KeyResultSource[]
}

interface CheckInSource {
  keyResultId: string
  date: IsoDate
  value?: number
  score?: number
  status: CheckInStatus
  confidence: number
  what: LocalizedText
  why: LocalizedText
  soWhat: LocalizedText
  headwinds?: LocalizedText[]
  tailwinds?: LocalizedText[]
  decisions?: LocalizedText[]
  risks?: LocalizedText[]
  learnings?: LocalizedText[]
}

const PERIOD_ID = '2026-Q1'
// Monthly check-ins on the last Friday of each month.
const JAN = '2026-01-30'
const FEB = '2026-02-27'
const MAR = '2026-03-27'

const PERCENT = t('%', '%')
const HOURS = t('h', '小时')
const DAYS = t('days', '天')
const TICKETS = t('tickets', '张')

const TEAMS = [
  { id: 'team-company', name: t('Leadership', '管理团队') },
  { id: 'team-support', name: t('Customer Support', '客户支持团队'), parentId: 'team-company' },
  { id: 'team-product', name: t('Product Engineering', '产品研发团队'), parentId: 'team-company' },
]

const PEOPLE = [
  { id: 'p-ceo', name: t('Maya Chen', '陈美雅'), teamId: 'team-company' },
  { id: 'p-coo', name: t('Omar Haddad', '王志强'), teamId: 'team-company' },
  { id: 'p-support-lead', name: t('Lena Fischer', '李娜'), teamId: 'team-support' },
  { id: 'p-support-agent', name: t('Ravi Patel', '刘睿'), teamId: 'team-support' },
  { id: 'p-eng-manager', name: t('Sofia Alvarez', '张思雨'), teamId: 'team-product' },
  { id: 'p-engineer', name: t('Jun Park', '朴俊'), teamId: 'team-product' },
  { id: 'p-product-manager', name: t('Amara Okafor', '赵安然'), teamId: 'team-product' },
]

const OBJECTIVES: ObjectiveSource[] = [
  {
    id: 'obj-company-customers',
    title: t(
      'Customers love us enough to stay and tell their friends',
      '让客户满意到愿意留下并推荐给朋友',
    ),
    description: t(
      'Our 2026 strategy starts with customer satisfaction: happy customers renew, expand and refer.',
      '2026 年的战略从客户满意度开始:满意的客户会续约、扩大使用并推荐他人。',
    ),
    ownerId: 'p-ceo',
    teamId: 'team-company',
    level: 'company',
    commitment: 'aspirational',
    keyResults: [
      {
        id: 'kr-nps',
        title: t(
          'Raise the Net Promoter Score (NPS) from 32 to 50',
          '将净推荐值 (NPS) 从 32 提高到 50',
        ),
        ownerId: 'p-ceo',
        measure: { type: 'metric', start: 32, target: 50, current: 45 },
      },
      {
        id: 'kr-churn',
        title: t(
          'Reduce monthly customer churn from 3.0% to 2.0%',
          '将每月客户流失率从 3.0% 降至 2.0%',
        ),
        ownerId: 'p-coo',
        measure: { type: 'metric', start: 3, target: 2, unit: PERCENT, current: 2.3 },
      },
      {
        id: 'kr-nrr',
        title: t(
          'Grow net revenue retention from 104% to 110%',
          '将净收入留存率从 104% 提高到 110%',
        ),
        ownerId: 'p-coo',
        measure: { type: 'metric', start: 104, target: 110, unit: PERCENT, current: 107.5 },
      },
    ],
  },
  {
    id: 'obj-support-response',
    title: t('Every customer feels heard, fast', '让每位客户都能快速得到回应'),
    ownerId: 'p-support-lead',
    teamId: 'team-support',
    level: 'team',
    parentId: 'obj-company-customers',
    commitment: 'committed',
    keyResults: [
      {
        id: 'kr-first-response',
        title: t(
          'Reduce the median first response time from 6 hours to under 2 hours',
          '将首次回复时间中位数从 6 小时缩短至 2 小时以内',
        ),
        ownerId: 'p-support-lead',
        measure: { type: 'metric', start: 6, target: 2, unit: HOURS, current: 1.8 },
      },
      // An output KR and its quality guard: resolving more tickets must not mean reopening more.
      {
        id: 'kr-tickets-resolved',
        title: t(
          'Increase tickets resolved per month from 1,200 to 1,500',
          '将每月解决的工单数从 1,200 张提高到 1,500 张',
        ),
        ownerId: 'p-support-agent',
        measure: { type: 'metric', start: 1200, target: 1500, unit: TICKETS, current: 1480 },
      },
      {
        id: 'kr-tickets-reopened',
        title: t(
          'Reduce the share of resolved tickets that are reopened from 8% to 4%',
          '将已解决工单的重开率从 8% 降至 4%',
        ),
        ownerId: 'p-support-lead',
        measure: { type: 'metric', start: 8, target: 4, unit: PERCENT, current: 5.6 },
      },
      {
        id: 'kr-csat',
        title: t(
          'Raise customer satisfaction (CSAT) from 4.2 to 4.6 out of 5',
          '将客户满意度评分 (CSAT) 从 4.2 提高到 4.6(满分 5 分)',
        ),
        ownerId: 'p-support-agent',
        measure: { type: 'metric', start: 4.2, target: 4.6, current: 4.5 },
      },
    ],
  },
  {
    id: 'obj-billing-expert',
    title: t("Become the team's go-to expert on billing questions", '成为团队中解答账单问题的专家'),
    ownerId: 'p-support-agent',
    teamId: 'team-support',
    level: 'individual',
    parentId: 'obj-support-response',
    commitment: 'aspirational',
    keyResults: [
      {
        id: 'kr-billing-one-day',
        title: t(
          'Increase billing tickets resolved within one business day from 60% to 90%',
          '将一个工作日内解决的账单工单比例从 60% 提高到 90%',
        ),
        ownerId: 'p-support-agent',
        measure: { type: 'metric', start: 60, target: 90, unit: PERCENT, current: 86 },
      },
      {
        id: 'kr-billing-faq',
        title: t(
          'Billing FAQ approved by Finance and live in both languages by 27 February',
          '账单常见问题解答于 2 月 27 日前经财务部批准并以两种语言上线',
        ),
        ownerId: 'p-support-agent',
        measure: { type: 'milestone', done: true, due: '2026-02-27' },
      },
      {
        id: 'kr-billing-escalations',
        title: t(
          'Reduce billing escalations to Finance from 40 to 15 a month',
          '将每月转交财务部的账单问题从 40 个减少到 15 个',
        ),
        ownerId: 'p-support-agent',
        measure: { type: 'metric', start: 40, target: 15, current: 22 },
      },
    ],
  },
  {
    id: 'obj-product-reliability',
    title: t('Ship a product customers can rely on', '交付客户可以信赖的产品'),
    description: t(
      'Detractors name slow bug fixes and crashes first; fixing them is how Product moves NPS.',
      '贬损者最常提到缺陷修复慢和崩溃;解决这些问题是产品团队提升 NPS 的方式。',
    ),
    ownerId: 'p-eng-manager',
    teamId: 'team-product',
    level: 'team',
    parentId: 'obj-company-customers',
    commitment: 'aspirational',
    keyResults: [
      {
        id: 'kr-bug-resolution',
        title: t(
          'Reduce the average defect resolution time by 25%, from 12 to 9 days',
          '将平均缺陷解决时间缩短 25%,从 12 天缩短至 9 天',
        ),
        ownerId: 'p-eng-manager',
        measure: { type: 'metric', start: 12, target: 9, unit: DAYS, current: 9.4 },
      },
      {
        id: 'kr-test-automation',
        title: t(
          'Increase the share of automated tests from 55% to 80%',
          '将自动化测试的百分比从 55% 提高到 80%',
        ),
        ownerId: 'p-engineer',
        measure: { type: 'metric', start: 55, target: 80, unit: PERCENT, current: 71 },
      },
      {
        id: 'kr-crash-sessions',
        title: t(
          'Reduce the share of sessions with a crash from 1.2% to 0.5%',
          '将发生崩溃的会话比例从 1.2% 降至 0.5%',
        ),
        ownerId: 'p-engineer',
        measure: { type: 'metric', start: 1.2, target: 0.5, unit: PERCENT, current: 0.6 },
      },
      {
        id: 'kr-offline-mode',
        title: t(
          'Offline mode generally available on iOS and Android by 20 March',
          '离线模式于 3 月 20 日前在 iOS 和 Android 上全面上线',
        ),
        ownerId: 'p-product-manager',
        measure: { type: 'milestone', done: false, due: '2026-03-20' },
      },
    ],
  },
]

const CHECK_INS: CheckInSource[] = [
  // kr-nps
  {
    keyResultId: 'kr-nps',
    date: JAN,
    value: 34,
    status: 'at-risk',
    confidence: 0.5,
    what: t(
      'NPS rose from 32 to 34 in the January survey (612 responses).',
      '1 月调查中 NPS 从 32 升至 34(612 份回复)。',
    ),
    why: t(
      'Customers notice faster replies, but detractors still name bugs that take weeks to fix.',
      '客户注意到了回复变快,但贬损者仍然提到需要数周才能修复的缺陷。',
    ),
    soWhat: t(
      'Share detractor comments with Product every week.',
      '每周与产品团队分享贬损者的意见。',
    ),
    headwinds: [t('Slow bug fixes dominate detractor comments', '贬损者的意见集中在缺陷修复慢')],
    risks: [t('The survey lags changes by about a month', '调查结果比实际变化滞后约一个月')],
  },
  {
    keyResultId: 'kr-nps',
    date: FEB,
    value: 39,
    status: 'on-track',
    confidence: 0.5,
    what: t(
      'NPS reached 39; promoters grew from 41% to 46%.',
      'NPS 达到 39;推荐者从 41% 增至 46%。',
    ),
    why: t(
      'First replies under 3 hours and the billing FAQ removed two common complaints.',
      '首次回复缩短到 3 小时以内,账单常见问题解答也消除了两类常见投诉。',
    ),
    soWhat: t(
      'Ask Product to prioritise the three bugs detractors name most.',
      '请产品团队优先处理贬损者提到最多的三个缺陷。',
    ),
    tailwinds: [
      t('Faster support replies', '支持团队回复更快'),
      t('Billing FAQ live', '账单常见问题解答已上线'),
    ],
    decisions: [t('Call back every detractor within 48 hours', '在 48 小时内回访每一位贬损者')],
  },
  {
    keyResultId: 'kr-nps',
    date: MAR,
    value: 45,
    score: 0.7,
    status: 'off-track',
    confidence: 0.2,
    what: t(
      'NPS reached 45: up 13 points in the quarter, short of 50.',
      'NPS 达到 45:本季度提高了 13 分,但未达到 50。',
    ),
    why: t(
      'Offline mode slipped, and it is the first request of detractors on mobile.',
      '离线模式延期,而这是移动端贬损者的首要诉求。',
    ),
    soWhat: t(
      'Carry the goal into Q2 with offline mode as the lever; 0.7 is a good score for a stretch target.',
      '将该目标延续到第 2 季度,以离线模式为抓手;对于延伸目标,0.7 是不错的分数。',
    ),
    learnings: [
      t(
        'NPS moves a month after the experience does: read it as a lagging indicator.',
        'NPS 比体验的变化晚一个月:应把它当作滞后指标来看。',
      ),
    ],
  },
  // kr-churn
  {
    keyResultId: 'kr-churn',
    date: JAN,
    value: 2.9,
    status: 'at-risk',
    confidence: 0.4,
    what: t('Monthly churn was 2.9%, down from 3.0%.', '每月客户流失率为 2.9%,低于 3.0%。'),
    why: t(
      'Two large accounts left over the December price change.',
      '两个大客户因 12 月的价格调整而流失。',
    ),
    soWhat: t(
      'Start health calls with the 50 accounts whose usage is lowest.',
      '对使用量最低的 50 个客户开展健康回访。',
    ),
    headwinds: [t('Price change announced in December', '12 月宣布的价格调整')],
    decisions: [
      t(
        'Customer success calls every account whose usage drops 30% in a month',
        '客户成功团队回访每个月使用量下降 30% 的客户',
      ),
    ],
  },
  {
    keyResultId: 'kr-churn',
    date: FEB,
    value: 2.5,
    status: 'on-track',
    confidence: 0.5,
    what: t('Churn fell to 2.5%.', '客户流失率降至 2.5%。'),
    why: t('Health calls saved 6 of 9 accounts at risk.', '健康回访挽留了 9 个风险客户中的 6 个。'),
    soWhat: t(
      'Turn the health calls into a playbook for the whole success team.',
      '将健康回访整理成整个客户成功团队的工作手册。',
    ),
    tailwinds: [t('Health calls work', '健康回访有效')],
    learnings: [
      t(
        'A drop in usage predicts churn about six weeks ahead.',
        '使用量下降大约提前六周预示客户流失。',
      ),
    ],
  },
  {
    keyResultId: 'kr-churn',
    date: MAR,
    value: 2.3,
    score: 0.7,
    status: 'on-track',
    confidence: 0.3,
    what: t('Churn was 2.3% in March.', '3 月客户流失率为 2.3%。'),
    why: t(
      'The health-call playbook covers every account manager now.',
      '健康回访手册现已覆盖所有客户经理。',
    ),
    soWhat: t(
      'Keep the playbook; reaching 2.0% needs the product fixes planned for Q2.',
      '继续执行该手册;要降到 2.0% 还需要第 2 季度计划的产品改进。',
    ),
  },
  // kr-nrr
  {
    keyResultId: 'kr-nrr',
    date: JAN,
    value: 104.5,
    status: 'off-track',
    confidence: 0.3,
    what: t('Net revenue retention was 104.5%.', '净收入留存率为 104.5%。'),
    why: t(
      'Few expansions: sales spent January on new customers.',
      '扩展销售很少:销售团队 1 月专注于新客户。',
    ),
    soWhat: t(
      'Give every account manager an expansion target from February.',
      '从 2 月起为每位客户经理设定扩展销售指标。',
    ),
    headwinds: [t('Sales focus on new customers', '销售团队专注于新客户')],
    decisions: [t('Account managers own expansion targets', '客户经理负责扩展销售指标')],
  },
  {
    keyResultId: 'kr-nrr',
    date: FEB,
    value: 106,
    status: 'on-track',
    confidence: 0.4,
    what: t('Net revenue retention rose to 106%.', '净收入留存率升至 106%。'),
    why: t(
      'Expansion targets and the workflow builder add-on drove upgrades.',
      '扩展销售指标和工作流构建器附加组件带动了升级。',
    ),
    soWhat: t(
      'Offer the add-on to the 30 largest accounts in March.',
      '3 月向 30 个最大的客户推荐该附加组件。',
    ),
    tailwinds: [t('The workflow builder add-on sells well', '工作流构建器附加组件销售良好')],
    risks: [
      t('Large expansions depend on customer budget cycles', '大额扩展销售取决于客户的预算周期'),
    ],
  },
  {
    keyResultId: 'kr-nrr',
    date: MAR,
    value: 107.5,
    score: 0.6,
    status: 'off-track',
    confidence: 0.1,
    what: t('Net revenue retention reached 107.5%.', '净收入留存率达到 107.5%。'),
    why: t(
      'Two large expansions moved into April with the customers’ budget year.',
      '两笔大额扩展销售随客户的预算年度推迟到 4 月。',
    ),
    soWhat: t(
      'Track the expansion pipeline by expected close month.',
      '按预计成交月份跟踪扩展销售管道。',
    ),
    learnings: [
      t(
        'Customer budget cycles decide when expansions land; plan targets around them.',
        '客户的预算周期决定扩展销售何时落地;制定目标时要考虑这一点。',
      ),
    ],
  },
  // kr-first-response
  {
    keyResultId: 'kr-first-response',
    date: JAN,
    value: 4.5,
    status: 'on-track',
    confidence: 0.6,
    what: t(
      'Median first response time fell from 6 to 4.5 hours.',
      '首次回复时间中位数从 6 小时降至 4.5 小时。',
    ),
    why: t('A triage rota now covers the morning peak.', '分诊轮值现已覆盖早高峰。'),
    soWhat: t(
      'Start the Asia-Pacific shift planned for February.',
      '启动计划于 2 月开始的亚太班次。',
    ),
    tailwinds: [t('Morning triage rota', '早间分诊轮值')],
    decisions: [t('Start an Asia-Pacific shift in February', '2 月开设亚太班次')],
  },
  {
    keyResultId: 'kr-first-response',
    date: FEB,
    value: 3.1,
    status: 'on-track',
    confidence: 0.7,
    what: t('Median first response time was 3.1 hours.', '首次回复时间中位数为 3.1 小时。'),
    why: t('The Asia-Pacific shift took over the overnight queue.', '亚太班次接管了夜间队列。'),
    soWhat: t(
      'Route billing tickets straight to the billing expert.',
      '将账单工单直接分派给账单专家。',
    ),
    tailwinds: [t('Asia-Pacific shift live', '亚太班次已上线')],
    risks: [
      t(
        'Faster replies may be worse replies: watch the reopen rate',
        '回复更快可能意味着质量下降:关注重开率',
      ),
    ],
  },
  {
    keyResultId: 'kr-first-response',
    date: MAR,
    value: 1.8,
    score: 1,
    status: 'on-track',
    confidence: 0.95,
    what: t(
      'Median first response time was 1.8 hours: target met.',
      '首次回复时间中位数为 1.8 小时:已达成目标。',
    ),
    why: t(
      'Routing rules and the new shift cleared the overnight backlog.',
      '分派规则和新班次清除了夜间积压。',
    ),
    soWhat: t(
      'Hold this level and aim at resolving issues in the first reply next quarter.',
      '保持这一水平,下季度以首次回复即解决问题为目标。',
    ),
    learnings: [
      t(
        'A 1.0 means the target was safe; set a harder one next time.',
        '得分 1.0 说明目标偏保守;下次应设定更难的目标。',
      ),
    ],
  },
  // kr-tickets-resolved
  {
    keyResultId: 'kr-tickets-resolved',
    date: JAN,
    value: 1290,
    status: 'on-track',
    confidence: 0.6,
    what: t('1,290 tickets resolved in January.', '1 月解决了 1,290 张工单。'),
    why: t(
      'New macros answer the ten most common questions.',
      '新的快捷回复覆盖了十个最常见的问题。',
    ),
    soWhat: t(
      'Look at the reopen rate before celebrating: it went up.',
      '庆祝之前先看重开率:它上升了。',
    ),
    tailwinds: [t('Macros for the ten most common questions', '十个最常见问题的快捷回复')],
  },
  {
    keyResultId: 'kr-tickets-resolved',
    date: FEB,
    value: 1420,
    status: 'on-track',
    confidence: 0.7,
    what: t('1,420 tickets resolved.', '解决了 1,420 张工单。'),
    why: t('The Asia-Pacific shift added capacity.', '亚太班次增加了处理能力。'),
    soWhat: t(
      'Keep the pace without closing tickets before customers confirm.',
      '保持节奏,但不要在客户确认之前关闭工单。',
    ),
  },
  {
    keyResultId: 'kr-tickets-resolved',
    date: MAR,
    value: 1480,
    score: 0.9,
    status: 'on-track',
    confidence: 0.6,
    what: t('1,480 tickets resolved in March.', '3 月解决了 1,480 张工单。'),
    why: t(
      'The March billing change brought in more tickets that needed Finance.',
      '3 月的账单调整带来了更多需要财务部处理的工单。',
    ),
    soWhat: t(
      'Hold at this level; quality is the focus for Q2.',
      '保持在这一水平;第 2 季度的重点是质量。',
    ),
  },
  // kr-tickets-reopened
  {
    keyResultId: 'kr-tickets-reopened',
    date: JAN,
    value: 9.5,
    status: 'off-track',
    confidence: 0.3,
    what: t(
      '9.5% of resolved tickets were reopened, up from 8%.',
      '已解决工单的重开率为 9.5%,高于 8%。',
    ),
    why: t(
      'Agents closed tickets with a macro before the customer confirmed the fix.',
      '客服在客户确认问题解决之前就用快捷回复关闭了工单。',
    ),
    soWhat: t(
      'Close tickets only after the customer confirms or after 3 days of silence.',
      '仅在客户确认或 3 天无回复后关闭工单。',
    ),
    headwinds: [t('The push for speed led to early closing', '追求速度导致过早关闭工单')],
    decisions: [
      t(
        'Tickets close after customer confirmation or 3 days of silence',
        '工单在客户确认或 3 天无回复后关闭',
      ),
    ],
    learnings: [
      t(
        'Without this quality KR the tickets-resolved KR would have hidden the problem.',
        '如果没有这个质量 KR,工单解决数 KR 会掩盖这个问题。',
      ),
    ],
  },
  {
    keyResultId: 'kr-tickets-reopened',
    date: FEB,
    value: 6.8,
    status: 'at-risk',
    confidence: 0.4,
    what: t('The reopen rate fell to 6.8%.', '重开率降至 6.8%。'),
    why: t(
      'The confirmation rule works; billing tickets still reopen most often.',
      '确认规则有效;账单工单仍然最常被重开。',
    ),
    soWhat: t('Review the billing macros with Finance.', '与财务部一起审查账单快捷回复。'),
    risks: [
      t(
        'The billing change in March may reopen many tickets',
        '3 月的账单调整可能导致大量工单被重开',
      ),
    ],
  },
  {
    keyResultId: 'kr-tickets-reopened',
    date: MAR,
    value: 5.6,
    score: 0.6,
    status: 'off-track',
    confidence: 0.2,
    what: t(
      'The reopen rate was 5.6%: better than at the start, short of 4%.',
      '重开率为 5.6%:好于季度初,但未达到 4%。',
    ),
    why: t(
      'The March billing change reopened many tickets, as feared.',
      '正如所担心的,3 月的账单调整导致大量工单被重开。',
    ),
    soWhat: t(
      'Keep this KR in Q2 and review the macros every month.',
      '在第 2 季度保留这个 KR,并每月审查快捷回复。',
    ),
    headwinds: [t('March billing change', '3 月的账单调整')],
  },
  // kr-csat
  {
    keyResultId: 'kr-csat',
    date: JAN,
    value: 4.3,
    status: 'on-track',
    confidence: 0.5,
    what: t('CSAT was 4.3.', '客户满意度评分为 4.3。'),
    why: t('Faster first replies are rated well.', '更快的首次回复获得了好评。'),
    soWhat: t(
      'Read every rating of 1 or 2 in the weekly meeting.',
      '在周会上逐条查看 1 分和 2 分的评价。',
    ),
  },
  {
    keyResultId: 'kr-csat',
    date: FEB,
    value: 4.3,
    status: 'at-risk',
    confidence: 0.4,
    what: t('CSAT stayed at 4.3.', '客户满意度评分保持在 4.3。'),
    why: t(
      'Reopened tickets get the lowest ratings and cancel out the faster replies.',
      '被重开的工单评分最低,抵消了回复变快带来的提升。',
    ),
    soWhat: t('The reopen rate is the lever for CSAT too.', '重开率同样是提升客户满意度的关键。'),
    headwinds: [t('Reopened tickets rate lowest', '被重开的工单评分最低')],
  },
  {
    keyResultId: 'kr-csat',
    date: MAR,
    value: 4.5,
    score: 0.7,
    status: 'on-track',
    confidence: 0.3,
    what: t('CSAT rose to 4.5.', '客户满意度评分升至 4.5。'),
    why: t(
      'Fewer reopened tickets outside billing, and the billing FAQ helped.',
      '账单以外的重开工单减少,账单常见问题解答也起了作用。',
    ),
    soWhat: t('Keep the weekly review of low ratings.', '继续每周查看低分评价。'),
  },
  // kr-billing-one-day
  {
    keyResultId: 'kr-billing-one-day',
    date: JAN,
    value: 68,
    status: 'on-track',
    confidence: 0.5,
    what: t(
      '68% of billing tickets were resolved within one business day.',
      '68% 的账单工单在一个工作日内得到解决。',
    ),
    why: t(
      'Ravi takes all billing tickets in the morning rota.',
      '刘睿在早间轮值中负责所有账单工单。',
    ),
    soWhat: t(
      'Write down the answers Finance gives, for the FAQ.',
      '记录财务部给出的答复,用于常见问题解答。',
    ),
  },
  {
    keyResultId: 'kr-billing-one-day',
    date: FEB,
    value: 79,
    status: 'on-track',
    confidence: 0.6,
    what: t('79% resolved within one business day.', '79% 在一个工作日内得到解决。'),
    why: t(
      'The FAQ answers the common questions before they need Finance.',
      '常见问题解答在需要财务部介入之前就回答了常见问题。',
    ),
    soWhat: t('Automate routing of billing tickets.', '自动分派账单工单。'),
    tailwinds: [t('Billing FAQ live', '账单常见问题解答已上线')],
  },
  {
    keyResultId: 'kr-billing-one-day',
    date: MAR,
    value: 86,
    score: 0.8,
    status: 'on-track',
    confidence: 0.4,
    what: t('86% resolved within one business day.', '86% 在一个工作日内得到解决。'),
    why: t(
      'Routing works; the March billing change added questions the FAQ did not cover yet.',
      '自动分派有效;3 月的账单调整带来了常见问题解答尚未覆盖的新问题。',
    ),
    soWhat: t(
      'Update the FAQ within a week of every billing change.',
      '每次账单调整后一周内更新常见问题解答。',
    ),
  },
  // kr-billing-faq
  {
    keyResultId: 'kr-billing-faq',
    date: JAN,
    status: 'on-track',
    confidence: 0.8,
    what: t(
      'A draft with 24 answers is with Finance for review.',
      '包含 24 个答案的草稿已提交财务部审核。',
    ),
    why: t(
      'Answers come straight from January’s billing tickets.',
      '答案直接来自 1 月的账单工单。',
    ),
    soWhat: t('Book the translation for mid-February.', '预约 2 月中旬的翻译。'),
  },
  {
    keyResultId: 'kr-billing-faq',
    date: FEB,
    score: 1,
    status: 'on-track',
    confidence: 1,
    what: t(
      'Finance approved the FAQ; it went live in English and Chinese on 25 February.',
      '财务部批准了常见问题解答;它于 2 月 25 日以中英文上线。',
    ),
    why: t('Finance reviewed within a week.', '财务部在一周内完成了审核。'),
    soWhat: t(
      'Measure views and the billing tickets it prevents.',
      '衡量浏览量以及它减少的账单工单。',
    ),
    tailwinds: [t('Quick review by Finance', '财务部审核迅速')],
  },
  {
    keyResultId: 'kr-billing-faq',
    date: MAR,
    score: 1,
    status: 'on-track',
    confidence: 1,
    what: t('The FAQ was viewed 3,400 times in March.', '常见问题解答在 3 月被浏览了 3,400 次。'),
    why: t('The help widget suggests it on billing pages.', '帮助组件会在账单页面上推荐它。'),
    soWhat: t('Keep it current after every billing change.', '每次账单调整后保持内容更新。'),
  },
  // kr-billing-escalations
  {
    keyResultId: 'kr-billing-escalations',
    date: JAN,
    value: 36,
    status: 'off-track',
    confidence: 0.3,
    what: t('36 billing tickets were escalated to Finance.', '36 个账单问题被转交给财务部。'),
    why: t(
      'Refunds still need Finance, and half the team was on holiday in early January.',
      '退款仍需财务部处理,而且 1 月初一半的同事在休假。',
    ),
    soWhat: t(
      'Agree with Finance which refunds Support may approve.',
      '与财务部商定支持团队可以批准的退款范围。',
    ),
    headwinds: [t('Holidays in early January', '1 月初的假期')],
  },
  {
    keyResultId: 'kr-billing-escalations',
    date: FEB,
    value: 27,
    status: 'on-track',
    confidence: 0.5,
    what: t('27 escalations in February.', '2 月有 27 个转交。'),
    why: t(
      'Support may now approve refunds up to 100 dollars.',
      '支持团队现在可以批准 100 美元以内的退款。',
    ),
    soWhat: t('Raise the limit if no problems appear.', '如果没有出现问题,就提高额度。'),
    decisions: [t('Support approves refunds up to 100 dollars', '支持团队批准 100 美元以内的退款')],
  },
  {
    keyResultId: 'kr-billing-escalations',
    date: MAR,
    value: 22,
    score: 0.7,
    status: 'at-risk',
    confidence: 0.2,
    what: t('22 escalations in March.', '3 月有 22 个转交。'),
    why: t(
      'The billing change raised escalations in the last week of the month.',
      '账单调整使本月最后一周的转交数量上升。',
    ),
    soWhat: t(
      'Ask Finance to brief Support before the next billing change.',
      '请财务部在下次账单调整前向支持团队做说明。',
    ),
    risks: [t('Another billing change is planned for May', '5 月还计划进行一次账单调整')],
  },
  // kr-bug-resolution
  {
    keyResultId: 'kr-bug-resolution',
    date: JAN,
    value: 11.6,
    status: 'off-track',
    confidence: 0.4,
    what: t('Bugs took 11.6 days on average to resolve.', '缺陷平均需要 11.6 天才能解决。'),
    why: t(
      'Closing old bugs from the backlog raises the average at first.',
      '关闭积压的旧缺陷起初会拉高平均值。',
    ),
    soWhat: t(
      'Start a weekly bug rotation so new bugs get an owner on day one.',
      '开始每周缺陷轮值,让新缺陷在第一天就有负责人。',
    ),
    headwinds: [t('Backlog of old bugs', '积压的旧缺陷')],
    decisions: [t('Weekly bug rotation', '每周缺陷轮值')],
  },
  {
    keyResultId: 'kr-bug-resolution',
    date: FEB,
    value: 10.2,
    status: 'on-track',
    confidence: 0.6,
    what: t('Average resolution time fell to 10.2 days.', '平均解决时间降至 10.2 天。'),
    why: t('The bug rotation works.', '缺陷轮值发挥了作用。'),
    soWhat: t('Add the crash reports to the rotation.', '将崩溃报告纳入轮值范围。'),
    tailwinds: [t('Bug rotation', '缺陷轮值')],
  },
  {
    keyResultId: 'kr-bug-resolution',
    date: MAR,
    value: 9.4,
    score: 0.9,
    status: 'on-track',
    confidence: 0.7,
    what: t('Average resolution time was 9.4 days.', '平均解决时间为 9.4 天。'),
    why: t(
      'The rotation holds even with offline mode taking most of the team.',
      '即使离线模式占用了团队的大部分精力,轮值依然保持。',
    ),
    soWhat: t('Keep the rotation in Q2.', '第 2 季度继续轮值。'),
  },
  // kr-test-automation
  {
    keyResultId: 'kr-test-automation',
    date: JAN,
    value: 59,
    status: 'at-risk',
    confidence: 0.4,
    what: t('59% of tests are automated, up from 55%.', '59% 的测试已实现自动化,高于 55%。'),
    why: t(
      'Checkout tests were automated; offline mode needs the same engineers.',
      '结账测试已自动化;离线模式需要同一批工程师。',
    ),
    soWhat: t('Reserve one day a week for test automation.', '每周预留一天用于测试自动化。'),
    risks: [
      t('Offline mode competes for the same engineers', '离线模式与测试自动化争夺同一批工程师'),
    ],
  },
  {
    keyResultId: 'kr-test-automation',
    date: FEB,
    value: 64,
    status: 'off-track',
    confidence: 0.3,
    what: t('64% of tests are automated.', '64% 的测试已实现自动化。'),
    why: t('The reserved day went to offline mode twice.', '预留的一天有两次被用在了离线模式上。'),
    soWhat: t('Make the test day a team rule, not a wish.', '把测试日定为团队规则,而不是愿望。'),
    headwinds: [t('Offline mode deadline', '离线模式的截止日期')],
  },
  {
    keyResultId: 'kr-test-automation',
    date: MAR,
    value: 71,
    score: 0.6,
    status: 'off-track',
    confidence: 0.1,
    what: t('71% of tests are automated.', '71% 的测试已实现自动化。'),
    why: t('Feature work won over test work every month.', '每个月功能开发都优先于测试工作。'),
    soWhat: t(
      'Protect capacity for automation in Q2 planning.',
      '在第 2 季度规划中为自动化保留人力。',
    ),
    learnings: [
      t(
        'Work without protected time loses to deadlines.',
        '没有受保护时间的工作总会让位于截止日期。',
      ),
    ],
  },
  // kr-crash-sessions
  {
    keyResultId: 'kr-crash-sessions',
    date: JAN,
    value: 1,
    status: 'on-track',
    confidence: 0.5,
    what: t('1.0% of sessions had a crash.', '1.0% 的会话发生了崩溃。'),
    why: t(
      'A fix for the image upload crash shipped on 12 January.',
      '图片上传崩溃的修复于 1 月 12 日发布。',
    ),
    soWhat: t('Fix the next two crash clusters.', '修复接下来的两类崩溃。'),
  },
  {
    keyResultId: 'kr-crash-sessions',
    date: FEB,
    value: 0.8,
    status: 'on-track',
    confidence: 0.6,
    what: t('0.8% of sessions had a crash.', '0.8% 的会话发生了崩溃。'),
    why: t('Crash reports are now part of the bug rotation.', '崩溃报告现已纳入缺陷轮值。'),
    soWhat: t('Watch the crash rate of the offline beta closely.', '密切关注离线测试版的崩溃率。'),
    tailwinds: [t('Crash reports in the bug rotation', '崩溃报告纳入缺陷轮值')],
  },
  {
    keyResultId: 'kr-crash-sessions',
    date: MAR,
    value: 0.6,
    score: 0.8,
    status: 'on-track',
    confidence: 0.4,
    what: t('0.6% of sessions had a crash.', '0.6% 的会话发生了崩溃。'),
    why: t(
      'The offline beta added a new crash on older iPhones.',
      '离线测试版在较旧的 iPhone 上引入了一种新的崩溃。',
    ),
    soWhat: t(
      'Fix the beta crash before general availability.',
      '在全面上线之前修复测试版的崩溃。',
    ),
  },
  // kr-offline-mode
  {
    keyResultId: 'kr-offline-mode',
    date: JAN,
    status: 'on-track',
    confidence: 0.6,
    what: t('The sync engine prototype works on iOS.', '同步引擎原型已在 iOS 上运行。'),
    why: t(
      'The spike in December answered the storage questions.',
      '12 月的技术预研解决了存储问题。',
    ),
    soWhat: t('Start Android in February.', '2 月开始 Android 开发。'),
  },
  {
    keyResultId: 'kr-offline-mode',
    date: FEB,
    status: 'at-risk',
    confidence: 0.4,
    what: t(
      'Android sync works; resolving edit conflicts is not done.',
      'Android 同步已可用;编辑冲突的解决尚未完成。',
    ),
    why: t(
      'Conflicts between offline edits are harder than we estimated.',
      '离线编辑之间的冲突比我们估计的更难处理。',
    ),
    soWhat: t(
      'Decide by 6 March whether to ship a beta first.',
      '在 3 月 6 日前决定是否先发布测试版。',
    ),
    risks: [t('Edit conflicts could lose customer data', '编辑冲突可能导致客户数据丢失')],
  },
  {
    keyResultId: 'kr-offline-mode',
    date: MAR,
    score: 0.3,
    status: 'off-track',
    confidence: 0.1,
    what: t(
      'An iOS beta runs with 200 customers; general availability moved to May.',
      'iOS 测试版已有 200 位客户使用;全面上线推迟到 5 月。',
    ),
    why: t(
      'We chose not to risk customer data with unfinished conflict handling.',
      '我们选择不让未完成的冲突处理危及客户数据。',
    ),
    soWhat: t(
      'Carry offline mode into Q2 with a beta on Android in April.',
      '将离线模式延续到第 2 季度,4 月在 Android 上发布测试版。',
    ),
    decisions: [t('Ship a beta before general availability', '全面上线之前先发布测试版')],
    learnings: [
      t(
        'Size risky work with a spike before committing to a date.',
        '在承诺日期之前,先通过技术预研评估有风险的工作。',
      ),
    ],
  },
]

const RETROSPECTIVE = {
  wentWell: [
    t(
      'Pairing tickets resolved with tickets reopened caught a quality drop in January.',
      '将工单解决数与重开率配对,及时发现了 1 月的质量下滑。',
    ),
    t(
      'Monthly updates with what, why and so what made the board review a short read.',
      '包含“是什么、为什么、怎么办”的月度更新让董事会审阅变得简短。',
    ),
    t('The first response time target was met.', '首次回复时间目标已达成。'),
  ],
  toImprove: [
    t(
      'Offline mode got a date before its hardest part was understood.',
      '离线模式在最难的部分尚未摸清之前就定下了日期。',
    ),
    t('Test automation lost to feature work every month.', '测试自动化每个月都让位于功能开发。'),
    t(
      'The first response time target was too safe: aim higher next quarter.',
      '首次回复时间的目标过于保守:下季度应设定更高的目标。',
    ),
  ],
}

function localizeKeyResult(source: KeyResultSource, locale: OkrLocale): KeyResult {
  const { measure } = source
  return {
    id: source.id,
    title: source.title[locale],
    ownerId: source.ownerId,
    weight: 1,
    measure:
      measure.type === 'metric'
        ? {
            type: 'metric',
            start: measure.start,
            target: measure.target,
            ...(measure.unit ? { unit: measure.unit[locale] } : {}),
            current: measure.current,
          }
        : { type: 'milestone', done: measure.done, due: measure.due },
  }
}

function localizeObjective(source: ObjectiveSource, locale: OkrLocale): Objective {
  return {
    id: source.id,
    periodId: PERIOD_ID,
    title: source.title[locale],
    ...(source.description ? { description: source.description[locale] } : {}),
    ownerId: source.ownerId,
    teamId: source.teamId,
    level: source.level,
    ...(source.parentId ? { parentId: source.parentId } : {}),
    commitment: source.commitment,
    keyResults: source.keyResults.map((kr) => localizeKeyResult(kr, locale)),
  }
}

function localizeCheckIn(source: CheckInSource, locale: OkrLocale): CheckIn {
  const notes = (list: LocalizedText[] = []) => list.map((note) => note[locale])
  return {
    // e.g. `ci-nps-01`: the key result and the month.
    id: `ci-${source.keyResultId.replace(/^kr-/, '')}-${source.date.slice(5, 7)}`,
    keyResultId: source.keyResultId,
    date: source.date,
    ...(source.value !== undefined ? { value: source.value } : {}),
    ...(source.score !== undefined ? { score: source.score } : {}),
    status: source.status,
    confidence: source.confidence,
    update: { what: source.what[locale], why: source.why[locale], soWhat: source.soWhat[locale] },
    headwinds: notes(source.headwinds),
    tailwinds: notes(source.tailwinds),
    decisions: notes(source.decisions),
    risks: notes(source.risks),
    learnings: notes(source.learnings),
  }
}

function buildExampleDocument(locale: OkrLocale): OkrDocument {
  const checkIns = CHECK_INS.map((source) => localizeCheckIn(source, locale))
  // Listed in the order they were written: month by month (the sort is stable).
  checkIns.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  const objectives = OBJECTIVES.map((source) => localizeObjective(source, locale))
  // The final score of each KR is the team's score at the last check-in of the quarter.
  const finalScores = checkIns
    .filter((checkIn) => checkIn.date === MAR && checkIn.score !== undefined)
    .map((checkIn) => ({ keyResultId: checkIn.keyResultId, score: checkIn.score as number }))

  const doc: OkrDocument = {
    schemaVersion: 1,
    periods: [
      {
        id: PERIOD_ID,
        label: t('2026 Q1', '2026 年第 1 季度')[locale],
        kind: 'quarter',
        start: '2026-01-01',
        end: '2026-03-31',
      },
    ],
    teams: TEAMS.map((team) => ({
      id: team.id,
      name: team.name[locale],
      ...(team.parentId ? { parentId: team.parentId } : {}),
    })),
    people: PEOPLE.map((person) => ({
      id: person.id,
      name: person.name[locale],
      teamId: person.teamId,
    })),
    objectives,
    checkIns,
    retrospectives: [
      {
        id: 'retro-2026-Q1',
        periodId: PERIOD_ID,
        finalScores,
        wentWell: RETROSPECTIVE.wentWell.map((note) => note[locale]),
        toImprove: RETROSPECTIVE.toImprove.map((note) => note[locale]),
      },
    ],
  }
  return deepFreeze(doc)
}

/**
 * A complete, valid OKR document in English: the first quarter of 2026 for a leadership team and
 * two child teams, with aligned objectives, three monthly check-ins per key result and a
 * retrospective. Frozen: copy it (`structuredClone`) before changing it.
 *
 * @example
 * okrDocumentSchema.parse(exampleDocument) // deep-equals exampleDocument
 * exampleDocument.objectives.map((objective) => objective.level)
 * // ['company', 'team', 'individual', 'team']
 */
export const exampleDocument: OkrDocument = /* @__PURE__ */ buildExampleDocument('en')

/**
 * {@link exampleDocument} in Simplified Chinese: the same ids, numbers and structure, Chinese text.
 *
 * @example
 * exampleDocumentZhCN.objectives[0].title // '让客户满意到愿意留下并推荐给朋友'
 */
export const exampleDocumentZhCN: OkrDocument = /* @__PURE__ */ buildExampleDocument('zh-CN')

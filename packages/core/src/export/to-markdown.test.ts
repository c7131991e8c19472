import { describe, expect, it } from 'vitest'
import { checkIn, document, metricKr, objective } from '../__fixtures__/factory'
import { exampleDocument, exampleDocumentZhCN } from '../data/example-document'
import { OkrRangeError } from '../errors'
import { toMarkdown } from './to-markdown'

const tableRows = (markdown: string) => markdown.split('\n').filter((line) => line.startsWith('|'))
/** Cells of a table row, splitting on pipes that are not escaped. */
const cells = (row: string) => row.split(/(?<!\\)\|/).slice(1, -1)

describe('toMarkdown', () => {
  it('writes the monthly update: scorecard, key results, the story, decisions, risks, learnings', () => {
    const markdown = toMarkdown(exampleDocument, { month: '2026-02' })
    expect(markdown.startsWith('# OKR update: February 2026\n\nScores as of 2026-02-28.')).toBe(
      true,
    )
    expect(markdown).toContain('## Q1 2026: 2026-01-01 to 2026-03-31')
    expect(markdown).toContain('| Objective | Team | Score | Progress | Grade | Trend |')
    expect(markdown).toMatch(
      /\| ↳ Every customer feels heard, fast \| Customer Support \| 0\.\d\d \| `█*░*` \|/,
    )
    expect(markdown).toContain(
      '| Key result | Owner | Score | Progress | Trend | Status | Forecast |',
    )
    expect(markdown).toContain('- **What**: NPS reached 39; promoters grew from 41% to 46%.')
    expect(markdown).toContain('- **Tailwinds**: Faster support replies; Billing FAQ live')
    for (const heading of ['## Decisions', '## Risks', '## Learnings'])
      expect(markdown).toContain(heading)
    expect(markdown).toContain(
      '- Call back every detractor within 48 hours · *Raise the Net Promoter Score',
    )
    // February's update speaks for February: March's check-ins are not in it.
    expect(markdown).not.toContain('2026-03-27')
  })

  it('shows each KR’s score at the end of every month so far as a trend', () => {
    const doc = document({
      objectives: [objective('o1', [metricKr('k1', 0, 10), metricKr('k2', 0, 10)])],
      checkIns: [
        checkIn('c1', 'k1', '2026-01-20', { value: 3 }),
        checkIn('c2', 'k1', '2026-03-20', { value: 10 }),
      ],
    })
    const rows = tableRows(toMarkdown(doc, { month: '2026-03' }))
    const k1 = rows.find((row) => row.startsWith('| KR k1'))
    const k2 = rows.find((row) => row.startsWith('| KR k2'))
    expect(k1 && cells(k1)[4]?.trim()).toBe('`▃▃█`')
    expect(k2 && cells(k2)[4]?.trim()).toBe('`···`')
  })

  it('flags a KR without a check-in this month while the period runs: silence is not green', () => {
    const doc = document({
      objectives: [objective('o1', [metricKr('k1', 0, 10)])],
      checkIns: [checkIn('c1', 'k1', '2026-01-20', { value: 3 })],
    })
    const markdown = toMarkdown(doc, { month: '2026-02', asOf: '2026-02-14' })
    expect(markdown).toContain('| On track · No check-in this month |')
    expect(markdown).toContain('**KR k1** · No check-in this month.')
    expect(markdown).toContain('Scores as of 2026-02-14.')
  })

  it('escapes user text so it cannot break a table or inject HTML', () => {
    const title = 'A | B <script>alert(1)</script> `code` [link](javascript:x) *bold* #1\nnext &lt;'
    const doc = document({
      teams: [{ id: 't1', name: 'T|eam' }],
      objectives: [objective('o1', [metricKr('k1', 0, 10, { title })], { title })],
      checkIns: [
        checkIn('c1', 'k1', '2026-03-02', {
          update: { what: title, why: '', soWhat: '' },
          risks: [title],
        }),
      ],
    })
    const markdown = toMarkdown(doc, { month: '2026-03' })
    expect(markdown).not.toMatch(/<script|<\/script/)
    expect(markdown).not.toContain('`code`')
    expect(markdown).not.toContain('[link]')
    expect(markdown).toContain(
      'A \\| B &lt;script&gt;alert(1)&lt;/script&gt; \\`code\\` \\[link\\](javascript:x) \\*bold\\* \\#1 next &amp;lt;',
    )
    for (const [i, row] of tableRows(markdown).entries()) {
      expect(cells(row), `row ${i}`).toHaveLength(tableRows(markdown).indexOf(row) < 3 ? 6 : 7)
    }
  })

  it('speaks Chinese, labels and all', () => {
    const markdown = toMarkdown(exampleDocumentZhCN, { locale: 'zh-CN', month: '2026-03' })
    expect(markdown.startsWith('# OKR 月度更新:2026年3月')).toBe(true)
    expect(markdown).toContain('## 2026年第1季度:2026-01-01 至 2026-03-31')
    expect(markdown).toContain('| 目标 | 团队 | 分数 | 进度 | 评级 | 趋势 |')
    expect(markdown).toContain('- **发生了什么**:')
    expect(markdown).toContain('## 决策')
    expect(markdown).not.toMatch(/\b(Score|Owner|Status|What|Decisions|None this month)\b/)
  })

  it('reports the latest check-in’s month by default, or the month of asOf', () => {
    expect(toMarkdown(exampleDocument)).toContain('# OKR update: March 2026')
    expect(toMarkdown(exampleDocument, { asOf: '2026-01-31' })).toContain(
      '# OKR update: January 2026',
    )
  })

  it('says so when no objective runs in the month, and refuses a malformed month', () => {
    const markdown = toMarkdown(exampleDocument, { month: '2025-06' })
    expect(markdown).toContain('No objectives run in June 2025.')
    expect(markdown).toContain('## Decisions\n\nNone this month.')
    expect(() => toMarkdown(exampleDocument, { month: '2026-3' })).toThrow(OkrRangeError)
  })
})

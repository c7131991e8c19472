import { describe, expect, it } from 'vitest'
import { fixture, okrkit } from '../__fixtures__/okrkit'

describe('okrkit score', () => {
  it('prints a scorecard of the bundled example (npm start)', async () => {
    const { code, stdout } = await okrkit(['score', '--example'])
    expect(code).toBe(0)
    expect(stdout).toMatch(/\d\.\d\d [█░]{10} (Missed|Close|Met) +\S/)
    expect(stdout).toContain('Scored by the team')
  })

  it('shows per KR its grade, status (stale included), provenance and forecast', async () => {
    const { code, stdout } = await okrkit(['score', fixture('valid.yaml'), '--as-of', '2026-03-10'])
    expect(code).toBe(0)
    expect(stdout.split('\n').slice(0, 9)).toEqual([
      'Q1 2026 (2026-01-01 – 2026-03-31)',
      '',
      '0.68 ███████░░░ Close   Every customer feels heard, fast  [Customer Support]',
      '    0.70 ████░ Close   Reduce the median first response time from 6 hours to 2 hours',
      '          At risk · No check-in this month · Scored by the team · Forecast 1.00',
      '    0.50 ███░░ Close   Raise customer satisfaction (CSAT) from 4.2 to 4.6',
      // Half-way with 77% of the quarter gone, and no word from the team this month.
      '          Off track · No check-in this month · Computed from the measured value',
      '    1.00 █████ Met     Billing FAQ live in both languages by 27 February',
      '          On track · No check-in this month · Computed from the measured value',
    ])
  })

  it('prints machine-readable scores with --format json', async () => {
    const args = ['score', fixture('valid.json'), '--as-of', '2026-02-27', '--format', 'json']
    const { code, stdout } = await okrkit(args)
    expect(code).toBe(0)
    const card = JSON.parse(stdout)
    expect(card.asOf).toBe('2026-02-27')
    expect(card.periods[0].objectives[0]).toMatchObject({ id: 'heard', grade: 'close' })
    expect(card.periods[0].objectives[0].keyResults[0]).toEqual({
      id: 'first-response',
      title: 'Reduce the median first response time from 6 hours to 2 hours',
      score: 0.7,
      grade: 'close',
      provenance: 'manual',
      status: 'at-risk',
      statusSource: 'team',
      stale: false,
      forecast: { score: 1, method: 'linear-trend' },
    })
  })

  it('speaks Chinese', async () => {
    const { code, stdout } = await okrkit(['score', '--example', '--locale', 'zh-CN'])
    expect(code).toBe(0)
    expect(stdout).toMatch(/未达到|接近|达到/)
    expect(stdout).toContain('让客户满意到愿意留下并推荐给朋友')
  })

  it('reports an invalid document on stderr and exits 1; a bad date is a usage error', async () => {
    const invalid = await okrkit(['score', fixture('invalid.json')])
    expect(invalid.code).toBe(1)
    expect(invalid.stdout).toBe('')
    expect(invalid.stderr).toContain(
      `${fixture('invalid.json')}:31:3: error: colour: Unknown field`,
    )
    const date = await okrkit(['score', '--example', '--as-of', '2026-02-30'])
    expect(date.code).toBe(2)
    expect(date.stderr).toContain('Expected a date written YYYY-MM-DD.')
  })
})

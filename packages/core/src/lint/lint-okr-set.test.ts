import { describe, expect, it } from 'vitest'
import { formatMessage, type MessageKey } from '../i18n/format'
import { en } from '../i18n/messages/en'
import { zhCN } from '../i18n/messages/zh-CN'
import type { OkrDocument } from '../model/document'
import { KEY_RESULT_CORPUS } from './__fixtures__/corpus'
import {
  checkIn,
  document,
  healthyDocument,
  keyResult,
  largeDocument,
  milestone,
  objective,
} from './__fixtures__/documents'
import { compareIssuePaths } from './issue-path-order'
import { LINT_CODES } from './lint-codes'
import { lintOkrSet } from './lint-okr-set'
import { LINT_RULES } from './lint-rules'

const HAN = /\p{Script=Han}/u

/** One objective of t1 with an ownerless activity KR, plus a check-in of an unknown KR. */
function troubledDocument(): OkrDocument {
  return document({
    objectives: [
      objective('o1', {
        keyResults: [
          keyResult('kr1'),
          keyResult('kr2'),
          milestone('kr3', 'Launch two new features', { ownerId: undefined }),
        ],
      }),
    ],
    checkIns: [checkIn('c1', 'ghost', '2026-02-01')],
  })
}

describe('lintOkrSet', () => {
  it('finds nothing in a healthy document', () => {
    expect(lintOkrSet(healthyDocument())).toEqual([])
  })

  it('reports issues with code, severity, path, message and params', () => {
    const issues = lintOkrSet(troubledDocument())
    expect(issues.map(({ code, severity, path }) => ({ code, severity, path }))).toEqual([
      {
        code: 'kr_is_activity',
        severity: 'warning',
        path: ['objectives', 0, 'keyResults', 2, 'title'],
      },
      {
        code: 'kr_missing_owner',
        severity: 'warning',
        path: ['objectives', 0, 'keyResults', 2, 'ownerId'],
      },
      {
        code: 'checkin_unknown_key_result',
        severity: 'error',
        path: ['checkIns', 0, 'keyResultId'],
      },
    ])
    expect(issues[2]?.params).toEqual({ checkInId: 'c1', keyResultId: 'ghost' })
    expect(issues[2]?.message).toContain('ghost')
    // Issues are plain data: a host can send them over the wire.
    expect(JSON.parse(JSON.stringify(issues))).toEqual(issues)
  })

  it('sorts issues in document order, not alphabetically or by rule', () => {
    const doc = document({
      objectives: [
        objective('o1', { periodId: 'nowhere', keyResults: [keyResult('a', { ownerId: 'x' })] }),
      ],
      checkIns: [checkIn('c1', 'ghost', '2026-02-01')],
    })
    expect(lintOkrSet(doc).map((issue) => issue.path)).toEqual([
      ['objectives', 0, 'periodId'],
      ['objectives', 0, 'keyResults'],
      ['objectives', 0, 'keyResults', 0, 'ownerId'],
      ['checkIns', 0, 'keyResultId'],
    ])
  })

  it('orders a key result’s issues by its fields: the key result, its title, its owner', () => {
    const doc = document({
      objectives: [
        objective('o1', { keyResults: [milestone('a', 'Write the docs', { ownerId: undefined })] }),
      ],
    })
    const atKr = lintOkrSet(doc).filter((issue) => issue.path.length >= 4)
    expect(atKr.map((issue) => issue.code)).toEqual([
      'kr_not_measurable',
      'kr_is_activity',
      'kr_missing_owner',
    ])
  })
})

describe('lintOkrSet: rules option', () => {
  it('switches a rule off by code', () => {
    const issues = lintOkrSet(troubledDocument(), { rules: { kr_is_activity: 'off' } })
    expect(issues.map((issue) => issue.code)).toEqual([
      'kr_missing_owner',
      'checkin_unknown_key_result',
    ])
  })

  it('re-levels a rule by code and leaves the others alone', () => {
    const issues = lintOkrSet(troubledDocument(), {
      rules: { kr_missing_owner: 'error', checkin_unknown_key_result: 'info' },
    })
    expect(issues.map((issue) => [issue.code, issue.severity])).toEqual([
      ['kr_is_activity', 'warning'],
      ['kr_missing_owner', 'error'],
      ['checkin_unknown_key_result', 'info'],
    ])
  })

  it('falls back to the default severity for a setting the types do not allow', () => {
    const rules = { kr_missing_owner: 'fatal' } as unknown as { kr_missing_owner: 'error' }
    const issues = lintOkrSet(troubledDocument(), { rules })
    expect(issues.find((issue) => issue.code === 'kr_missing_owner')?.severity).toBe('warning')
  })
})

describe('lintOkrSet: scope', () => {
  function twoTeamsTwoQuarters(): OkrDocument {
    const ownerless = (id: string) => keyResult(id, { ownerId: undefined })
    return document({
      objectives: [
        objective('t1q1', { keyResults: [ownerless('a'), keyResult('b'), keyResult('c')] }),
        objective('t2q1', {
          teamId: 't2',
          keyResults: [ownerless('d'), keyResult('e'), keyResult('f')],
        }),
        objective('t1q2', {
          periodId: 'q2',
          keyResults: [ownerless('g'), keyResult('h'), keyResult('i')],
        }),
      ],
      checkIns: [
        checkIn('c-a', 'a', '2026-05-01'),
        checkIn('c-d', 'd', '2026-05-01'),
        checkIn('c-g', 'g', '2026-05-01'),
      ],
    })
  }
  const summary = (doc: OkrDocument, teamId?: string, periodId?: string) =>
    lintOkrSet(doc, { teamId, periodId }).map((issue) => `${issue.code}@${issue.path.join('.')}`)

  it('lints the whole document without a scope', () => {
    expect(summary(twoTeamsTwoQuarters())).toEqual([
      'kr_missing_owner@objectives.0.keyResults.0.ownerId',
      'kr_missing_owner@objectives.1.keyResults.0.ownerId',
      'kr_missing_owner@objectives.2.keyResults.0.ownerId',
      'checkin_outside_period@checkIns.0.date',
      'checkin_outside_period@checkIns.1.date',
    ])
  })

  it('lints one team’s set of one period', () => {
    expect(summary(twoTeamsTwoQuarters(), 't1', 'q1')).toEqual([
      'kr_missing_owner@objectives.0.keyResults.0.ownerId',
      'checkin_outside_period@checkIns.0.date',
    ])
    expect(summary(twoTeamsTwoQuarters(), 't1', 'q2')).toEqual([
      'kr_missing_owner@objectives.2.keyResults.0.ownerId',
    ])
  })

  it('lints one team across periods, or one period across teams', () => {
    expect(summary(twoTeamsTwoQuarters(), 't2')).toEqual([
      'kr_missing_owner@objectives.1.keyResults.0.ownerId',
      'checkin_outside_period@checkIns.1.date',
    ])
    expect(summary(twoTeamsTwoQuarters(), undefined, 'q2')).toEqual([
      'kr_missing_owner@objectives.2.keyResults.0.ownerId',
    ])
  })

  it('reports an empty set as too few objectives', () => {
    const [issue, ...rest] = lintOkrSet(twoTeamsTwoQuarters(), { teamId: 't2', periodId: 'q2' })
    expect(rest).toEqual([])
    expect(issue).toMatchObject({
      code: 'objective_count',
      path: ['objectives'],
      params: { teamId: 't2', periodId: 'q2', count: 0 },
    })
  })
})

describe('lintOkrSet: messages', () => {
  it('has a message in both catalogs for every code', () => {
    for (const code of LINT_CODES) {
      expect(en[`lint.${code}`]).toBeTruthy()
      expect(zhCN[`lint.${code}`]).toMatch(HAN)
    }
    expect(zhCN['lint.kr_is_activity.suggestion']).toMatch(HAN)
  })

  it('localises messages and fills their placeholders', () => {
    const doc = document({ objectives: [objective('o1', { ownerId: 'nobody' })] })
    const [english] = lintOkrSet(doc)
    const [chinese] = lintOkrSet(doc, { locale: 'zh-CN' })
    expect(english?.message).toBe(
      'The owner “nobody” of this objective is not among the people in the document.',
    )
    expect(english?.message).not.toMatch(HAN)
    expect(chinese?.message).toBe('此目标的负责人“nobody”不在文档的人员中。')
    expect(chinese?.params).toEqual(english?.params)
  })

  it('formats numbers for the locale and never leaves a placeholder unfilled', () => {
    const doc = document({
      objectives: [
        objective('o1', {
          keyResults: [
            keyResult('a', { measure: { type: 'metric', start: 12500, target: 12500 } }),
          ],
        }),
      ],
    })
    for (const locale of ['en', 'zh-CN']) {
      for (const issue of lintOkrSet(doc, { locale })) expect(issue.message).not.toMatch(/\{\w+\}/)
    }
    const equal = lintOkrSet(doc).find((issue) => issue.code === 'kr_target_equals_start')
    expect(equal?.message).toContain('12,500')
  })

  it('uses the host’s own wording when given', () => {
    const issues = lintOkrSet(troubledDocument(), {
      messages: { 'lint.kr_missing_owner': 'Who owns {keyResultId}?' },
    })
    expect(issues.find((issue) => issue.code === 'kr_missing_owner')?.message).toBe('Who owns kr3?')
  })
})

/** A document in which every rule finds something. */
function everythingWrong(): OkrDocument {
  const plain = (id: string, title: string, extra = {}) => keyResult(id, { title, ...extra })
  return document({
    objectives: [
      objective('metric', {
        title: 'Increase revenue by 20%',
        keyResults: [
          plain('web', 'Create 5 web pages', { measure: { type: 'metric', start: 1, target: 1 } }),
          plain('tickets', 'Resolve 1,500 help desk tickets', { ownerId: undefined }),
          plain('copy', 'Resolve 1,500 help desk tickets', { ownerId: 'stranger' }),
          milestone('vague', 'Improve onboarding'),
        ],
      }),
      objective('safe', { parentId: 'loop' }),
      objective('loop', { parentId: 'safe', teamId: 'nowhere', ownerId: 'ghost' }),
      objective('far', {
        periodId: 'someday',
        parentId: 'elsewhere',
        keyResults: [keyResult('x')],
      }),
      // With `metric` and `safe`, four objectives for team t1 in q1.
      objective('third'),
      objective('fourth'),
    ],
    checkIns: [
      ...['safe-kr1', 'safe-kr2', 'safe-kr3'].map((id) =>
        checkIn(`c-${id}`, id, '2026-02-28', { confidence: 0.95 }),
      ),
      checkIn('ghost', 'missing', '2026-02-28'),
      checkIn('late', 'web', '2027-01-01'),
    ],
  })
}

describe('lintOkrSet: every rule in both languages', () => {
  it('finds every code in a document with everything wrong', () => {
    const found = new Set(lintOkrSet(everythingWrong()).map((issue) => issue.code))
    expect([...LINT_CODES].filter((code) => !found.has(code))).toEqual([])
  })

  it.each(['en', 'zh-CN'])('words every issue and its advice in %s', (locale) => {
    for (const issue of lintOkrSet(everythingWrong(), { locale })) {
      expect(issue.message, issue.code).not.toMatch(/\{\w+\}/)
      if (locale === 'en') expect(issue.message, issue.code).not.toMatch(HAN)
      else expect(issue.message, issue.code).toMatch(HAN)
      const { suggestion } = issue.params
      if (suggestion === undefined) continue
      const advice = formatMessage(suggestion as MessageKey, issue.params, { locale })
      expect(advice, issue.code).not.toBe(suggestion)
      if (locale === 'zh-CN') expect(advice, issue.code).toMatch(HAN)
    }
  })
})

describe('lintOkrSet: rules registry', () => {
  it('has one rule per code, in code order, with the documented severities', () => {
    expect(LINT_RULES.map((rule) => rule.code)).toEqual([...LINT_CODES])
    const severities = Object.fromEntries(
      LINT_RULES.map((rule) => [rule.code, rule.defaultSeverity]),
    )
    expect(severities).toEqual({
      objective_count: 'warning',
      objective_unknown_period: 'error',
      objective_unknown_team: 'warning',
      objective_unknown_owner: 'warning',
      objective_unknown_parent: 'info',
      objective_alignment_cycle: 'error',
      objective_reads_like_metric: 'warning',
      set_too_safe: 'info',
      kr_count: 'warning',
      kr_missing_owner: 'warning',
      kr_unknown_owner: 'warning',
      kr_target_equals_start: 'error',
      kr_not_measurable: 'warning',
      kr_is_activity: 'warning',
      kr_duplicate: 'warning',
      kr_no_quality_counterpart: 'info',
      checkin_unknown_key_result: 'error',
      checkin_outside_period: 'warning',
    })
  })
})

describe('lintOkrSet: size', () => {
  it('lints a 10,000-key-result document in about the time of a JSON round trip', () => {
    const doc = largeDocument(10_000)
    expect(doc.objectives.flatMap((o) => o.keyResults)).toHaveLength(10_000)
    // Compared within one run, since the machine is shared (well under a second when idle).
    const roundTrip = performance.now()
    JSON.parse(JSON.stringify(doc))
    const jsonMs = performance.now() - roundTrip
    const started = performance.now()
    const issues = lintOkrSet(doc)
    const elapsed = performance.now() - started
    expect(issues).toEqual([])
    expect(elapsed / Math.max(jsonMs, 1)).toBeLessThan(20)
  })

  it('lints 10,000 distinct, realistic key results in a few JSON round trips', {
    timeout: 60_000,
  }, () => {
    const doc = largeDocument(10_000)
    const samples = [
      ...KEY_RESULT_CORPUS.en.tuning,
      ...KEY_RESULT_CORPUS['zh-CN'].tuning,
      ...KEY_RESULT_CORPUS.en['held-out'],
      ...KEY_RESULT_CORPUS['zh-CN']['held-out'],
    ]
    let n = 0
    doc.objectives.forEach((o, i) => {
      o.title = `${samples[i % samples.length]?.text} (${i})`
      for (const kr of o.keyResults) kr.title = `${samples[n++ % samples.length]?.text} #${n}`
    })
    expect(new Set(doc.objectives.flatMap((o) => o.keyResults.map((kr) => kr.title))).size).toBe(
      10_000,
    )
    // Every title is read afresh; measured against copying the document through JSON in the same
    // process, so a busy machine slows both (about 3× here; a quadratic path would be far more).
    lintOkrSet(doc)
    let lint = Number.POSITIVE_INFINITY
    let json = Number.POSITIVE_INFINITY
    for (let round = 0; round < 3; round++) {
      let started = performance.now()
      lintOkrSet(doc)
      lint = Math.min(lint, performance.now() - started)
      started = performance.now()
      JSON.parse(JSON.stringify(doc))
      json = Math.min(json, performance.now() - started)
    }
    expect(lint / json).toBeLessThan(10)
  })

  it('keeps many issues in document order', () => {
    const doc = largeDocument(10_000)
    for (const o of doc.objectives) for (const kr of o.keyResults) kr.ownerId = undefined
    const issues = lintOkrSet(doc, { locale: 'zh-CN' })
    expect(issues).toHaveLength(10_000)
    const inOrder = issues.every(
      (issue, i) => i === 0 || compareIssuePaths(issues[i - 1]?.path ?? [], issue.path) < 0,
    )
    expect(inOrder).toBe(true)
  })
})

describe('compareIssuePaths', () => {
  it('orders fields as the schema declares them', () => {
    const paths = [
      ['checkIns', 0, 'date'],
      ['checkIns', 0, 'keyResultId'],
      ['objectives', 10],
      ['objectives', 2, 'keyResults', 0, 'measure', 'target'],
      ['objectives', 2, 'keyResults', 0, 'ownerId'],
      ['objectives', 2, 'keyResults'],
      ['objectives', 2, 'parentId'],
      ['objectives', 2, 'periodId'],
      ['objectives'],
      ['objectives', 2, 'zzz'],
    ]
    expect(paths.sort(compareIssuePaths)).toEqual([
      ['objectives'],
      ['objectives', 2, 'periodId'],
      ['objectives', 2, 'parentId'],
      ['objectives', 2, 'keyResults'],
      ['objectives', 2, 'keyResults', 0, 'ownerId'],
      ['objectives', 2, 'keyResults', 0, 'measure', 'target'],
      ['objectives', 2, 'zzz'],
      ['objectives', 10],
      ['checkIns', 0, 'keyResultId'],
      ['checkIns', 0, 'date'],
    ])
  })
})

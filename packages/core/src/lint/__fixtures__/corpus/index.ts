/**
 * A labelled corpus of key results and objectives, English and Simplified Chinese, for measuring
 * the lint heuristics (`lint-quality.test.ts`). Labels were written before the heuristics were
 * tuned, by the method's definition, not by what the code says.
 *
 * Labelling guidelines
 *
 * kind — `activity` when the text names work the team does and controls on its own: a
 * deliverable or task (build, launch, write, hold, hire, migrate, send, call, 上线, 举办, 招聘 …),
 * also counted ("Create 5 web pages", "Hold 4 customer workshops"), dated ("… by March 31"), or
 * stated as a state of the work ("Five new integrations live"). Throughput of the team's own
 * work is output, hence activity ("Resolve 1,500 help desk tickets", "Make 300 calls a week").
 * `outcome` when the text names a change in, or a level of, something the work is meant to move
 * and the team does not control alone: customer, user or market behaviour, money, a rate, a
 * time, a quality level ("NPS of 50+", "Reduce churn"). Precedence:
 * - a stated outcome wins over the work named next to it ("Launch 3 campaigns to lift sign-ups
 *   by 10%" is an outcome; "Launch 3 campaigns to increase sign-ups" is not, nothing is stated);
 * - an adoption, reach or usage number makes it an outcome ("Launch the new search to 10,000
 *   users", "… and reach 50,000 downloads"), as do customers or deals won ("Sign 15 new
 *   enterprise customers", "Close 40 deals");
 * - a share of the work done is still work ("Complete 80% of the roadmap").
 * Vague texts that name no work are labelled `outcome` ("Improve developer experience"): the
 * activity rule must not fire on them; the measurability rule does.
 *
 * measurable — the text states a quantity (digits, number words, Chinese numerals, multiples
 * such as double / 翻倍 / 三成, percentages, money, durations), a bound with one, or a deadline
 * date ("by March 31", "by end of Q4", "年底前", "9 月底前"). Not: "all", "every", 所有, 全部,
 * 每位 alone; numbers inside names ("SOC 2", "ISO 27001", "PostgreSQL 16", "一级服务",
 * "version 3"); ordinals ("a second warehouse", 第二个). A milestone with a date is measurable
 * and still an activity.
 *
 * readsLikeMetric (objectives) — the objective states a target value or an amount of change:
 * a number, percentage, money, multiple, range or bound ("Increase revenue by 20%", "NPS of
 * 60", "Double our pipeline", "Launch in three new countries"). Years and names do not count
 * ("Make 2026 the year of quality"), nor a rank used as an aspiration ("Be the number one
 * choice …", 第一选择), nor a metric named without a target ("Increase sales revenue", one of
 * the play's own examples).
 *
 * `source` says where the phrasing comes from: the play itself (its Chinese text, or an English
 * rendering of it) or phrasing written for this corpus in the style of public OKR example
 * collections, with the kind of team. Files named `*.held-out.*` were written with the others
 * but kept out of tuning: the heuristics were never adjusted while looking at their entries.
 */

import { enKeyResults } from './key-results.en'
import { enHeldOutKeyResults } from './key-results.held-out.en'
import { zhCNHeldOutKeyResults } from './key-results.held-out.zh-CN'
import { zhCNKeyResults } from './key-results.zh-CN'
import { enObjectives } from './objectives.en'
import { enHeldOutObjectives } from './objectives.held-out.en'
import { zhCNHeldOutObjectives } from './objectives.held-out.zh-CN'
import { zhCNObjectives } from './objectives.zh-CN'

import type { CorpusLocale, CorpusSplit, KeyResultSample, ObjectiveSample } from './types'

export type { CorpusLocale, CorpusSplit, KeyResultSample, ObjectiveSample } from './types'

export const KEY_RESULT_CORPUS: Record<
  CorpusLocale,
  Record<CorpusSplit, readonly KeyResultSample[]>
> = {
  en: { tuning: enKeyResults, 'held-out': enHeldOutKeyResults },
  'zh-CN': { tuning: zhCNKeyResults, 'held-out': zhCNHeldOutKeyResults },
}

export const OBJECTIVE_CORPUS: Record<
  CorpusLocale,
  Record<CorpusSplit, readonly ObjectiveSample[]>
> = {
  en: { tuning: enObjectives, 'held-out': enHeldOutObjectives },
  'zh-CN': { tuning: zhCNObjectives, 'held-out': zhCNHeldOutObjectives },
}

import type { OkrLocale } from './locale'
import {
  enConfidence,
  enCsv,
  enLint,
  enParse,
  enPeriod,
  enReport,
  enScore,
  enStatus,
} from './messages/en'
import { mergeMessages } from './messages/merge-messages'
import {
  zhConfidence,
  zhCsv,
  zhLint,
  zhParse,
  zhPeriod,
  zhReport,
  zhScore,
  zhStatus,
} from './messages/zh-CN'

/** Messages in every shipped locale, under the same keys. */
export type Catalog<Key extends string = string> = Readonly<
  Record<OkrLocale, Readonly<Record<Key, string>>>
>

/** The keys of a catalog. */
export type CatalogKey<C> = C extends Catalog<infer Key> ? Key : never

/**
 * Joins catalogs, e.g. a component's own with the core domains it shows. Mark calls
 * `@__PURE__` so bundles that never read the result drop it.
 *
 * @example
 * const BADGE_MESSAGES = /* @__PURE__ *\/ mergeCatalogs(SCORE_MESSAGES, STATUS_MESSAGES)
 */
export function mergeCatalogs<const C extends readonly Catalog<string>[]>(
  ...catalogs: C
): Catalog<CatalogKey<C[number]>> {
  return {
    en: mergeMessages(...catalogs.map((catalog) => catalog.en)),
    'zh-CN': mergeMessages(...catalogs.map((catalog) => catalog['zh-CN'])),
  } as Catalog<CatalogKey<C[number]>>
}

// One catalog per domain, so each bundle carries the text of the code it uses and no more.

/** Parse issues (`parse.*`). */
export const PARSE_MESSAGES = { en: enParse, 'zh-CN': zhParse } satisfies Catalog
/** Grades and score provenance (`grade.*`, `provenance.*`). */
export const SCORE_MESSAGES = { en: enScore, 'zh-CN': zhScore } satisfies Catalog
/** Ambition advice, calibration and portfolio health (`ambition.*`, `confidence.*`). */
export const CONFIDENCE_MESSAGES = { en: enConfidence, 'zh-CN': zhConfidence } satisfies Catalog
/** Statuses and pace (`status.*`, `pace.*`). */
export const STATUS_MESSAGES = { en: enStatus, 'zh-CN': zhStatus } satisfies Catalog
/** Period labels (`period.*`). */
export const PERIOD_MESSAGES = { en: enPeriod, 'zh-CN': zhPeriod } satisfies Catalog
/** CSV import issues (`csv.*`). */
export const CSV_MESSAGES = { en: enCsv, 'zh-CN': zhCsv } satisfies Catalog
/** The Markdown report and starter documents (`report.*`, `starter.*`). */
export const REPORT_MESSAGES = { en: enReport, 'zh-CN': zhReport } satisfies Catalog
/** Playbook lint issues and suggestions (`lint.*`). */
export const LINT_MESSAGES = { en: enLint, 'zh-CN': zhLint } satisfies Catalog

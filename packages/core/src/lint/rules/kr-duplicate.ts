import type { KeyResult } from '../../model/key-result'
import { keyResultPath } from '../lint-paths'
import type { LintFinding, LintRule } from '../lint-rule'
import { type ComparableTitle, comparableTitle, titleSimilarity } from '../text/title-similarity'

/**
 * How alike two titles must be to count as near-duplicates: word overlap (Jaccard) for
 * English, shared character pairs (Dice) for Chinese.
 *
 * @example
 * DUPLICATE_SIMILARITY // 0.8
 */
export const DUPLICATE_SIMILARITY = 0.8

/**
 * A key result repeats an earlier one of the same objective: the same title once case, spacing,
 * punctuation and numbers are set aside ("Grow NPS to 50" / "grow the NPS to 60."), or nearly
 * the same ({@link DUPLICATE_SIMILARITY}). Reported once, at the later one's title, with the
 * earlier one in `params`. Only key results of one objective are compared, so it stays linear
 * in the document (an objective holds at most a hundred key results).
 *
 * @example
 * lintOkrSet(docWithKrs('Reduce churn to 2%', 'Reduce churn to 3%'))[0].params.duplicateOfId
 */
export const krDuplicateRule: LintRule<'kr_duplicate'> = {
  code: 'kr_duplicate',
  defaultSeverity: 'warning',
  check({ keyResults }) {
    const findings: LintFinding[] = []
    // Titles repeat across objectives ("Reduce churn …"): prepare each text once.
    const titles = new Map<string, ComparableTitle>()
    const comparable = (kr: KeyResult) => {
      let title = titles.get(kr.title)
      if (!title) {
        title = comparableTitle(kr.title)
        titles.set(kr.title, title)
      }
      return title
    }
    for (const kr of keyResults) {
      const title = comparable(kr.value)
      const siblings = kr.objective.keyResults
      for (let i = 0; i < kr.index; i++) {
        const earlier = siblings[i] as KeyResult
        const similarity = titleSimilarity(title, comparable(earlier))
        if (similarity < DUPLICATE_SIMILARITY) continue
        findings.push({
          path: keyResultPath(kr, 'title'),
          params: {
            keyResultId: kr.value.id,
            duplicateOfId: earlier.id,
            duplicateOfTitle: earlier.title,
            similarity: Math.round(similarity * 100) / 100,
          },
        })
        break
      }
    }
    return findings
  },
}

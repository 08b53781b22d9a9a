import { catalogueFor } from './framework'
import type { Catalogue } from './framework/schema'
import type { AssessmentScores } from './assessment'
import type { FlagOverride, FlaggedItem } from './flags'
import { analyseAssessment } from './analysis'

/** What the item history needs of a saved assessment. */
export interface AssessmentFigures {
  scores: AssessmentScores
  /** 0-100 */
  threshold: number
  overrides: readonly FlagOverride[]
}

export interface ItemYear {
  fiscalYear: number
  /** The item as that year's catalogue and scores have it: its title, indicator, score and flags. */
  item: FlaggedItem | null
}

/**
 * One item code across an organisation's saved years, newest first: the score, computed flag and
 * committee override each year, under that year's catalogue (or the one `catalogueOf` gives, e.g. a
 * committee's edited catalogue). `item` is null in a year whose catalogue and scores both lack the
 * code. The NACC renumbers items between years, so the same code may be another question in another
 * year: each year carries its own title for the reader to compare.
 */
export function itemAcrossYears(
  code: string,
  records: readonly AssessmentFigures[],
  catalogueOf: (fiscalYear: number) => Catalogue = (fiscalYear) => catalogueFor(fiscalYear).catalogue,
): ItemYear[] {
  return [...records]
    .sort((a, b) => b.scores.fiscalYear - a.scores.fiscalYear)
    .map((record) => {
      const analysis = analyseAssessment(catalogueOf(record.scores.fiscalYear), record.scores, {
        threshold: record.threshold,
        overrides: record.overrides,
      })
      return { fiscalYear: record.scores.fiscalYear, item: analysis.items.find((item) => item.code === code) ?? null }
    })
}

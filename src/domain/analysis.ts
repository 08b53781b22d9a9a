import type { Catalogue } from './framework/schema'
import type { AssessmentScores } from './assessment'
import { scoreAssessment, type Scorecard } from './scoring'
import { DEFAULT_THRESHOLD, flagIndicators, flagItems, type FlagOverride, type FlaggedIndicator, type FlaggedItem } from './flags'
import { analyseIssueGroups, type IssueGroupAnalysis } from './issue-groups'

export interface AnalysisOptions {
  /** 0-100, default 85 (the pass mark). */
  threshold?: number
  overrides?: readonly FlagOverride[]
}

/** Everything the overview, the item table, the issue groups, the CLI and the reports read. */
export interface Analysis {
  catalogue: Catalogue
  scorecard: Scorecard
  threshold: number
  items: FlaggedItem[]
  indicators: FlaggedIndicator[]
  issueGroups: IssueGroupAnalysis[]
  /** Scored items that belong to no issue group. */
  unmappedItems: FlaggedItem[]
}

/**
 * Scores, flags and groups one assessment under the (effective) catalogue of its year. Pure and
 * cheap: the app recomputes it on every edit.
 */
export function analyseAssessment(catalogue: Catalogue, scores: AssessmentScores, options: AnalysisOptions = {}): Analysis {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD
  const scorecard = scoreAssessment(catalogue, scores)
  const items = flagItems(scorecard.items, threshold, options.overrides)
  const { groups, unmapped } = analyseIssueGroups(catalogue, items)
  return {
    catalogue,
    scorecard,
    threshold,
    items,
    indicators: flagIndicators(scorecard.indicators, threshold),
    issueGroups: groups,
    unmappedItems: unmapped,
  }
}

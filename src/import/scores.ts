import { analyseAssessment, type Analysis, type AnalysisOptions } from '@/domain/analysis'
import type { AssessmentScores } from '@/domain/assessment'
import { catalogueFor, type Catalogue } from '@/domain/framework'
import { TOOLS, type Tool } from '@/domain/framework/schema'
import { TOLERANCE } from '@/domain/scoring'
import type { ParsedAssessment } from './assemble'
import type { ImportWarning } from './problems'

/**
 * Parsed assessment -> validated domain scores, and what the preview and the CLI show of them. Scoring
 * is the domain's (`analyseAssessment` under `catalogueFor(year)`); nothing is recomputed here.
 */

/**
 * The domain's scores of a parsed assessment for a fiscal year. The records were validated on the way in
 * (codes normalised, scores 0-100, duplicates resolved), and storage validates again with
 * `AssessmentScoresSchema` before anything is saved, so this only assembles the shape: parsing 10,000
 * assessments of a provincial workbook again here cost half a second.
 */
export function scoresOf(parsed: ParsedAssessment, fiscalYear: number): AssessmentScores {
  return {
    fiscalYear,
    itemScores: parsed.itemScores,
    indicatorScores: parsed.indicatorScores,
    publishedTotal: parsed.publishedTotal ?? null,
  }
}

/**
 * What a saved organisation's year brings to the analysis of an import: its effective catalogue (with the
 * codes its committee added) and, when the import replaces its scores, the threshold and decisions the
 * import keeps. Without it, the shipped catalogue of the year and the default threshold.
 */
export interface ParsedAnalysisContext extends AnalysisOptions {
  catalogue?: Catalogue
}

export function analyseParsed(parsed: ParsedAssessment, fiscalYear: number, context: ParsedAnalysisContext = {}): Analysis {
  const { catalogue = catalogueFor(fiscalYear).catalogue, ...options } = context
  return analyseAssessment(catalogue, scoresOf(parsed, fiscalYear), options)
}

/** Tool scores the file states that differ from the ones computed from its indicators. */
export function publishedToolWarnings(parsed: ParsedAssessment, analysis: Analysis): ImportWarning[] {
  return parsed.publishedTools.flatMap(({ tool, score, where }) => {
    const computed = analysis.scorecard.tools[tool]
    return computed !== null && Math.abs(computed - score) > TOLERANCE + 1e-9
      ? [{ code: 'published-tool-differs' as const, where, target: { kind: 'tool' as const, tool }, value: score, otherValue: computed }]
      : []
  })
}

/** One line of the preview of a many-organisation file, and of the list after import. */
export interface AssessmentSummary {
  organization: string | null
  district: string
  province: string
  fiscalYear: number | null
  total: number | null
  level: string | null
  passed: boolean | null
  tools: Record<Tool, number | null>
  /** Items given (scored or not assessed). */
  items: number
  /** Catalogue items the file does not give. */
  missingItems: number
  /** Codes the year's catalogue lacks (kept). */
  unknownItems: string[]
  /** Indicators the file gives as figures. */
  indicators: number
  /** Indicators whose published figure differs from their items' mean, and a total that differs. */
  disagreements: number
}

/** The summary of a parsed assessment from its analysis (null when its year is not known yet). */
export function summaryOf(parsed: ParsedAssessment, analysis: Analysis | null): AssessmentSummary {
  const base = {
    organization: parsed.organization?.name ?? null,
    district: parsed.organization?.district ?? '',
    province: parsed.organization?.province ?? '',
    fiscalYear: parsed.fiscalYear,
    items: new Set(parsed.itemScores.map((item) => item.code)).size,
    indicators: new Set(parsed.indicatorScores.map((indicator) => indicator.indicator)).size,
  }
  if (analysis === null) {
    return {
      ...base, total: null, level: null, passed: null, tools: { IIT: null, EIT: null, OIT: null },
      missingItems: 0, unknownItems: [], disagreements: 0,
    }
  }
  const { scorecard } = analysis
  return {
    ...base,
    total: scorecard.total,
    level: scorecard.level?.name ?? null,
    passed: scorecard.level?.passed ?? null,
    tools: Object.fromEntries(TOOLS.map((tool) => [tool, scorecard.tools[tool]])) as Record<Tool, number | null>,
    missingItems: scorecard.items.filter((item) => item.status === 'missing').length,
    unknownItems: scorecard.unknownItems,
    disagreements: scorecard.indicatorDisagreements.length + (scorecard.totalDisagreement === null ? 0 : 1),
  }
}

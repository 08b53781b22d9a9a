import { analyseAssessment } from '@/domain/analysis'
import { catalogueFor } from '@/domain/framework'
import type { Tool } from '@/domain/framework/schema'
import type { Flag } from '@/domain/flags'
import { round2 } from '@/domain/thai/numbers'
import { warningsOfAssessment, type ParsedAssessment } from '@/import/assemble'
import type { ImportWarning } from '@/import/problems'
import { publishedToolWarnings, scoresOf } from '@/import/scores'
import { analysisFindings, importWarningMessage } from '@/ui/import-messages'

/**
 * The CLI's JSON for one organisation's assessment (README, "Command line"). Every figure is the
 * domain's (analyseAssessment under the year's catalogue), rounded to two decimals; a figure that
 * cannot be computed is null. Warnings are "Thai / English" lines.
 */
export interface AssessmentReport {
  organization: string | null
  fiscalYear: number
  total: number | null
  level: string | null
  tools: Record<Tool, number | null>
  indicators: Array<{ no: number; tool: Tool; score: number | null; flag: Flag | null }>
  items: Array<{ code: string; tool: Tool; indicator: number | null; score: number | null; flag: Flag | null; issueGroups: number[] }>
  issueGroups: Array<{ no: number; items: string[]; improve: string[] }>
  warnings: string[]
}

const figure = (value: number | null) => (value === null ? null : round2(value))

export function bilingual(th: string, en: string): string {
  return `${th} / ${en}`.replace(/\s+/g, ' ')
}

export function reportAssessment(parsed: ParsedAssessment, fiscalYear: number, threshold: number, importWarnings: readonly ImportWarning[]): AssessmentReport {
  const { catalogue, derivedFrom } = catalogueFor(fiscalYear)
  const analysis = analyseAssessment(catalogue, scoresOf(parsed, fiscalYear), { threshold })
  const { scorecard } = analysis
  const groupsOf = new Map<string, number[]>()
  for (const group of analysis.issueGroups) {
    for (const item of group.items) {
      const groups = groupsOf.get(item.code)
      if (groups) groups.push(group.no)
      else groupsOf.set(item.code, [group.no])
    }
  }
  const given = (item: { status: string }) => item.status !== 'missing'
  return {
    organization: parsed.organization?.name ?? null,
    fiscalYear,
    total: figure(scorecard.total),
    level: scorecard.level?.name ?? null,
    tools: { IIT: figure(scorecard.tools.IIT), EIT: figure(scorecard.tools.EIT), OIT: figure(scorecard.tools.OIT) },
    indicators: analysis.indicators.map((indicator) => ({ no: indicator.no, tool: indicator.tool, score: figure(indicator.score), flag: indicator.flag })),
    items: analysis.items.filter(given).map((item) => ({
      code: item.code, tool: item.tool, indicator: item.indicator, score: figure(item.score), flag: item.flag,
      issueGroups: groupsOf.get(item.code) ?? [],
    })),
    issueGroups: analysis.issueGroups.map((group) => ({
      no: group.no,
      items: group.items.filter(given).map((item) => item.code),
      improve: group.improve.map((item) => item.code),
    })),
    warnings: [
      ...[...warningsOfAssessment(parsed, importWarnings), ...publishedToolWarnings(parsed, analysis)]
        .map((warning) => bilingual(importWarningMessage(warning), importWarningMessage(warning, 'en'))),
      ...analysisFindings(scorecard, derivedFrom).map(([th, en]) => bilingual(th, en)),
    ],
  }
}

/**
 * One report as JSON text: compact when piped or redirected, indented (and indented once more as an
 * element of the list) for a person at a terminal.
 */
export function assessmentJson(report: AssessmentReport, indent: number | undefined): string {
  const json = JSON.stringify(report, null, indent)
  return indent ? `\n  ${json.replace(/\n/g, '\n  ')}` : json
}

import type { FlaggedIndicator } from '../flags'
import type { Indicator } from '../framework/schema'
import {
  FOLLOW_UP_STATUSES, FollowUpEntrySchema, measurePlanId,
  type FollowUp, type FollowUpEntry, type FollowUpEntryInput, type FollowUpRound, type FollowUpStatus, type Measure, type MeasurePlan,
} from './schema'

/**
 * Following a plan through its year (seed 004, and the 6- and 12-month rounds of e-PlanNACC): one entry
 * per measure and round; a measure without an entry is รอรายงาน (pending).
 */

export function emptyFollowUp(plan: MeasurePlan): FollowUp {
  return { id: measurePlanId(plan.organizationId, plan.fiscalYear), organizationId: plan.organizationId, fiscalYear: plan.fiscalYear, entries: [], reports: [] }
}

/** The entry of a measure in a round; a pending one when nothing was reported. */
export function followUpEntry(followUp: FollowUp | null, measureId: string, round: FollowUpRound): FollowUpEntry {
  return followUp?.entries.find((entry) => entry.measureId === measureId && entry.round === round)
    ?? FollowUpEntrySchema.parse({ measureId, round })
}

/** Saves one entry (replacing the measure's entry of that round), validated. */
export function setFollowUpEntry(followUp: FollowUp, entry: FollowUpEntryInput): FollowUp {
  const valid = FollowUpEntrySchema.parse(entry)
  const others = followUp.entries.filter((candidate) => !(candidate.measureId === valid.measureId && candidate.round === valid.round))
  return { ...followUp, entries: [...others, valid] }
}

/**
 * Where a measure stands at the end of what was reported: the 12-month status once reported (not
 * pending), otherwise the 6-month one, otherwise pending. Also the reason given with it.
 */
export function latestFollowUp(followUp: FollowUp | null, measureId: string): FollowUpEntry {
  const twelve = followUpEntry(followUp, measureId, 12)
  return twelve.status !== 'pending' ? twelve : followUpEntry(followUp, measureId, 6)
}

export type StatusCounts = Record<FollowUpStatus, number> & { total: number }

/** How many of the plan's measures stand at each status in a round (e-PlanNACC's summary line). */
export function countByStatus(plan: MeasurePlan, followUp: FollowUp | null, round: FollowUpRound): StatusCounts {
  const counts = Object.fromEntries(FOLLOW_UP_STATUSES.map((status) => [status, 0])) as Record<FollowUpStatus, number>
  for (const measure of plan.measures) counts[followUpEntry(followUp, measure.id, round).status]++
  return { ...counts, total: plan.measures.length }
}

export type FollowUpIssue =
  | { code: 'reason-missing'; measureId: string; row: number; round: FollowUpRound }
  | { code: 'summary-missing'; measureId: string; row: number; round: FollowUpRound }

/**
 * What a report of a round still lacks: the reason of a measure that could not be done, and the
 * summary of one reported as done or in progress.
 */
export function followUpIssues(plan: MeasurePlan, followUp: FollowUp | null, round: FollowUpRound): FollowUpIssue[] {
  const issues: FollowUpIssue[] = []
  plan.measures.forEach((measure, index) => {
    const entry = followUpEntry(followUp, measure.id, round)
    const at = { measureId: measure.id, row: index + 1, round }
    if (entry.status === 'not-possible' && entry.reason.trim() === '') issues.push({ code: 'reason-missing', ...at })
    if ((entry.status === 'done' || entry.status === 'in-progress') && entry.summary.trim() === '') issues.push({ code: 'summary-missing', ...at })
  })
  return issues
}

export interface IndicatorFollowUpRow {
  indicator: number
  name: string
  /** maintain (รักษาระดับ) or improve (พัฒนาเพื่อยกระดับ) as the based-on assessment flagged it; null when unknown. */
  flag: 'maintain' | 'improve' | null
  measures: Array<{ measure: Measure; entry: FollowUpEntry }>
}

/**
 * Seed 004's view: one row per indicator (1-10) with its maintain/develop label and the measures aimed
 * at it, each with its entry of the round. `indicators` come from the based-on assessment's analysis
 * (flags) or, without one, from the catalogue (no flags).
 */
export function indicatorFollowUp(
  plan: MeasurePlan,
  followUp: FollowUp | null,
  round: FollowUpRound,
  indicators: ReadonlyArray<Pick<Indicator, 'no' | 'name'> & Partial<Pick<FlaggedIndicator, 'flag'>>>,
): IndicatorFollowUpRow[] {
  return indicators.map((indicator) => ({
    indicator: indicator.no,
    name: indicator.name,
    flag: indicator.flag ?? null,
    measures: plan.measures
      .filter((measure) => measure.indicators.includes(indicator.no))
      .map((measure) => ({ measure, entry: followUpEntry(followUp, measure.id, round) })),
  }))
}

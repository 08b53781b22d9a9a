import { followUpEntry } from '../measures/follow-up'
import { FOLLOW_UP_STATUSES, type FollowUp, type FollowUpRound, type FollowUpStatus, type RoundReport } from '../measures/schema'
import { RoundReportSchema } from '../measures/schema'
import type { ResolvedEntry } from './resolve'

/**
 * A round's status of an entry: at 12 months an entry done at 6 stays done (e-PlanNACC's rule, and the
 * report screen shows it locked); otherwise its entry of the round, pending when none.
 */
export function roundStatus(followUp: FollowUp | null, measureId: string, round: FollowUpRound): FollowUpStatus {
  if (round === 12 && followUpEntry(followUp, measureId, 6).status === 'done') return 'done'
  return followUpEntry(followUp, measureId, round).status
}

/** The implementation level's formula as data: (done × 1 + in progress × 0.5 + not possible × 0) / entries × 100. */
export interface ImplementationFormula {
  done: number
  inProgress: number
  notPossible: number
  entries: number
}

export interface RoundSummary {
  /** Entries with a measure (a reference whose measure is gone is left out, and is a finding). */
  total: number
  byStatus: Record<FollowUpStatus, number>
  /** Per มิติ 1-4; `other` the entries marked *1/*2 or without one. */
  byDimension: { 1: number; 2: number; 3: number; 4: number; other: number }
  /** Σ of the amounts (baht); entries without a budget counted apart. */
  budget: number
  withoutBudget: number
  disbursed: number
  remaining: number
  /** disbursed / budget × 100, full precision; null when nothing is budgeted. */
  disbursedPercent: number | null
  /** The formula's value, full precision; null without entries. */
  implementationPercent: number | null
  formula: ImplementationFormula
  /** Ticks per fiscal quarter (Σ of ticks, as seed 003's รวมทั้งสิ้น row: 4 / 30 / 28 / 4). */
  quarterTicks: [number, number, number, number]
}

/**
 * The figures of a round, computed from the entries and the follow-up, never typed: seed 000's 12-month
 * report gives 52 entries, 48 done, 4 not possible, budget 1,930,000.00, disbursed 627,872.00 (32.53 %),
 * implementation 92.31 %. Nothing is rounded here (display rounds half away from zero to 2 decimals).
 */
export function summarizeRound(entries: readonly ResolvedEntry[], followUp: FollowUp | null, round: FollowUpRound): RoundSummary {
  const byStatus = Object.fromEntries(FOLLOW_UP_STATUSES.map((status) => [status, 0])) as Record<FollowUpStatus, number>
  const byDimension = { 1: 0, 2: 0, 3: 0, 4: 0, other: 0 }
  const quarterTicks: [number, number, number, number] = [0, 0, 0, 0]
  let budget = 0
  let withoutBudget = 0
  let disbursed = 0
  let total = 0
  for (const { measure } of entries) {
    if (!measure) continue
    total++
    byStatus[roundStatus(followUp, measure.id, round)]++
    if (measure.dimension !== null) byDimension[measure.dimension]++
    else byDimension.other++
    if (measure.budget.kind === 'amount') budget += measure.budget.baht
    else withoutBudget++
    disbursed += followUpEntry(followUp, measure.id, round).disbursed ?? 0
    measure.quarters.forEach((ticked, quarter) => { if (ticked) quarterTicks[quarter]!++ })
  }
  const formula = { done: byStatus.done, inProgress: byStatus['in-progress'], notPossible: byStatus['not-possible'], entries: total }
  return {
    total, byStatus, byDimension, budget, withoutBudget, disbursed, remaining: budget - disbursed,
    disbursedPercent: budget > 0 ? (disbursed / budget) * 100 : null,
    implementationPercent: total > 0 ? ((formula.done + formula.inProgress * 0.5) / total) * 100 : null,
    formula, quarterTicks,
  }
}

/** The รวมทั้งสิ้น row of the plan: Σ budget and the ticks per quarter. */
export function planTotals(entries: readonly ResolvedEntry[]): { budget: number; quarters: [number, number, number, number] } {
  const summary = summarizeRound(entries, null, 6)
  return { budget: summary.budget, quarters: summary.quarterTicks }
}

/** The report of a round as saved, or an empty one. */
export function roundReportOf(followUp: FollowUp | null, round: FollowUpRound): RoundReport {
  return followUp?.reports.find((report) => report.round === round) ?? RoundReportSchema.parse({ round })
}

/** Saves a round's report (replacing that round's), validated. */
export function setRoundReport(followUp: FollowUp, report: RoundReport): FollowUp {
  const valid = RoundReportSchema.parse(report)
  return { ...followUp, reports: [...followUp.reports.filter((other) => other.round !== valid.round), valid].sort((a, b) => a.round - b.round) }
}

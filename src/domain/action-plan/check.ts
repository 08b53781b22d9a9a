import { checkMeasurePlan, type Finding } from '../measures/check'
import { followUpEntry } from '../measures/follow-up'
import type { FollowUp, FollowUpRound, MeasurePlan } from '../measures/schema'
import { fiscalQuarterOf, fiscalYearOf } from '../thai/dates'
import { toArabicDigits } from '../thai/digits'
import { round2 } from '../thai/numbers'
import type { Organization } from '../workspace'
import type { ActionPlan } from './schema'
import { resolveActionPlan, type ResolvedEntry } from './resolve'
import { roundStatus, summarizeRound, type RoundSummary } from './summary'

/**
 * Checks of the action plan and of a round's report before publishing, in check.ts's Finding shape (the
 * same severities and rendering): named codes with what they are about; the Thai is in src/ui.
 */
export type PlanFinding =
  | Finding
  /** An integrity measure the plan refers to is no longer in the measure plan. */
  | { code: 'integrity-missing'; severity: 'error'; measureId: string; row: number }
  /** A quarter ticked before the quarter the plan was announced in (seed 003: Q1 ticks, announced in Q2). */
  | { code: 'ticks-before-announcement'; severity: 'warning'; measureId: string; row: number; quarter: number; announcedQuarter: number }
  /** Not possible, without a reason (neither a preset nor one typed). */
  | { code: 'reason-missing'; severity: 'error'; measureId: string; row: number }
  | { code: 'disbursed-above-budget'; severity: 'error'; measureId: string; row: number; disbursed: number; budget: number }
  | { code: 'disbursed-without-budget'; severity: 'warning'; measureId: string; row: number; disbursed: number }
  /** The committee's summary prose states a figure the table does not give (`stated` as written, `computed` the table's). */
  | { code: 'summary-contradicts'; severity: 'error'; what: string; stated: number; computed: number | null }

const MEASURE_CODES_KEPT = new Set<Finding['code']>([
  'missing-name', 'period-reversed', 'period-outside-year', 'leftover-placeholder', 'leftover-other-organization',
  'leftover-organization-type', 'leftover-confirmed', 'owner-not-a-unit',
])

/**
 * The plan: every integrity reference resolves; quarter ticks do not fall before the announcement's
 * quarter (in the plan's fiscal year); and the measure checks on the plan's own entries (name, period,
 * template leftovers such as "เทศบาล" in an อบต. plan or another organisation's name, owners), with rows
 * numbered as the plan's ลำดับ. Integrity measures are checked on the measures screen.
 */
export function checkActionPlan(plan: ActionPlan, measurePlan: MeasurePlan | null, organization: Organization): PlanFinding[] {
  const findings: PlanFinding[] = []
  const resolved = resolveActionPlan(plan, measurePlan)
  const rowOf = new Map(resolved.map((entry, index) => [entry.measureId, index + 1]))
  resolved.forEach((entry, index) => {
    if (!entry.measure) findings.push({ code: 'integrity-missing', severity: 'error', measureId: entry.measureId, row: index + 1 })
  })
  const date = plan.announcement.date
  if (date && fiscalYearOf(date) === plan.fiscalYear) {
    const announcedQuarter = fiscalQuarterOf(date)
    resolved.forEach((entry, index) => {
      const quarter = entry.measure?.quarters.findIndex((ticked) => ticked) ?? -1
      if (quarter >= 0 && quarter + 1 < announcedQuarter) {
        findings.push({ code: 'ticks-before-announcement', severity: 'warning', measureId: entry.measureId, row: index + 1, quarter: quarter + 1, announcedQuarter })
      }
    })
  }
  const own = plan.entries.flatMap((entry) => (entry.ref === 'own' ? [entry.measure] : []))
  const pseudo: MeasurePlan = {
    id: plan.id, organizationId: plan.organizationId, fiscalYear: plan.fiscalYear, basedOnAssessmentYear: plan.fiscalYear - 1,
    measures: own, dismissedTemplates: plan.dismissedTemplates, confirmedNames: plan.confirmedNames,
  }
  for (const finding of checkMeasurePlan(pseudo, null, organization)) {
    if (!MEASURE_CODES_KEPT.has(finding.code) || !('measureId' in finding)) continue
    findings.push({ ...finding, row: rowOf.get(finding.measureId) ?? finding.row })
  }
  return findings
}

/** Words of the summary prose and the figure each states (seed 000: "ดำเนินการแล้วเสร็จ ๔๘ โครงการ"). */
const STATED: ReadonlyArray<{ what: string; pattern: RegExp; figure: (summary: RoundSummary) => number | null }> = [
  { what: 'รอรายงาน', pattern: /รอ(?:การ)?รายงาน\s*(?:จำนวน\s*)?([\d,.]+)/g, figure: (s) => s.byStatus.pending },
  { what: 'อยู่ระหว่างดำเนินการ', pattern: /อยู่ระหว่าง(?:การ)?ดำเนินการ\s*(?:จำนวน\s*)?([\d,.]+)/g, figure: (s) => s.byStatus['in-progress'] },
  { what: 'ดำเนินการแล้วเสร็จ', pattern: /(?:ดำเนินการ)?แล้วเสร็จ\s*(?:จำนวน\s*)?([\d,.]+)/g, figure: (s) => s.byStatus.done },
  { what: 'ไม่สามารถดำเนินการได้', pattern: /ไม่สามารถดำเนินการได้\s*(?:จำนวน\s*)?([\d,.]+)/g, figure: (s) => s.byStatus['not-possible'] },
  { what: 'เบิกจ่ายงบประมาณ', pattern: /เบิกจ่าย(?:งบประมาณ)?\s*(?:จำนวน\s*)?([\d,]+(?:\.\d+)?)\s*บาท/g, figure: (s) => s.disbursed },
]

function statedNumber(text: string): number | null {
  const value = Number(text.replace(/,/g, '').replace(/\.$/, ''))
  return Number.isFinite(value) ? value : null
}

/**
 * A round's report: an entry not possible without a reason; disbursed above its budget, or on an entry
 * without a budget; and the committee's summary prose against the computed figures (the counts by
 * status, the disbursed amount, and every "ร้อยละ N" must be the disbursed percent or the implementation
 * level, at two decimals), in Thai or Arabic digits: seed 000's prose says "ร้อยละ 100.00" where the table
 * gives 92.31.
 */
export function checkRoundReport(plan: ActionPlan, entries: readonly ResolvedEntry[], followUp: FollowUp | null, round: FollowUpRound): PlanFinding[] {
  void plan
  const findings: PlanFinding[] = []
  entries.forEach((resolved, index) => {
    const measure = resolved.measure
    if (!measure) return
    const at = { measureId: measure.id, row: index + 1 }
    const entry = followUpEntry(followUp, measure.id, round)
    const status = roundStatus(followUp, measure.id, round)
    if (status === 'not-possible' && (entry.reasonCode === null || entry.reasonCode === 'other') && entry.reason.trim() === '') {
      findings.push({ code: 'reason-missing', severity: 'error', ...at })
    }
    const disbursed = entry.disbursed ?? 0
    if (measure.budget.kind === 'amount' && disbursed > measure.budget.baht) {
      findings.push({ code: 'disbursed-above-budget', severity: 'error', ...at, disbursed, budget: measure.budget.baht })
    }
    if (measure.budget.kind === 'none' && disbursed > 0) findings.push({ code: 'disbursed-without-budget', severity: 'warning', ...at, disbursed })
  })
  const report = followUp?.reports.find((candidate) => candidate.round === round)
  const prose = toArabicDigits(report?.summaryText ?? '')
  if (prose.trim()) {
    const summary = summarizeRound(entries, followUp, round)
    for (const { what, pattern, figure } of STATED) {
      for (const match of prose.matchAll(pattern)) {
        const stated = statedNumber(match[1]!)
        const computed = figure(summary)
        if (stated !== null && (computed === null || round2(stated) !== round2(computed))) findings.push({ code: 'summary-contradicts', severity: 'error', what, stated, computed })
      }
    }
    const percents = [summary.disbursedPercent, summary.implementationPercent].filter((value): value is number => value !== null).map(round2)
    for (const match of prose.matchAll(/ร้อยละ\s*([\d,]+(?:\.\d+)?)/g)) {
      const stated = statedNumber(match[1]!)
      if (stated !== null && !percents.includes(round2(stated))) findings.push({ code: 'summary-contradicts', severity: 'error', what: 'ร้อยละ', stated, computed: summary.implementationPercent })
    }
  }
  return findings
}

import { latestFollowUp, followUpEntry } from '../measures/follow-up'
import { shiftPeriod, quartersOfPeriod } from '../measures/period'
import type { FollowUp, Measure, MeasurePlan, MeasureTemplate } from '../measures/schema'
import type { ActionPlan, ActionPlanEntry } from './schema'
import { resolveActionPlan } from './resolve'
import { entryMeasureId, nextOwnId, ownMeasureFromTemplate } from './edit'

/**
 * e-PlanNACC's fixed wording of its preset reasons (seed-digest §3; the same words src/ui/action-plan.ts
 * shows), carried as the reason's text: CarriedOver keeps text only.
 */
export const PRESET_REASON_WORDING: Readonly<Record<'no-budget' | 'policy-changed' | 'not-enough-staff', string>> = {
  'no-budget': 'ไม่ได้รับงบประมาณ',
  'policy-changed': 'นโยบายผู้บริหารเปลี่ยนแปลง',
  'not-enough-staff': 'บุคลากรไม่เพียงพอ',
}

function reasonText(entry: { reason: string; reasonCode: string | null }): string {
  if (entry.reason.trim() !== '') return entry.reason.trim()
  return entry.reasonCode && entry.reasonCode in PRESET_REASON_WORDING ? PRESET_REASON_WORDING[entry.reasonCode as keyof typeof PRESET_REASON_WORDING] : ''
}

export interface PlanDraftOptions {
  /** Carry last year's own entries (not done ones with their status and reason). */
  fromLastYear: boolean
  /** Add the library's templates with a dimension (only while the plan has no entry carried from last year). */
  fromLibrary: boolean
  /** Include the year's integrity measures by reference. */
  integrity: boolean
}

export interface PlanDraftSummary {
  added: number
  carried: number
  /** Names of last year's entries funded but not spent (budget > 0, nothing disbursed at 12 months). */
  unspent: string[]
  integrity: number
  kept: number
}

export interface PlanDraftInput {
  /** The plan as it is (its fiscal year, its entries to keep). */
  plan: ActionPlan
  lastYear: { plan: ActionPlan; measurePlan: MeasurePlan | null; followUp: FollowUp | null } | null
  library: readonly MeasureTemplate[]
  units: readonly string[]
  /** The year's measure plan (its integrity measures). */
  measurePlan: MeasurePlan | null
  options: PlanDraftOptions
}

/**
 * Drafts a plan (again). Entries the committee edited or added, and integrity references, stay as they
 * are; drafted entries not touched are drafted anew. From last year's plan each own entry comes again
 * (the same months a year later); one not done at the end of the year (its latest round) comes with
 * that status and its reason as `carriedOver`; one funded but not spent (budget > 0, disbursed 0 or not
 * reported at 12 months) is named in the summary. From the library, templates with a dimension that the
 * plan does not hold, unless dismissed (a first plan; a plan carried from last year takes no template).
 * The year's integrity measures are included by reference. Another organisation type's words are the
 * leftover check's to flag (checkActionPlan).
 */
export function draftActionPlan(input: PlanDraftInput): { plan: ActionPlan; summary: PlanDraftSummary } {
  const { plan, options } = input
  const kept = plan.entries.filter((entry) => entry.ref === 'integrity' || entry.measure.edited || entry.measure.origin === 'custom')
  const entries: ActionPlanEntry[] = [...kept]
  const has = (id: string) => entries.some((entry) => entryMeasureId(entry) === id)
  const names = new Set(entries.flatMap((entry) => (entry.ref === 'own' ? [entry.measure.name.trim()] : [])))
  const summary: PlanDraftSummary = { added: 0, carried: 0, unspent: [], integrity: 0, kept: kept.length }
  const next = () => ({ entries, fiscalYear: plan.fiscalYear })

  if (options.fromLastYear && input.lastYear) {
    const { plan: last, measurePlan, followUp } = input.lastYear
    for (const resolved of resolveActionPlan(last, measurePlan)) {
      if (resolved.where !== 'own' || !resolved.measure || names.has(resolved.measure.name.trim())) continue
      const before = resolved.measure
      const latest = latestFollowUp(followUp, before.id)
      const twelve = followUpEntry(followUp, before.id, 12)
      if (before.budget.kind === 'amount' && before.budget.baht > 0 && !twelve.disbursed) summary.unspent.push(before.name.split('\n')[0]!)
      const period = before.period ? shiftPeriod(before.period, 1) : null
      const measure: Measure = {
        ...before,
        id: nextOwnId(next()),
        items: [],
        period,
        quarters: period ? quartersOfPeriod(period, plan.fiscalYear) : before.quarters,
        accepted: false,
        edited: false,
        carriedOver: latest.status === 'done' ? null : { fromFiscalYear: last.fiscalYear, status: latest.status, reason: reasonText(latest) },
      }
      if (measure.carriedOver) summary.carried++
      else summary.added++
      entries.push({ ref: 'own', measure })
      names.add(measure.name.trim())
    }
  }
  const carriedFromLastYear = entries.length > kept.length
  if (options.fromLibrary && !carriedFromLastYear) {
    const origins = new Set(entries.flatMap((entry) => (entry.ref === 'own' ? [entry.measure.origin] : [])))
    for (const template of input.library) {
      if (template.dimension === null || origins.has(template.id) || plan.dismissedTemplates.includes(template.id) || names.has(template.name.trim())) continue
      entries.push({ ref: 'own', measure: { ...ownMeasureFromTemplate(next(), template, input.units), accepted: false } })
      origins.add(template.id)
      summary.added++
    }
  }
  if (options.integrity) {
    for (const measure of input.measurePlan?.measures ?? []) {
      if (has(measure.id)) continue
      entries.push({ ref: 'integrity', measureId: measure.id })
      summary.integrity++
    }
  }
  return { plan: { ...plan, entries }, summary }
}

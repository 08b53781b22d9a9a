import type { Measure, MeasurePlan } from '../measures/schema'
import type { ActionPlan } from './schema'

/** An entry of the plan with the measure it stands for and where that measure lives. */
export interface ResolvedEntry {
  measureId: string
  where: 'own' | 'integrity'
  /** null when an integrity measure referred to is no longer in the measure plan (a finding, not dropped). */
  measure: Measure | null
}

/**
 * Each entry of the plan, in order, with its measure: its own, or the measure plan's record of the same
 * id (the same object the measures screen edits). `measurePlan` is the same year's, or null.
 */
export function resolveActionPlan(plan: ActionPlan, measurePlan: MeasurePlan | null): ResolvedEntry[] {
  const byId = new Map((measurePlan?.measures ?? []).map((measure) => [measure.id, measure]))
  return plan.entries.map((entry) => (entry.ref === 'own'
    ? { measureId: entry.measure.id, where: 'own', measure: entry.measure }
    : { measureId: entry.measureId, where: 'integrity', measure: byId.get(entry.measureId) ?? null }))
}

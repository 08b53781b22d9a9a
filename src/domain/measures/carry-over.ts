import { latestFollowUp } from './follow-up'
import { quartersOfPeriod, shiftPeriod } from './period'
import { measurePlanId, type FollowUp, type Measure, type MeasurePlan } from './schema'

export interface CarryOverResult {
  plan: MeasurePlan
  /** Measures brought into the next year now. */
  carried: Measure[]
  /** Measures not carried because they are done. */
  done: number
  /** Measures not done that the next year's plan already holds (carried earlier). */
  alreadyThere: number
}

/**
 * Starts (or adds to) next year's plan from this year's: every measure whose latest reported status is
 * not ดำเนินการแล้วเสร็จ is carried over with that status and its reason, the same months one year
 * later, not yet accepted, and without the items it answered (their codes belong to the previous
 * catalogue year; drafting from the next result ties a carried row to that year's items again);
 * measures done stay behind. The next plan answers the assessment of this
 * plan's year (fiscal year + 1 is based on fiscal year). An existing next plan keeps its rows; a measure
 * already carried into it is not added twice.
 */
export function carryOverToNextYear(plan: MeasurePlan, followUp: FollowUp | null, nextPlan?: MeasurePlan | null): CarryOverResult {
  const fiscalYear = plan.fiscalYear + 1
  const base: MeasurePlan = nextPlan ?? {
    id: measurePlanId(plan.organizationId, fiscalYear),
    organizationId: plan.organizationId,
    fiscalYear,
    basedOnAssessmentYear: plan.fiscalYear,
    measures: [],
    dismissedTemplates: [],
    // Names confirmed for this year's measures still belong to the ones carried over.
    confirmedNames: plan.confirmedNames,
  }
  const present = new Set(base.measures.map((measure) => measure.id))
  const carried: Measure[] = []
  let done = 0
  let alreadyThere = 0
  for (const measure of plan.measures) {
    const latest = latestFollowUp(followUp, measure.id)
    if (latest.status === 'done') {
      done++
      continue
    }
    if (present.has(measure.id)) {
      alreadyThere++
      continue
    }
    const period = measure.period ? shiftPeriod(measure.period, 1) : null
    carried.push({
      ...measure,
      // Item codes belong to the catalogue of the year answered; the next plan answers the next year's.
      items: [],
      period,
      quarters: period ? quartersOfPeriod(period, fiscalYear) : measure.quarters,
      accepted: false,
      edited: false,
      carriedOver: { fromFiscalYear: plan.fiscalYear, status: latest.status, reason: latest.reason },
    })
  }
  return { plan: { ...base, measures: [...base.measures, ...carried] }, carried, done, alreadyThere }
}

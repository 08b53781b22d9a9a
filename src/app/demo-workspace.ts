import { AssessmentRecordSchema, OrganizationSchema, assessmentId, type AssessmentRecord, type Organization } from '@/domain/workspace'
import { DEMO_ORGANIZATION, DEMO_OVERRIDES_2567, DEMO_SCORES_2567 } from '@/domain/demo/nongson-2567'
import type { FollowUp, MeasurePlan } from '@/domain/measures'
import type { ActionPlan } from '@/domain/action-plan'

export const DEMO_ORGANIZATION_ID = 'demo-nongson'

/** The records a first start holds: seed 002's อบต.หนองซอน and its ITA 2567 result (its measures: demoMeasurePlans). */
export function demoWorkspace(now = new Date()): { organization: Organization; assessments: AssessmentRecord[] } {
  const organization = OrganizationSchema.parse({ ...DEMO_ORGANIZATION, units: [...DEMO_ORGANIZATION.units], id: DEMO_ORGANIZATION_ID, isDemo: true })
  const assessment = AssessmentRecordSchema.parse({
    id: assessmentId(DEMO_ORGANIZATION_ID, 2567),
    organizationId: DEMO_ORGANIZATION_ID,
    scores: DEMO_SCORES_2567,
    source: { kind: 'demo', name: 'รายงานการวิเคราะห์ผล ITA ๒๕๖๗ ของ อบต.หนองซอน', importedAt: now.toISOString() },
    threshold: 85,
    overrides: DEMO_OVERRIDES_2567,
  })
  return { organization, assessments: [assessment] }
}

/**
 * Seed 002's own 2568 measures table as the demo's saved plan. Loaded on demand: the measure library it
 * is drawn from stays out of the first load.
 */
export async function demoMeasurePlans(): Promise<MeasurePlan[]> {
  const { demoMeasurePlan } = await import('@/domain/demo/nongson-2568-plan')
  return [demoMeasurePlan(DEMO_ORGANIZATION_ID)]
}

/**
 * Whether a first start seeds the action-plan organisations too (seed 003's plan, seed 001's report), so
 * a newcomer sees a full plan and a results report from the first start. The browser specs that count the
 * demo's documents expect them.
 */
export const DEMO_ACTION_PLAN_ORGANIZATIONS = true

export const DEMO_BANHAENG_ID = 'demo-banhaeng'
export const DEMO_BANGTOEI_ID = 'demo-bangtoei'

/** The action-plan organisations of the demo and their documents. */
export interface DemoActionPlanDocuments {
  organizations: Organization[]
  /** One year each without a score (the seeds print none), so the organisation can be opened. */
  assessments: AssessmentRecord[]
  actionPlans: ActionPlan[]
  followUps: FollowUp[]
}

/**
 * The demo's second and third organisations: seed 003's อบต.บ้านแหง with its 2569 action plan and project
 * sheets, and seed 001's อบต.บางเตย with its 2567 plan and 12-month results report. Neither seed prints
 * an ITA score, so each has one assessment year with none (2568 and 2566: the plan runs in the year after,
 * as the measures do); its analysis shows every item as not known. Loaded on demand, as the measures.
 */
export async function demoActionPlans(now = new Date()): Promise<DemoActionPlanDocuments> {
  const [{ BANHAENG_ORGANIZATION, banhaengPlan2569 }, { BANGTOEI_ORGANIZATION, bangtoeiPlan2567, bangtoeiFollowUp2567 }] = await Promise.all([
    import('@/domain/demo/banhaeng-2569-plan'), import('@/domain/demo/bangtoei-2567-report'),
  ])
  const organization = (id: string, fields: { name: string; shortName: string; district: string; province: string; units: readonly string[] }) =>
    OrganizationSchema.parse({ ...fields, units: [...fields.units], id, isDemo: true })
  const unscored = (organizationId: string, fiscalYear: number, seed: string) => AssessmentRecordSchema.parse({
    id: assessmentId(organizationId, fiscalYear),
    organizationId,
    scores: { fiscalYear, itemScores: [], indicatorScores: [], publishedTotal: null },
    source: { kind: 'demo', name: `ไม่มีคะแนน ITA: ${seed} มีแต่แผนปฏิบัติการป้องกันการทุจริต`, importedAt: now.toISOString() },
    threshold: 85,
    overrides: [],
  })
  return {
    organizations: [organization(DEMO_BANHAENG_ID, BANHAENG_ORGANIZATION), organization(DEMO_BANGTOEI_ID, BANGTOEI_ORGANIZATION)],
    assessments: [unscored(DEMO_BANHAENG_ID, 2568, 'เอกสารของ อบต.บ้านแหง'), unscored(DEMO_BANGTOEI_ID, 2566, 'รายงานของ อบต.บางเตย')],
    actionPlans: [banhaengPlan2569(DEMO_BANHAENG_ID), bangtoeiPlan2567(DEMO_BANGTOEI_ID)],
    followUps: [bangtoeiFollowUp2567(DEMO_BANGTOEI_ID)],
  }
}

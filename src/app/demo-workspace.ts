import { AssessmentRecordSchema, OrganizationSchema, assessmentId, type AssessmentRecord, type Organization } from '@/domain/workspace'
import { DEMO_ORGANIZATION, DEMO_OVERRIDES_2567, DEMO_SCORES_2567 } from '@/domain/demo/nongson-2567'
import type { MeasurePlan } from '@/domain/measures'

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

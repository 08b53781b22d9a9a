import { AssessmentRecordSchema, OrganizationSchema, assessmentId, type AssessmentRecord, type Organization } from '@/domain/workspace'
import { DEMO_ORGANIZATION, DEMO_OVERRIDES_2567, DEMO_SCORES_2567 } from '@/domain/demo/nongson-2567'
import { demoMeasurePlan } from '@/domain/demo/nongson-2568-plan'
import type { MeasurePlan } from '@/domain/measures'

export const DEMO_ORGANIZATION_ID = 'demo-nongson'

/** The records a first start holds: seed 002's อบต.หนองซอน, its ITA 2567 result and its own 2568 measures table. */
export function demoWorkspace(now = new Date()): { organization: Organization; assessments: AssessmentRecord[]; measurePlans: MeasurePlan[] } {
  const organization = OrganizationSchema.parse({ ...DEMO_ORGANIZATION, units: [...DEMO_ORGANIZATION.units], id: DEMO_ORGANIZATION_ID, isDemo: true })
  const assessment = AssessmentRecordSchema.parse({
    id: assessmentId(DEMO_ORGANIZATION_ID, 2567),
    organizationId: DEMO_ORGANIZATION_ID,
    scores: DEMO_SCORES_2567,
    source: { kind: 'demo', name: 'รายงานการวิเคราะห์ผล ITA ๒๕๖๗ ของ อบต.หนองซอน', importedAt: now.toISOString() },
    threshold: 85,
    overrides: DEMO_OVERRIDES_2567,
  })
  return { organization, assessments: [assessment], measurePlans: [demoMeasurePlan(DEMO_ORGANIZATION_ID)] }
}

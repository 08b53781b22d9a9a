import { DEMO_BANGTOEI_ID, DEMO_BANHAENG_ID, demoActionPlans, demoMeasurePlans, demoWorkspace } from '@/app/demo-workspace'
import { ACTION_PLAN, ASSESSMENT, CATALOGUE_OVERRIDES, FOLLOW_UP, MEASURE_PLAN, ORGANIZATION, type DocumentKind, type DocumentWrite } from '@/storage'
import type { OrganizationRecords } from '@/sync/province'

/** The demo's three organisations as a provincial reader would find them, each with its own documents. */
export async function demoProvince(now = new Date('2026-12-01T00:00:00Z')): Promise<{ nongson: OrganizationRecords; banhaeng: OrganizationRecords; bangtoei: OrganizationRecords }> {
  const { organization, assessments } = demoWorkspace(now)
  const more = await demoActionPlans(now)
  const of = (id: string): OrganizationRecords => ({
    organization: more.organizations.find((entry) => entry.id === id)!,
    assessments: more.assessments.filter((entry) => entry.organizationId === id),
    catalogueOverrides: [],
    measurePlans: [],
    followUps: more.followUps.filter((entry) => entry.organizationId === id),
    actionPlans: more.actionPlans.filter((entry) => entry.organizationId === id),
  })
  return {
    nongson: { organization, assessments, catalogueOverrides: [], measurePlans: await demoMeasurePlans(), followUps: [], actionPlans: [] },
    banhaeng: of(DEMO_BANHAENG_ID),
    bangtoei: of(DEMO_BANGTOEI_ID),
  }
}

/** An organisation's records as the writes a member's store makes of them. */
export function writesOf(records: OrganizationRecords): DocumentWrite[] {
  const owner = records.organization.id
  const write = (kind: DocumentKind) => (data: { id: string }): DocumentWrite => ({ kind, id: data.id, organizationId: owner, data })
  return [
    write(ORGANIZATION as DocumentKind)(records.organization),
    ...records.assessments.map(write(ASSESSMENT as DocumentKind)),
    ...records.catalogueOverrides.map(write(CATALOGUE_OVERRIDES as DocumentKind)),
    ...records.measurePlans.map(write(MEASURE_PLAN as DocumentKind)),
    ...records.followUps.map(write(FOLLOW_UP as DocumentKind)),
    ...records.actionPlans.map(write(ACTION_PLAN as DocumentKind)),
  ]
}

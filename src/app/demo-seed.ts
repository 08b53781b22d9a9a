import { ACTION_PLAN, ASSESSMENT, FOLLOW_UP, MEASURE_PLAN, ORGANIZATION } from '@/storage'
import type { StorageSession } from '@/storage/session'
import { DEMO_ACTION_PLAN_ORGANIZATIONS, demoActionPlans, demoMeasurePlans, demoWorkspace } from './demo-workspace'

/** The meta key under which the workspace remembers the open organisation and year. */
export const SELECTION_META = 'selection'

/**
 * A first start: when nothing is saved yet, saves the demo organisations (seed 002's with its assessment
 * and measures table; seeds 003 and 001 with their action plans) in one transaction. Part of the app's
 * start-up (src/app/start.ts), not of any store. Returns whether it seeded.
 */
export async function seedDemoIfEmpty(session: StorageSession): Promise<boolean> {
  const backend = await session.open()
  if (!(await backend.isEmpty())) return false
  const demo = demoWorkspace()
  const [measurePlans, more] = await Promise.all([
    demoMeasurePlans(),
    DEMO_ACTION_PLAN_ORGANIZATIONS ? demoActionPlans() : Promise.resolve({ organizations: [], assessments: [], actionPlans: [], followUps: [] }),
  ])
  // Not the user's work: a refusal shows in the storage banner, and losing the race to another tab
  // seeding the same demo is no news, so the result is dropped on purpose.
  void await session.saveDocuments([
    { kind: ORGANIZATION, id: demo.organization.id, organizationId: demo.organization.id, data: demo.organization },
    ...demo.assessments.map((record) => ({ kind: ASSESSMENT, id: record.id, organizationId: record.organizationId, data: record })),
    ...measurePlans.map((plan) => ({ kind: MEASURE_PLAN, id: plan.id, organizationId: plan.organizationId, data: plan })),
    ...more.organizations.map((organization) => ({ kind: ORGANIZATION, id: organization.id, organizationId: organization.id, data: organization })),
    ...more.assessments.map((record) => ({ kind: ASSESSMENT, id: record.id, organizationId: record.organizationId, data: record })),
    ...more.actionPlans.map((plan) => ({ kind: ACTION_PLAN, id: plan.id, organizationId: plan.organizationId, data: plan })),
    ...more.followUps.map((followUp) => ({ kind: FOLLOW_UP, id: followUp.id, organizationId: followUp.organizationId, data: followUp })),
  ], { seeding: true })
  // The first start opens seed 002's organisation (the others' years have no scores to show).
  if (more.organizations.length > 0) await session.setMeta(SELECTION_META, { organizationId: demo.organization.id, fiscalYear: demo.assessments[0]!.scores.fiscalYear })
  return true
}

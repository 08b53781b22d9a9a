import { describe, expect, it } from 'vitest'
import { MeasureSchema } from '@/domain/measures'
import { openWorkspace } from './fresh-workspace'

async function opened() {
  const workspace = await openWorkspace()
  const { useMeasuresStore } = await import('@/stores/measures')
  const { useActionPlanStore } = await import('@/stores/action-plan')
  const measures = useMeasuresStore()
  await measures.load(workspace.currentOrganization!.id)
  const actionPlan = useActionPlanStore()
  await actionPlan.load(workspace.currentOrganization!.id)
  // The stores' own storage module (openWorkspace starts a fresh module graph on a fresh database).
  const { ACTION_PLAN, FOLLOW_UP, MEASURE_PLAN, documentStore } = await import('@/storage')
  return { workspace, measures, actionPlan, store: await documentStore(), ACTION_PLAN, FOLLOW_UP, MEASURE_PLAN }
}

describe('the action plan store on the demo workspace', () => {
  it('opens the year of the measures (2568) with no plan, and saves a first own entry as an action-plan document', async () => {
    const { actionPlan, store, ACTION_PLAN } = await opened()
    expect(actionPlan.planYear).toBe(2568)
    expect(actionPlan.currentPlan).toBeNull()
    const measure = await actionPlan.addOwn()
    expect(measure?.id).toBe('ap-1')
    await actionPlan.saveMeasure({ ...measure!, name: 'โครงการจัดเวทีประชาคม', budget: { kind: 'amount', baht: 5000 } })
    const saved = await store.get(ACTION_PLAN, 'demo-nongson:2568')
    expect(saved?.entries).toEqual([{ ref: 'own', measure: expect.objectContaining({ id: 'ap-1', name: 'โครงการจัดเวทีประชาคม', budget: { kind: 'amount', baht: 5000 }, edited: true }) }])
    expect(saved?.cycleId).toBe('2566-2570')
  })

  it('includes an integrity measure as the same record: an edit from the plan is saved in the measure plan', async () => {
    const { measures, actionPlan, store, ACTION_PLAN, MEASURE_PLAN } = await opened()
    const first = measures.currentPlan!.measures[0]!
    await actionPlan.includeIntegrity(first.id)
    expect(actionPlan.resolved.map((entry) => [entry.measureId, entry.where])).toEqual([[first.id, 'integrity']])
    await actionPlan.saveMeasure({ ...first, name: 'แก้ไขจากแผนปฏิบัติการ', dimension: 2 })
    expect((await store.get(MEASURE_PLAN, 'demo-nongson:2568'))?.measures[0]).toMatchObject({ id: first.id, name: 'แก้ไขจากแผนปฏิบัติการ', dimension: 2 })
    expect((await store.get(ACTION_PLAN, 'demo-nongson:2568'))?.entries).toEqual([{ ref: 'integrity', measureId: first.id }])
    expect(actionPlan.resolved[0]?.measure?.name).toBe('แก้ไขจากแผนปฏิบัติการ')
  })

  it('saves a round\'s entry into the year\'s follow-up document, beside the measure plan\'s', async () => {
    const { actionPlan, store, FOLLOW_UP } = await opened()
    const measure = await actionPlan.addOwn()
    await actionPlan.setRoundEntry({ measureId: measure!.id, round: 12, status: 'done', reason: '', reasonCode: null, summary: '', outcome: '', remark: '', disbursed: 1200, evidence: [] })
    const followUp = await store.get(FOLLOW_UP, 'demo-nongson:2568')
    expect(followUp?.entries).toEqual([expect.objectContaining({ measureId: 'ap-1', round: 12, status: 'done', disbursed: 1200 })])
  })

  it('replaces the entries with an imported table, keeping the integrity references, and undoes it whole', async () => {
    const { measures, actionPlan, store, ACTION_PLAN } = await opened()
    await actionPlan.includeIntegrity(measures.currentPlan!.measures[1]!.id)
    const imported = ['โครงการเสริมสร้างค่านิยมต่อต้านการทุจริต', 'มาตรการ NO Gift Policy'].map((name, index) => MeasureSchema.parse({ id: `row-${index}`, origin: 'custom', kind: 'project', name }))
    const done = await actionPlan.importEntries(imported)
    expect(actionPlan.resolved.map((entry) => entry.measureId)).toEqual(['ap-1', 'ap-2', measures.currentPlan!.measures[1]!.id])
    await actionPlan.undoImport(done!)
    expect(actionPlan.resolved.map((entry) => entry.where)).toEqual(['integrity'])
    expect((await store.get(ACTION_PLAN, 'demo-nongson:2568'))?.entries).toHaveLength(1)
  })
})

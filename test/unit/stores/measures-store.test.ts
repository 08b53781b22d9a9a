import './fresh-database'
import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useWorkspaceStore } from '@/stores/workspace'
import { useMeasuresStore } from '@/stores/measures'
import { FOLLOW_UP, MEASURE_LIBRARY_EXTENSION, MEASURE_PLAN, ORGANIZATION, documentStore } from '@/storage'
import { startWorkspace } from '@/app/start'

beforeEach(async () => {
  const store = await documentStore()
  await store.db.clear('documents')
  setActivePinia(createPinia())
})

async function opened() {
  const workspace = useWorkspaceStore()
  await startWorkspace()
  const measures = useMeasuresStore()
  await measures.load(workspace.currentOrganization!.id)
  return { workspace, measures }
}

describe('the measures store on the saved workspace', () => {
  it('seeds the demo with seed 002\'s 2568 table and opens it for the 2567 assessment', async () => {
    const { measures } = await opened()
    const saved = await (await documentStore()).list(MEASURE_PLAN)
    expect(saved.documents.map((plan) => plan.id)).toEqual(['demo-nongson:2568'])
    expect(measures.planYear).toBe(2568)
    expect(measures.currentPlan?.measures).toHaveLength(12)
    expect(measures.basedOnAnalysis?.scorecard.fiscalYear).toBe(2567)
  })

  it('saves a draft, an edit and a follow-up entry, and reads them back', async () => {
    const { measures } = await opened()
    const summary = await measures.draft('2025-03')
    expect(summary?.added).toEqual(['t:s004-4'])
    const [first] = measures.currentPlan!.measures
    await measures.update({ ...first!, name: 'แก้ไขแล้ว' })
    await measures.setEntry({ measureId: first!.id, round: 6, status: 'done', reason: '', summary: 'เสร็จ', outcome: '', evidence: [] })
    const store = await documentStore()
    const plan = await store.get(MEASURE_PLAN, 'demo-nongson:2568')
    expect(plan?.measures).toHaveLength(13)
    expect(plan?.measures[0]).toMatchObject({ name: 'แก้ไขแล้ว', edited: true })
    expect((await store.get(FOLLOW_UP, 'demo-nongson:2568'))?.entries).toEqual([
      { measureId: first!.id, round: 6, status: 'done', reason: '', summary: 'เสร็จ', outcome: '', evidence: [], disbursed: null, reasonCode: null, remark: '' },
    ])
  })

  it('keeps the organisation\'s own templates and units', async () => {
    const { workspace, measures } = await opened()
    const template = await measures.saveAsTemplate(measures.currentPlan!.measures[8]!)
    expect(template?.id).toBe('own-1')
    expect(measures.library.at(-1)?.id).toBe('own-1')
    await workspace.updateOrganization({ ...workspace.currentOrganization!, units: ['สำนักปลัด', 'กองการศึกษา'] })
    const store = await documentStore()
    expect((await store.get(MEASURE_LIBRARY_EXTENSION, 'demo-nongson'))?.templates.map((entry) => entry.id)).toEqual(['own-1'])
    expect((await store.get(ORGANIZATION, 'demo-nongson'))?.units).toEqual(['สำนักปลัด', 'กองการศึกษา'])
  })

  it('starts next year\'s plan from the measures not done and opens it', async () => {
    const { measures } = await opened()
    const result = await measures.startNextYear()
    expect(result?.carried).toHaveLength(12)
    expect(measures.planYear).toBe(2569)
    expect(measures.planYears).toEqual([2569, 2568])
    expect(measures.basedOnAnalysis).toBeNull()
    expect(await (await documentStore()).get(MEASURE_PLAN, 'demo-nongson:2569')).not.toBeNull()
  })
})

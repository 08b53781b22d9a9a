import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { useMeasuresStore } from '@/stores/measures'
import { FOLLOW_UP, MEASURE_LIBRARY_EXTENSION, MEASURE_PLAN, documentStore } from '@/storage'
import { STORAGE_TEXT, conflictNotice, storageProblemText } from '@/ui/storage-texts'
import { simulateFullDisk } from '../storage/full-disk'
import { eventually, openTab, restore, useTabs } from './tabs'

useTabs()

const PLAN = 'demo-nongson:2568'

async function openMeasures(options?: { hearing?: boolean }) {
  const tab = await openTab(options)
  const measures = tab.use(useMeasuresStore)
  await measures.load(tab.workspace.currentOrganization!.id)
  return { ...tab, measures }
}

const savedPlan = async () => (await documentStore()).get(MEASURE_PLAN, PLAN)
const entry = (measureId: string, summary: string) => ({ measureId, round: 6 as const, status: 'in-progress' as const, reason: '', summary, outcome: '', evidence: [] })

let stopFullDisk: (() => void) | null = null
afterEach(() => {
  stopFullDisk?.()
  stopFullDisk = null
})

describe('the measures store with two tabs', () => {
  it('refuses a change based on a plan another tab has since saved, shows the saved plan again and says so', async () => {
    const tabA = await openMeasures()
    const tabB = await openMeasures({ hearing: false })
    const [first, second] = tabA.measures.currentPlan!.measures
    expect((await tabA.measures.update({ ...first!, name: 'ชื่อจากแท็บ A' }))?.ok).toBe(true)

    const refused = await tabB.measures.update({ ...second!, name: 'ชื่อจากแท็บ B' })
    expect(refused).toMatchObject({ ok: false, reason: 'conflict' })
    expect(tabB.measures.saveError).toBe('conflict')
    expect(tabB.persistence.conflicts.map(({ kind, id }) => conflictNotice(kind, id))).toEqual([expect.stringContaining('ตารางมาตรการ "demo-nongson:2568" ถูกแก้ไขจากแท็บหรือหน้าต่างอื่น')])
    // Nothing of tab B's was written; tab B shows what is saved, tab A's change included.
    expect((await savedPlan())?.measures.map((row) => row.name).slice(0, 2)).toEqual(['ชื่อจากแท็บ A', second!.name])
    expect(tabB.measures.currentPlan?.measures.map((row) => row.name).slice(0, 2)).toEqual(['ชื่อจากแท็บ A', second!.name])

    // Done again on purpose, on the plan now shown, it is saved beside tab A's change.
    expect((await tabB.measures.update({ ...second!, name: 'ชื่อจากแท็บ B' }))?.ok).toBe(true)
    expect(tabB.measures.saveError).toBeNull()
    expect((await savedPlan())?.measures.map((row) => row.name).slice(0, 2)).toEqual(['ชื่อจากแท็บ A', 'ชื่อจากแท็บ B'])
  })

  it('does not save the changes queued behind a refused one: they were made on what was refused', async () => {
    const tabA = await openMeasures()
    const tabB = await openMeasures({ hearing: false })
    const rows = tabA.measures.currentPlan!.measures
    await tabA.measures.update({ ...rows[0]!, name: 'ชื่อจากแท็บ A' })
    const [renamed, moved] = await Promise.all([tabB.measures.update({ ...rows[1]!, name: 'ชื่อจากแท็บ B' }), tabB.measures.move(rows[2]!.id, -1)])
    expect(renamed).toMatchObject({ ok: false, reason: 'conflict' })
    expect(moved).toMatchObject({ ok: false, reason: 'conflict' })
    expect(tabB.persistence.conflicts.map(({ kind, id }) => conflictNotice(kind, id))).toHaveLength(1)
    const saved = await savedPlan()
    expect(saved?.measures.map((row) => row.id)).toEqual(rows.map((row) => row.id))
    expect(saved?.measures.map((row) => row.name).slice(0, 3)).toEqual(['ชื่อจากแท็บ A', rows[1]!.name, rows[2]!.name])
    expect(tabB.measures.currentPlan).toEqual(saved)
  })

  it('refuses a follow-up entry saved over another tab\'s, and shows that tab\'s entry', async () => {
    const tabA = await openMeasures()
    const tabB = await openMeasures({ hearing: false })
    const [first] = tabA.measures.currentPlan!.measures
    expect((await tabA.measures.setEntry(entry(first!.id, 'จากแท็บ A')))?.ok).toBe(true)
    expect(await tabB.measures.setEntry(entry(first!.id, 'จากแท็บ B'))).toMatchObject({ ok: false, reason: 'conflict' })
    expect((await (await documentStore()).get(FOLLOW_UP, PLAN))?.entries.map((saved) => saved.summary)).toEqual(['จากแท็บ A'])
    expect(tabB.measures.currentFollowUp?.entries.map((saved) => saved.summary)).toEqual(['จากแท็บ A'])
  })

  it('shows another tab\'s plan, follow-up and own templates without a reload', async () => {
    const tabA = await openMeasures()
    const tabB = await openMeasures()
    const [first] = tabA.measures.currentPlan!.measures
    await tabA.measures.update({ ...first!, name: 'ชื่อจากแท็บ A' })
    await tabA.measures.setEntry(entry(first!.id, 'สรุปจากแท็บ A'))
    await tabA.measures.saveAsTemplate(first!)
    await eventually(() => {
      expect(tabB.measures.currentPlan?.measures[0]?.name).toBe('ชื่อจากแท็บ A')
      expect(tabB.measures.currentFollowUp?.entries[0]?.summary).toBe('สรุปจากแท็บ A')
      expect(tabB.measures.ownTemplates.map((template) => template.id)).toEqual(['own-1'])
    })
    // Having heard, tab B saves on top of tab A's changes.
    expect((await tabB.measures.accept(first!.id))?.ok).toBe(true)
  })

  it('shows the restored plans, follow-ups and templates after a restore, in this tab and the others', async () => {
    const tabA = await openMeasures()
    const tabB = await openMeasures()
    const [first] = tabA.measures.currentPlan!.measures
    const backup = await tabA.backup.exportBackup({ type: 'all' }, 'test')
    await tabA.measures.update({ ...first!, name: 'แก้หลังสำรอง' })
    await tabA.measures.setEntry(entry(first!.id, 'หลังสำรอง'))
    await tabA.measures.saveAsTemplate(first!)
    await eventually(() => expect(tabB.measures.ownTemplates).toHaveLength(1))
    expect(tabB.measures.currentPlan?.measures[0]?.name).toBe('แก้หลังสำรอง')

    await restore(tabA.backup, backup.text)
    await eventually(() => {
      for (const tab of [tabA, tabB]) {
        expect(tab.measures.currentPlan?.measures[0]?.name).toBe(first!.name)
        expect(tab.measures.currentFollowUp).toBeNull()
        expect(tab.measures.ownTemplates).toEqual([])
      }
    })
    // The revisions read back are those restored: the next change is saved.
    expect((await tabB.measures.accept(first!.id))?.ok).toBe(true)
  })

  it('takes back a change the full disk refused, without claiming it saved', async () => {
    const { measures, persistence } = await openMeasures()
    const [first] = measures.currentPlan!.measures
    stopFullDisk = await simulateFullDisk()
    expect(await measures.update({ ...first!, name: 'ไม่ได้บันทึก' })).toEqual({ ok: false, reason: 'storage-full' })
    expect(await measures.saveAsTemplate(first!)).toBeNull()
    expect(await measures.draft('2025-03')).toBeNull()
    expect(persistence.problem && storageProblemText(persistence.problem)).toBe(STORAGE_TEXT.full)
    expect(measures.saveError).toBeNull()
    expect(measures.currentPlan?.measures[0]?.name).toBe(first!.name)
    expect(measures.ownTemplates).toEqual([])
    stopFullDisk()
    stopFullDisk = null
    expect(await (await documentStore()).get(MEASURE_LIBRARY_EXTENSION, 'demo-nongson')).toBeNull()
    expect((await savedPlan())?.measures[0]?.name).toBe(first!.name)
  })
})

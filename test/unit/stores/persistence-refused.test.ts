import { describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { usePersistenceStore } from '@/stores/persistence'
import { useBackupStore } from '@/stores/backup'
import { useWorkspaceStore } from '@/stores/workspace'
import { useMeasuresStore } from '@/stores/measures'
import { useGroupAnalysisStore } from '@/stores/group-analysis'
import { readBackupText } from '@/storage/backup'
import { STORAGE_TEXT, storageProblemText } from '@/ui/storage-texts'
import { startWorkspace } from '@/app/start'

// No IndexedDB at all here (no fake-indexeddb): the browser refuses storage.
describe('persistence store without storage', () => {
  it('works in memory, says so in Thai, and exports what is in memory', async () => {
    setActivePinia(createPinia())
    const workspace = useWorkspaceStore()
    const persistence = usePersistenceStore()
    await startWorkspace()
    expect(persistence.mode).toBe('memory')
    expect(workspace.status).toBe('unsaved')
    expect(persistence.problem).toBe('refused')
    expect(storageProblemText(persistence.problem!)).toBe(STORAGE_TEXT.refused)
    expect(workspace.currentOrganization?.name).toBe('องค์การบริหารส่วนตำบลหนองซอน')
    expect((await workspace.setThreshold(72))?.ok).toBe(true)
    const exported = await useBackupStore().exportBackup({ type: 'all' }, 'test')
    const backup = readBackupText(exported.text)
    if (!backup.ok) throw new Error(backup.problem.code)
    // The demo: อบต.หนองซอน with its 2567 assessment and 2568 measures table; อบต.บ้านแหง and อบต.บางเตย,
    // each with a year, its action plan and (บางเตย) its 12-month report.
    expect(exported.count).toBe(10)
    expect(backup.backup.documents.map((document) => document.kind).sort()).toEqual(['action-plan', 'action-plan', 'assessment', 'assessment', 'assessment', 'follow-up', 'measure-plan', 'organization', 'organization', 'organization'])
    expect(JSON.stringify(backup.backup.documents)).toContain('"threshold":72')
  })

  it('keeps the measures, their follow-up and the group texts in memory too, so the backup holds them', async () => {
    setActivePinia(createPinia())
    const workspace = useWorkspaceStore()
    await startWorkspace()
    const measures = useMeasuresStore()
    await measures.load(workspace.currentOrganization!.id)
    const [first] = measures.currentPlan!.measures
    expect((await measures.update({ ...first!, name: 'แก้ในหน้าต่างส่วนตัว' }))?.ok).toBe(true)
    expect((await measures.setEntry({ measureId: first!.id, round: 6, status: 'done', reason: '', summary: 'เสร็จแล้ว', outcome: '', evidence: [] }))?.ok).toBe(true)
    const groups = useGroupAnalysisStore()
    await groups.open()
    expect((await groups.edit(4, 'ข้อความในหน่วยความจำ'))?.ok).toBe(true)
    const exported = await useBackupStore().exportBackup({ type: 'all' }, 'test')
    const backup = readBackupText(exported.text)
    if (!backup.ok) throw new Error(backup.problem.code)
    const kinds = backup.backup.documents.map((document) => document.kind)
    expect(kinds).toEqual(expect.arrayContaining(['measure-plan', 'follow-up', 'group-analysis']))
    const text = JSON.stringify(backup.backup.documents)
    expect(text).toContain('แก้ในหน้าต่างส่วนตัว')
    expect(text).toContain('เสร็จแล้ว')
    expect(text).toContain('ข้อความในหน่วยความจำ')
  })
})

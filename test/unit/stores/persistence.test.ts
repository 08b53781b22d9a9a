import './fresh-database'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { usePersistenceStore } from '@/stores/persistence'
import { useBackupStore } from '@/stores/backup'
import { useWorkspaceStore } from '@/stores/workspace'
import { readBackupText } from '@/storage/backup'
import { ASSESSMENT, REPORT_SETTINGS, documentStore } from '@/storage'
import { STORAGE_TEXT, conflictNotice, storageProblemText, unreadableText } from '@/ui/storage-texts'
import { simulateFullDisk } from '../storage/full-disk'
import { startWorkspace } from '@/app/start'

// Each Pinia instance plays one tab; the tabs of a test share the browser's (fake) IndexedDB and
// BroadcastChannel, and each test starts on a fresh database (fresh-database.ts).
function openTab() {
  const pinia = createPinia()
  setActivePinia(pinia)
  return { workspace: useWorkspaceStore(), persistence: usePersistenceStore(), backup: useBackupStore() }
}

let stopFullDisk: (() => void) | null = null
beforeEach(() => {
  stopFullDisk = null
})
afterEach(() => stopFullDisk?.())

const flush = () => new Promise((resolve) => setTimeout(resolve, 20))

describe('persistence store', () => {
  it('counts a write from the call until it settles, and an editor holding unsaved text, as work at risk', async () => {
    const { workspace, persistence } = openTab()
    await startWorkspace()
    expect([persistence.pendingWrites, persistence.workAtRisk]).toEqual([0, false])
    const saving = workspace.setThreshold(70)
    expect([persistence.pendingWrites, persistence.workAtRisk]).toEqual([1, true])
    expect((await saving)?.ok).toBe(true)
    expect([persistence.pendingWrites, persistence.workAtRisk]).toEqual([0, false])
    persistence.holdUnsaved('measure-editor:m1', true)
    persistence.holdUnsaved('measure-editor:m1', true)
    expect([...persistence.unsavedEditors]).toEqual(['measure-editor:m1'])
    expect(persistence.workAtRisk).toBe(true)
    persistence.holdUnsaved('measure-editor:m1', false)
    expect(persistence.workAtRisk).toBe(false)
  })

  it('when the disk is full, says so in Thai, keeps what was saved, and still exports it', async () => {
    const { workspace, persistence, backup } = openTab()
    await startWorkspace()
    expect(workspace.currentAssessment?.threshold).toBe(85)
    stopFullDisk = await simulateFullDisk()
    const result = await workspace.setThreshold(70)
    expect(result).toEqual({ ok: false, reason: 'storage-full' })
    expect(persistence.problem).toBe('full')
    expect(storageProblemText(persistence.problem!)).toBe(STORAGE_TEXT.full)
    // What the refused save held lives only in this page: leaving it asks first.
    expect(persistence.workAtRisk).toBe(true)
    expect(workspace.currentAssessment?.threshold).toBe(85)
    const exported = await backup.exportBackup({ type: 'all' }, 'test')
    const file = readBackupText(exported.text)
    if (!file.ok) throw new Error(file.problem.code)
    const assessment = ASSESSMENT.schema.parse(file.backup.documents.find((document) => document.kind === 'assessment')!.data)
    expect(assessment.threshold).toBe(85)
    // Room again: the next save goes through and the message goes away.
    stopFullDisk()
    stopFullDisk = null
    expect((await workspace.setThreshold(70))?.ok).toBe(true)
    expect(persistence.problem).toBeNull()
  })

  it('refuses a save based on what another tab has since changed, tells the user, and reloads it', async () => {
    const tabA = openTab()
    await startWorkspace(tabA)
    const tabB = openTab()
    await startWorkspace(tabB)
    const id = tabA.workspace.currentAssessment!.id
    const startedFrom = tabB.workspace.assessmentRevision(id)
    expect((await tabA.workspace.setThreshold(80))?.ok).toBe(true)
    await flush()
    // Tab B heard about it and reloaded...
    expect(tabB.workspace.currentAssessment?.threshold).toBe(80)
    // ...but a draft begun before tab A's save is still refused.
    const result = await tabB.workspace.setThreshold(90, startedFrom)
    expect(result?.ok).toBe(false)
    expect(result && !result.ok && result.reason).toBe('conflict')
    expect(tabB.persistence.conflicts.map(({ kind, id }) => conflictNotice(kind, id))[0]).toMatch(/ถูกแก้ไขจากแท็บหรือหน้าต่างอื่น จึงไม่ได้บันทึกทับ/)
    await flush()
    expect(tabB.workspace.currentAssessment?.threshold).toBe(80)
    // Applied again on purpose, on the revision now saved, it goes through and tab A follows.
    expect((await tabB.workspace.setThreshold(90, tabB.workspace.assessmentRevision(id)))?.ok).toBe(true)
    await flush()
    expect(tabA.workspace.currentAssessment?.threshold).toBe(90)
  })

  it('remembers the last backup and the last change for the reminder', async () => {
    const { workspace, persistence, backup } = openTab()
    await startWorkspace()
    const before = Date.now()
    await workspace.setThreshold(75)
    expect(Date.parse(persistence.backupDates.lastChangeAt!)).toBeGreaterThanOrEqual(before)
    await backup.exportBackup({ type: 'all' }, 'test')
    expect(Date.parse(persistence.backupDates.lastBackupAt!)).toBeGreaterThanOrEqual(Date.parse(persistence.backupDates.lastChangeAt!))
    expect(backup.reminder).toBeNull()
    const reopened = openTab()
    await startWorkspace(reopened)
    expect(reopened.persistence.backupDates).toEqual(persistence.backupDates)
  })
})

describe('documents put aside while reading', () => {
  it('are reported with their Thai kind and a Thai summary; the technical reason stays with the kept entry', async () => {
    const store = await documentStore()
    await store.db.put('documents', {
      kind: 'organization', id: 'damaged', organizationId: 'damaged', version: 1, revision: 1, updatedAt: '2026-01-01T00:00:00.000Z', data: { id: 'damaged', name: '' },
    })
    const { persistence, backup } = openTab()
    await startWorkspace()
    expect(persistence.unreadable).toHaveLength(1)
    const [damaged] = persistence.unreadable
    expect(damaged).toMatchObject({ kind: 'organization', id: 'damaged', code: 'invalid-data' })
    const text = unreadableText(damaged!)
    expect(text).toBe('ข้อมูลหน่วยงาน "damaged" ข้อมูลไม่ผ่านการตรวจสอบ: ช่อง name น้อยหรือสั้นกว่าที่กำหนด (อย่างน้อย 1)')
    expect(text).not.toContain(damaged!.reason)
    const [kept] = await backup.quarantineEntries()
    expect(kept).toMatchObject({ reason: damaged!.reason, code: 'invalid-data', issues: [{ path: 'name', code: 'too_small' }] })
    expect(persistence.quarantinedCount).toBe(1)
    await backup.discardQuarantined(kept!.seq!)
  })

  it('are reported when read one at a time too, as the measures and groups screens do', async () => {
    const store = await documentStore()
    await store.db.put('documents', {
      kind: 'report-settings', id: 'demo-nongson', organizationId: 'demo-nongson', version: 1, revision: 1, updatedAt: '2026-01-01T00:00:00.000Z', data: { organizationId: 'demo-nongson', showSignatures: 'yes' },
    })
    const { persistence, backup } = openTab()
    expect(await persistence.get(REPORT_SETTINGS, 'demo-nongson')).toBeNull()
    expect(persistence.unreadable.map(unreadableText)).toEqual(['ผู้ลงนามในรายงาน "demo-nongson" ข้อมูลไม่ผ่านการตรวจสอบ: ช่อง showSignatures ต้องเป็นค่าใช่/ไม่ใช่'])
    const [kept] = await backup.quarantineEntries()
    await backup.discardQuarantined(kept!.seq!)
  })
})

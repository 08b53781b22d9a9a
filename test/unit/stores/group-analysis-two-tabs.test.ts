import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { useGroupAnalysisStore } from '@/stores/group-analysis'
import { useRecommendationsStore } from '@/stores/recommendations'
import { GROUP_ANALYSIS, RECOMMENDATION_OVERRIDES, documentStore } from '@/storage'
import { STORAGE_TEXT, conflictNotice, storageProblemText } from '@/ui/storage-texts'
import { simulateFullDisk } from '../storage/full-disk'
import { eventually, openTab, restore, useTabs } from './tabs'

useTabs()

const ID = 'demo-nongson:2567'

async function openGroups(options?: { hearing?: boolean }) {
  const tab = await openTab(options)
  const groups = tab.use(useGroupAnalysisStore)
  await groups.open()
  return { ...tab, groups, recommendations: tab.use(useRecommendationsStore) }
}

const savedTexts = async () => (await (await documentStore()).get(GROUP_ANALYSIS, ID))?.groups.map((entry) => entry.text)

let stopFullDisk: (() => void) | null = null
afterEach(() => {
  stopFullDisk?.()
  stopFullDisk = null
})

describe('the group texts with two tabs', () => {
  it('refuses a text typed over one another tab has since saved, shows the saved one and keeps the typed one to apply again', async () => {
    const tabA = await openGroups()
    const tabB = await openGroups({ hearing: false })
    expect((await tabA.groups.edit(4, 'ข้อความจากแท็บ A'))?.ok).toBe(true)

    expect(await tabB.groups.edit(4, 'ข้อความจากแท็บ B')).toMatchObject({ ok: false, reason: 'conflict' })
    expect(tabB.persistence.conflicts.map(({ kind, id }) => conflictNotice(kind, id))).toEqual([expect.stringContaining('ข้อความวิเคราะห์ ๗ ประเด็น "demo-nongson:2567" ถูกแก้ไขจากแท็บหรือหน้าต่างอื่น')])
    expect(tabB.groups.entryOf(4)?.text).toBe('ข้อความจากแท็บ A')
    expect(tabB.groups.unsaved).toEqual({ 4: 'ข้อความจากแท็บ B' })
    expect((await savedTexts())?.[3]).toBe('ข้อความจากแท็บ A')

    // Saved over on purpose: written on top of what tab A saved, and no longer waiting.
    expect((await tabB.groups.saveUnsaved(4))?.ok).toBe(true)
    expect(tabB.groups.unsaved).toEqual({})
    expect(tabB.groups.entryOf(4)).toMatchObject({ text: 'ข้อความจากแท็บ B', edited: true })
    expect((await savedTexts())?.[3]).toBe('ข้อความจากแท็บ B')
  })

  it('keeps the last text typed when keystrokes queue behind a refused save, and writes none of them', async () => {
    const tabA = await openGroups()
    const tabB = await openGroups({ hearing: false })
    await tabA.groups.edit(2, 'แท็บ A')
    const results = await Promise.all([tabB.groups.edit(2, 'แ'), tabB.groups.edit(2, 'แท'), tabB.groups.edit(2, 'แท็บ B')])
    expect(results.map((result) => result?.ok ?? null)).toEqual([false, null, null])
    expect(tabB.persistence.conflicts.map(({ kind, id }) => conflictNotice(kind, id))).toHaveLength(1)
    expect(tabB.groups.unsaved).toEqual({ 2: 'แท็บ B' })
    expect(tabB.groups.entryOf(2)?.text).toBe('แท็บ A')
    expect((await savedTexts())?.[1]).toBe('แท็บ A')
    tabB.groups.dropUnsaved(2)
    expect(tabB.groups.unsaved).toEqual({})
  })

  it('shows another tab\'s text without a reload', async () => {
    const tabA = await openGroups()
    const tabB = await openGroups()
    await tabA.groups.edit(6, 'ข้อความใหม่จากแท็บ A')
    await eventually(() => expect(tabB.groups.entryOf(6)?.text).toBe('ข้อความใหม่จากแท็บ A'))
    // Having heard, tab B types on top of it and is saved.
    expect((await tabB.groups.edit(6, 'ข้อความใหม่จากแท็บ A และแท็บ B'))?.ok).toBe(true)
  })

  it('still saves a text typed while another tab\'s change of another group was being reloaded; not one typed over a changed group', async () => {
    const tabA = await openGroups()
    const tabB = await openGroups({ hearing: false })
    await tabA.groups.edit(1, 'แท็บ A ประเด็น ๑')
    await tabA.groups.edit(5, 'แท็บ A ประเด็น ๕')
    // Tab B reloads (as when tab A's notice arrives) while its committee types in groups 5 and 7.
    const reloading = tabB.groups.reload()
    const typedOverChanged = tabB.groups.edit(5, 'แท็บ B ประเด็น ๕')
    const typedElsewhere = tabB.groups.edit(7, 'แท็บ B ประเด็น ๗')
    await reloading
    expect(await typedOverChanged).toBeNull()
    expect((await typedElsewhere)?.ok).toBe(true)
    expect(tabB.persistence.conflicts.map(({ kind, id }) => conflictNotice(kind, id))).toEqual([])
    expect(tabB.groups.unsaved).toEqual({ 5: 'แท็บ B ประเด็น ๕' })
    const saved = await savedTexts()
    expect([saved?.[0], saved?.[4], saved?.[6]]).toEqual(['แท็บ A ประเด็น ๑', 'แท็บ A ประเด็น ๕', 'แท็บ B ประเด็น ๗'])
    expect([1, 5, 7].map((group) => tabB.groups.entryOf(group)?.text)).toEqual(['แท็บ A ประเด็น ๑', 'แท็บ A ประเด็น ๕', 'แท็บ B ประเด็น ๗'])
  })

  it('shows the restored texts after a restore, and drafts again a text the restore took away', async () => {
    const tabA = await openGroups()
    const tabB = await openGroups()
    const drafted = tabA.groups.entryOf(3)!.text
    await tabA.groups.edit(3, 'ก่อนสำรอง')
    const backup = await tabA.backup.exportBackup({ type: 'all' }, 'test')
    await tabA.groups.edit(3, 'หลังสำรอง')
    await eventually(() => expect(tabB.groups.entryOf(3)?.text).toBe('หลังสำรอง'))
    await restore(tabA.backup, backup.text)
    await eventually(() => {
      expect(tabA.groups.entryOf(3)?.text).toBe('ก่อนสำรอง')
      expect(tabB.groups.entryOf(3)?.text).toBe('ก่อนสำรอง')
    })

    // A backup made before the texts existed takes them away: the open screens draft them again.
    const older = JSON.parse(backup.text) as { documents: Array<{ kind: string }> }
    older.documents = older.documents.filter((document) => document.kind !== GROUP_ANALYSIS.kind)
    await restore(tabA.backup, JSON.stringify(older))
    await eventually(async () => {
      expect(tabA.groups.entryOf(3)).toMatchObject({ text: drafted, edited: false })
      expect(tabB.groups.entryOf(3)).toMatchObject({ text: drafted, edited: false })
      expect((await savedTexts())?.[2]).toBe(drafted)
    })
  })

  it('drafts nothing for an organisation deleted while its texts were open', async () => {
    const tabA = await openGroups()
    const tabB = await openGroups()
    // Tab B reads its organisations slowly: its texts are reloaded (and found gone) before it knows the organisation went too.
    const list = tabB.persistence.list
    tabB.persistence.list = async <T>(...args: Parameters<typeof list<T>>) => {
      await new Promise((resolve) => setTimeout(resolve, 40))
      return list<T>(...args)
    }
    await tabA.persistence.deleteOrganization('demo-nongson')
    // Both tabs move to another of the demo's organisations.
    await eventually(() => {
      expect(tabA.workspace.currentAssessment?.organizationId).not.toBe('demo-nongson')
      expect(tabB.workspace.currentAssessment?.organizationId).not.toBe('demo-nongson')
    })
    // What the reloads started has finished: nothing was drafted for the organisation gone.
    await new Promise((resolve) => setTimeout(resolve, 100))
    const left = (await (await documentStore()).readAll()).envelopes
    expect(left.filter((envelope) => envelope.organizationId === 'demo-nongson')).toEqual([])
    expect(left.some((envelope) => envelope.organizationId === 'demo-banhaeng')).toBe(true)
  })

  it('keeps a text the full disk refused on screen, saved with the next change once there is room', async () => {
    const { groups, persistence } = await openGroups()
    stopFullDisk = await simulateFullDisk()
    expect(await groups.edit(4, 'ข้อความที่ยังไม่ได้บันทึก')).toEqual({ ok: false, reason: 'storage-full' })
    expect(persistence.problem && storageProblemText(persistence.problem)).toBe(STORAGE_TEXT.full)
    expect(groups.entryOf(4)?.text).toBe('ข้อความที่ยังไม่ได้บันทึก')
    expect(groups.unsaved).toEqual({})
    stopFullDisk()
    stopFullDisk = null
    expect((await savedTexts())?.[3]).not.toBe('ข้อความที่ยังไม่ได้บันทึก')
    expect((await groups.edit(1, 'ห้องว่างแล้ว'))?.ok).toBe(true)
    expect((await savedTexts())?.[3]).toBe('ข้อความที่ยังไม่ได้บันทึก')
  })
})

describe('the organisation\'s recommendations with two tabs', () => {
  it('refuses a text saved over another tab\'s save, reloads, and saves it on the next try beside that tab\'s', async () => {
    const tabA = await openGroups()
    const tabB = await openGroups({ hearing: false })
    expect((await tabA.recommendations.save('i12', 'หน่วยงานควรตรวจนับครุภัณฑ์ (อ้างอิงจาก o10)'))?.ok).toBe(true)
    expect(await tabB.recommendations.save('i11', 'หน่วยงานควรเปิดเผยข้อมูล (อ้างอิงจาก o20)')).toMatchObject({ ok: false, reason: 'conflict' })
    await eventually(() => expect(tabB.recommendations.effective.get('i12')).toMatchObject({ edited: true, text: 'หน่วยงานควรตรวจนับครุภัณฑ์ (อ้างอิงจาก o10)' }))
    expect(tabB.recommendations.effective.get('i11')?.edited).toBe(false)
    expect((await tabB.recommendations.save('i11', 'หน่วยงานควรเปิดเผยข้อมูล (อ้างอิงจาก o20)'))?.ok).toBe(true)
    const saved = await (await documentStore()).get(RECOMMENDATION_OVERRIDES, ID)
    expect(saved?.overrides.map((override) => override.code).sort()).toEqual(['i11', 'i12'])
  })

  it('shows another tab\'s text, and the restored ones after a restore, without a reload', async () => {
    const tabA = await openGroups()
    const tabB = await openGroups()
    const backup = await tabA.backup.exportBackup({ type: 'all' }, 'test')
    await tabA.recommendations.save('i12', 'ข้อความจากแท็บ A (อ้างอิงจาก o10)')
    await eventually(() => expect(tabB.recommendations.effective.get('i12')?.text).toBe('ข้อความจากแท็บ A (อ้างอิงจาก o10)'))
    await restore(tabB.backup, backup.text)
    await eventually(() => {
      expect(tabA.recommendations.effective.get('i12')?.edited).toBe(false)
      expect(tabB.recommendations.effective.get('i12')?.edited).toBe(false)
    })
  })
})

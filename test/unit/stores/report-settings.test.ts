import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { useReportSettingsStore } from '@/stores/report-settings'
import { REPORT_SETTINGS, documentStore } from '@/storage'
import { CONFLICT_TEXT, STORAGE_TEXT, notSavedText } from '@/ui/storage-texts'
import { simulateFullDisk } from '../storage/full-disk'
import { eventually, openTab, restore, useTabs } from './tabs'

useTabs()

async function openSigners(options?: { hearing?: boolean }) {
  const tab = await openTab(options)
  const signers = tab.use(useReportSettingsStore)
  await eventually(() => expect(signers.settings).not.toBeNull())
  return { ...tab, signers }
}

const saved = async () => (await documentStore()).get(REPORT_SETTINGS, 'demo-nongson')

let stopFullDisk: (() => void) | null = null
afterEach(() => {
  stopFullDisk?.()
  stopFullDisk = null
})

describe('report signers', () => {
  it('are saved as edited and read back in a new tab', async () => {
    const tab = await openSigners()
    tab.signers.settings!.preparedBy.name = 'นางสาวสมศรี ใจดี'
    expect((await tab.signers.save())?.ok).toBe(true)
    const again = await openSigners()
    expect(again.signers.settings?.preparedBy.name).toBe('นางสาวสมศรี ใจดี')
  })

  it('are not saved over another tab\'s: the user is told and sees the saved ones', async () => {
    const tabA = await openSigners()
    const tabB = await openSigners({ hearing: false })
    tabA.signers.settings!.approvedBy.name = 'นายก อบต.'
    expect((await tabA.signers.save())?.ok).toBe(true)
    tabB.signers.settings!.approvedBy.name = 'ปลัด อบต.'
    expect(await tabB.signers.save()).toMatchObject({ ok: false, reason: 'conflict' })
    expect(tabB.signers.problem && notSavedText(tabB.signers.problem, CONFLICT_TEXT.reportSettings)).toBe(CONFLICT_TEXT.reportSettings)
    await eventually(() => expect(tabB.signers.settings?.approvedBy.name).toBe('นายก อบต.'))
    expect((await saved())?.approvedBy.name).toBe('นายก อบต.')
    // Edited again on what is shown now, it is saved and the message goes.
    tabB.signers.settings!.approvedBy.name = 'ปลัด อบต.'
    expect((await tabB.signers.save())?.ok).toBe(true)
    expect(tabB.signers.problem).toBeNull()
  })

  it('follow another tab and a restore without a reload', async () => {
    const tabA = await openSigners()
    const tabB = await openSigners()
    const backup = await tabA.backup.exportBackup({ type: 'all' }, 'test')
    tabA.signers.settings!.preparedBy.position = 'นักวิเคราะห์นโยบายและแผน'
    await tabA.signers.save()
    await eventually(() => expect(tabB.signers.settings?.preparedBy.position).toBe('นักวิเคราะห์นโยบายและแผน'))
    await restore(tabB.backup, backup.text)
    await eventually(() => {
      expect(tabA.signers.settings?.preparedBy.position).toBe('')
      expect(tabB.signers.settings?.preparedBy.position).toBe('')
    })
  })

  it('say when the full disk refused them (the print screens show no storage notice of their own)', async () => {
    const tab = await openSigners()
    stopFullDisk = await simulateFullDisk()
    tab.signers.settings!.preparedBy.name = 'ไม่ได้บันทึก'
    expect(await tab.signers.save()).toEqual({ ok: false, reason: 'storage-full' })
    expect(tab.signers.problem && notSavedText(tab.signers.problem, CONFLICT_TEXT.reportSettings)).toBe(STORAGE_TEXT.full)
  })
})

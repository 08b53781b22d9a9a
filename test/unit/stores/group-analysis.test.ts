import './fresh-database'
import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { GROUP_ANALYSIS, RECOMMENDATION_OVERRIDES, documentStore } from '@/storage'
import { useWorkspaceStore } from '@/stores/workspace'
import { useGroupAnalysisStore } from '@/stores/group-analysis'
import { useRecommendationsStore } from '@/stores/recommendations'
import { useSettingsStore } from '@/stores/settings'
import { startWorkspace } from '@/app/start'

// One IndexedDB for the file, as in a browser profile: each test starts a fresh app (a new Pinia) on it.
const ID = 'demo-nongson:2567'

async function startApp() {
  setActivePinia(createPinia())
  const workspace = useWorkspaceStore()
  await startWorkspace()
  return { workspace, groups: useGroupAnalysisStore(), recommendations: useRecommendationsStore() }
}

beforeEach(async () => {
  const store = await documentStore()
  await store.delete(GROUP_ANALYSIS, ID)
  await store.delete(RECOMMENDATION_OVERRIDES, ID)
})

describe('group analysis store', () => {
  it('drafts and saves a text for each of the seven groups when first opened', async () => {
    const { groups } = await startApp()
    await groups.open()
    const saved = await (await documentStore()).get(GROUP_ANALYSIS, ID)
    expect(saved?.groups.map((entry) => entry.group)).toEqual([1, 2, 3, 4, 5, 6, 7])
    expect(saved?.groups[3]).toMatchObject({ edited: false })
    expect(saved?.groups[3]!.text).toContain('ข้อ i12')
    expect(groups.isStale(4)).toBe(false)
  })

  it('keeps an edit through a change of figures, a redraft, the choice, and a restart', async () => {
    const first = await startApp()
    await first.groups.open()
    const mine = `${first.groups.entryOf(4)!.text}\n\nข้อความของคณะทำงาน`
    await first.groups.edit(4, mine)
    await first.workspace.setOverride('i11', 'improve', '')
    expect(first.groups.isStale(4)).toBe(true)

    expect(await first.groups.redraft(4)).toBe('compare')
    expect(first.groups.entryOf(4)!.text).toBe(mine)
    expect(first.groups.pending[4]).toContain('ข้อ i11')
    await first.groups.keepMine(4)
    expect(first.groups.pending[4]).toBeUndefined()
    expect(first.groups.isStale(4)).toBe(false)

    const second = await startApp()
    await second.groups.open()
    expect(second.groups.entryOf(4)).toMatchObject({ text: mine, edited: true })
    expect(second.groups.isStale(4)).toBe(false)
    await second.workspace.setOverride('i11', null)
  })

  it('replaces an unedited text on redraft, and only then', async () => {
    const { workspace, groups } = await startApp()
    await groups.open()
    const before = groups.entryOf(6)!.text
    await workspace.setOverride('i7', 'improve', 'ทดสอบ')
    expect(groups.entryOf(6)!.text).toBe(before)
    expect(await groups.redraft(6)).toBe('replaced')
    expect(groups.entryOf(6)!.text).toContain('คณะทำงานกำหนดให้ปรับปรุงข้อ i7')
    expect(await groups.redraft(6)).toBe('unchanged')
    await workspace.setOverride('i7', null)
  })

  it('does not call a text out of date for a change of digits alone; a redraft writes the new digits', async () => {
    const { groups } = await startApp()
    await groups.open()
    useSettingsStore().digits = 'thai'
    expect(groups.isStale(4)).toBe(false)
    expect(await groups.redraft(4)).toBe('replaced')
    expect(groups.entryOf(4)!.text).toContain('อยู่ที่ ๗๕.๓๕ คะแนน')
  })
})

describe('recommendations store', () => {
  it('saves an organisation\'s text, reads it back after a restart, and resets it', async () => {
    const first = await startApp()
    await first.recommendations.open()
    expect(first.recommendations.effective.get('i12')?.edited).toBe(false)
    await first.recommendations.save('i12', 'หน่วยงานควรตรวจนับครุภัณฑ์ทุกไตรมาส (อ้างอิงจาก o10)')

    const second = await startApp()
    await second.recommendations.open()
    expect(second.recommendations.effective.get('i12')).toMatchObject({ edited: true, text: 'หน่วยงานควรตรวจนับครุภัณฑ์ทุกไตรมาส (อ้างอิงจาก o10)' })
    await second.groups.open()
    expect(second.groups.drafts.get(4)).toContain('หน่วยงานควรตรวจนับครุภัณฑ์ทุกไตรมาส')

    await second.recommendations.reset('i12')
    expect(second.recommendations.effective.get('i12')?.edited).toBe(false)
    expect((await (await documentStore()).get(RECOMMENDATION_OVERRIDES, ID))?.overrides).toEqual([])
  })
})

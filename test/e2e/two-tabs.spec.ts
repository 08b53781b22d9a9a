import { expect, test, type Page } from '@playwright/test'
import { DEMO, watchPage } from './helpers'
import { downloadedText } from './storage-helpers'

// Two tabs of one browser profile, as a committee member with the app open twice.
test('two tabs never overwrite each other: the second is told, keeps its input, and applies it on purpose', async ({ context, baseURL }) => {
  const tabA = await context.newPage()
  const tabB = await context.newPage()
  const watchA = watchPage(tabA, baseURL!)
  const watchB = watchPage(tabB, baseURL!)
  await tabA.goto('/')
  await expect(tabA.getByTestId('threshold-saved')).toHaveAttribute('data-value', '85')
  await tabB.goto('/')
  await expect(tabB.getByTestId('threshold-saved')).toHaveAttribute('data-value', '85')

  // Tab A saves; tab B, untouched, follows without a reload.
  await tabA.getByTestId('threshold-input').fill('80')
  await tabA.getByTestId('threshold-save').click()
  await expect(tabA.getByTestId('threshold-saved')).toHaveAttribute('data-value', '80')
  await expect(tabB.getByTestId('threshold-saved')).toHaveAttribute('data-value', '80')
  await expect(tabB.getByTestId('threshold-input')).toHaveValue('80')

  // Tab B starts typing; tab A saves meanwhile. Tab B sees the new saved value and keeps its draft.
  await tabB.getByTestId('threshold-input').fill('90')
  await tabA.getByTestId('threshold-input').fill('70')
  await tabA.getByTestId('threshold-save').click()
  await expect(tabB.getByTestId('threshold-saved')).toHaveAttribute('data-value', '70')
  await expect(tabB.getByTestId('threshold-stale')).toContainText('70')
  await expect(tabB.getByTestId('threshold-input')).toHaveValue('90')

  // Saving the draft is refused: nothing is overwritten, the user is told why, the input stays.
  await tabB.getByTestId('threshold-save').click()
  await expect(tabB.getByTestId('threshold-message')).toContainText('เกณฑ์นี้ถูกแก้ไขจากแท็บอื่น จึงยังไม่ได้บันทึกค่าของคุณ (90)')
  await expect(tabB.getByTestId('storage-notice')).toContainText('ถูกแก้ไขจากแท็บหรือหน้าต่างอื่น จึงไม่ได้บันทึกทับ')
  await expect(tabB.getByTestId('threshold-input')).toHaveValue('90')
  await expect(tabB.getByTestId('threshold-saved')).toHaveAttribute('data-value', '70')
  await tabA.reload()
  await expect(tabA.getByTestId('threshold-saved')).toHaveAttribute('data-value', '70')

  // Applied again on purpose, it is saved and tab A follows.
  await tabB.getByTestId('threshold-reapply').click()
  await expect(tabB.getByTestId('threshold-message')).toContainText('บันทึกเกณฑ์ 90.00 คะแนนแล้ว')
  await expect(tabA.getByTestId('threshold-saved')).toHaveAttribute('data-value', '90')
  await tabB.reload()
  await expect(tabB.getByTestId('threshold-saved')).toHaveAttribute('data-value', '90')

  expect([...watchA.foreignRequests, ...watchB.foreignRequests]).toEqual([])
  expect([...watchA.consoleErrors, ...watchB.consoleErrors]).toEqual([])
})

test('a restore in one tab shows in the other', async ({ context }) => {
  const tabA = await context.newPage()
  const tabB = await context.newPage()
  await tabB.goto('/')
  await expect(tabB.getByTestId('assessment-switcher').locator('option')).toHaveCount(DEMO.years)
  await tabA.goto('/data')
  await tabA.getByTestId('restore-file').setInputFiles('test/fixtures/storage/backup/v1.json')
  await tabA.getByTestId('restore-confirm').click()
  await expect(tabA.getByTestId('restore-done')).toBeVisible()
  await expect(tabB.getByTestId('assessment-switcher').locator('option')).toHaveCount(DEMO.years + 1)
})

test('two tabs reporting the same follow-up: the later save is refused, not lost, and saved over only on purpose', async ({ context, baseURL }) => {
  const tabA = await context.newPage()
  const tabB = await context.newPage()
  const watchA = watchPage(tabA, baseURL!)
  const watchB = watchPage(tabB, baseURL!)
  await tabA.goto('/follow-up')
  await tabB.goto('/follow-up')
  const summary = (page: Page) => page.getByTestId('followup-summary-1')
  await expect(summary(tabA)).toHaveValue('')
  await expect(summary(tabB)).toHaveValue('')

  // Tab B starts reporting measure 1; tab A reports it meanwhile and saves first.
  await summary(tabB).fill('สรุปจากแท็บ B')
  await summary(tabA).fill('สรุปจากแท็บ A')
  await summary(tabA).blur()
  // Tab B hears of it: what it typed stays, and it is told the saved text changed.
  await expect(tabB.getByTestId('followup-summary-1-stale')).toContainText('เพิ่งถูกแก้ไขจากแท็บหรือหน้าต่างอื่น')
  await expect(summary(tabB)).toHaveValue('สรุปจากแท็บ B')

  // Leaving the field does not save over tab A's text: tab B is told, with the saved text, and keeps its own.
  await summary(tabB).blur()
  const conflict = tabB.getByTestId('followup-summary-1-conflict')
  await expect(conflict).toContainText('ยังไม่ได้บันทึกข้อความของคุณ')
  await expect(conflict).toContainText('“สรุปจากแท็บ A”')
  await expect(summary(tabB)).toHaveValue('สรุปจากแท็บ B')
  await tabA.reload()
  await expect(summary(tabA)).toHaveValue('สรุปจากแท็บ A')

  // Saved over on purpose: tab A follows without a reload, and both show it after one.
  await tabB.getByTestId('followup-summary-1-overwrite').click()
  await expect(conflict).toHaveCount(0)
  await expect(summary(tabA)).toHaveValue('สรุปจากแท็บ B')
  for (const tab of [tabA, tabB]) {
    await tab.reload()
    await expect(summary(tab)).toHaveValue('สรุปจากแท็บ B')
  }
  expect([...watchA.foreignRequests, ...watchB.foreignRequests]).toEqual([])
  expect([...watchA.consoleErrors, ...watchB.consoleErrors]).toEqual([])
})

test('a measure edited in two tabs: the editor keeps its copy when the row is saved elsewhere, and saves over it only when asked', async ({ context }) => {
  const tabA = await context.newPage()
  const tabB = await context.newPage()
  await tabA.goto('/measures')
  await tabB.goto('/measures')
  const name = (page: Page) => page.getByTestId('measure-row-1').getByTestId('measure-name')
  await expect(name(tabB)).toHaveText('1. จัดทำคู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่')

  await tabB.getByTestId('measure-edit-1').click()
  await tabB.getByTestId('measure-name-input').fill('ชื่อจากแท็บ B')
  await tabA.getByTestId('measure-edit-1').click()
  await tabA.getByTestId('measure-name-input').fill('ชื่อจากแท็บ A')
  await tabA.getByTestId('measure-save').click()
  await expect(name(tabA)).toHaveText('1. ชื่อจากแท็บ A')

  // Tab B's table follows; its editor keeps tab B's copy and says the row changed.
  await expect(name(tabB)).toHaveText('1. ชื่อจากแท็บ A')
  await expect(tabB.getByTestId('measure-stale')).toContainText('เพิ่งถูกแก้ไขจากแท็บหรือหน้าต่างอื่น')
  await expect(tabB.getByTestId('measure-name-input')).toHaveValue('ชื่อจากแท็บ B')
  // The first click saves nothing; the second, on purpose, saves tab B's copy.
  await tabB.getByTestId('measure-save').click()
  await expect(tabB.getByTestId('measure-save')).toHaveText('บันทึกทับ')
  await expect(name(tabB)).toHaveText('1. ชื่อจากแท็บ A')
  await tabA.reload()
  await expect(name(tabA)).toHaveText('1. ชื่อจากแท็บ A')
  await tabB.getByTestId('measure-save').click()
  await expect(tabB.getByTestId('measure-editor')).toHaveCount(0)
  await expect(name(tabA)).toHaveText('1. ชื่อจากแท็บ B')
  for (const tab of [tabA, tabB]) {
    await tab.reload()
    await expect(name(tab)).toHaveText('1. ชื่อจากแท็บ B')
  }
})

test('a measure deleted in one tab while edited in another: the editor keeps its copy, and saving puts the row back', async ({ context, baseURL }) => {
  const tabA = await context.newPage()
  const tabB = await context.newPage()
  const watchB = watchPage(tabB, baseURL!)
  await tabA.goto('/measures')
  await tabB.goto('/measures')
  const name = (page: Page) => page.getByTestId('measure-row-1').getByTestId('measure-name')
  await expect(name(tabB)).toHaveText('1. จัดทำคู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่')
  const rows = await tabA.locator('[data-testid^="measure-row-"]').count()

  await tabB.getByTestId('measure-edit-1').click()
  await tabB.getByTestId('measure-name-input').fill('คู่มือที่แท็บ B แก้ไว้')
  await tabA.getByTestId('measure-remove-1').click()
  await expect(tabA.locator('[data-testid^="measure-row-"]')).toHaveCount(rows - 1)

  // Tab B's table follows, but its editor stays open on its copy and says the row was deleted.
  await expect(tabB.locator('[data-testid^="measure-row-"]')).toHaveCount(rows - 1)
  await expect(tabB.getByTestId('measure-stale')).toContainText('เพิ่งถูกลบจากแท็บหรือหน้าต่างอื่น')
  await expect(tabB.getByTestId('measure-name-input')).toHaveValue('คู่มือที่แท็บ B แก้ไว้')
  await expect(tabB.getByRole('heading', { name: 'แก้ไขมาตรการ แถวที่ 1' })).toBeVisible()
  // The first click saves nothing; the second puts the row back, with tab B's text, in both tabs.
  await tabB.getByTestId('measure-save').click()
  await expect(tabB.getByTestId('measure-save')).toHaveText('บันทึกกลับเข้าตาราง')
  await expect(tabB.locator('[data-testid^="measure-row-"]')).toHaveCount(rows - 1)
  await tabB.getByTestId('measure-save').click()
  await expect(tabB.getByTestId('measure-editor')).toHaveCount(0)
  for (const tab of [tabA, tabB]) {
    await expect(tab.locator('[data-testid^="measure-row-"]')).toHaveCount(rows)
    await expect(tab.getByTestId('measures-table')).toContainText('คู่มือที่แท็บ B แก้ไว้')
    await tab.reload()
    await expect(tab.getByTestId('measures-table')).toContainText('คู่มือที่แท็บ B แก้ไว้')
  }
  expect(watchB.consoleErrors).toEqual([])
})

test('a tab that missed the other\'s notice (no BroadcastChannel, as in older Safari) cannot save a group text over it', async ({ context, baseURL }) => {
  const tabA = await context.newPage()
  const tabB = await context.newPage()
  const watchB = watchPage(tabB, baseURL!)
  await tabB.addInitScript(() => {
    Reflect.deleteProperty(window, 'BroadcastChannel')
  })
  await tabA.goto('/groups')
  await tabB.goto('/groups')
  const text = (page: Page) => page.getByTestId('group-text-4')
  await expect(text(tabA)).toHaveValue(/ข้อ i12/)
  await expect(text(tabB)).toHaveValue(/ข้อ i12/)
  const drafted = await text(tabB).inputValue()

  await text(tabA).fill('ข้อความจากแท็บ A')
  await expect(tabA.getByTestId('save-status')).toHaveAttribute('data-state', 'saved')
  await tabA.reload()
  await expect(text(tabA)).toHaveValue('ข้อความจากแท็บ A')
  // Tab B was not told: it still shows the draft, and types over it.
  await expect(text(tabB)).toHaveValue(drafted)
  await text(tabB).fill('ข้อความจากแท็บ B')

  // Refused: tab B shows what is saved, with its own text beside it, and says why.
  const conflict = tabB.getByTestId('group-conflict-4')
  await expect(conflict).toContainText('ยังไม่ได้บันทึกข้อความที่คุณพิมพ์')
  // The saved text (tab A's) beside the one typed here, the difference marked.
  await expect(conflict.getByTestId('comparison-before')).toContainText('ข้อความจากแท็บ')
  await expect(conflict.getByTestId('comparison-before').locator('del')).toContainText('A')
  await expect(conflict.getByTestId('comparison-after').locator('ins')).toContainText('B')
  await expect(text(tabB)).toHaveValue('ข้อความจากแท็บ A')
  await expect(tabB.getByTestId('storage-notice')).toContainText('ข้อความวิเคราะห์ ๗ ประเด็น "demo-nongson:2567" ถูกแก้ไขจากแท็บหรือหน้าต่างอื่น จึงไม่ได้บันทึกทับ')
  await tabA.reload()
  await expect(text(tabA)).toHaveValue('ข้อความจากแท็บ A')

  // Saved over on purpose, it is what both show after a reload.
  await tabB.getByTestId('group-save-unsaved-4').click()
  await expect(conflict).toHaveCount(0)
  await expect(text(tabB)).toHaveValue('ข้อความจากแท็บ B')
  for (const tab of [tabA, tabB]) {
    await tab.reload()
    await expect(text(tab)).toHaveValue('ข้อความจากแท็บ B')
  }
  expect(watchB.consoleErrors).toEqual([])
})

test('after a restore on the data screen, the measures and group texts show the restored data without a reload, here and in another tab', async ({ context }) => {
  const tabA = await context.newPage()
  const tabB = await context.newPage()
  const menu = (page: Page, label: string) => page.getByRole('navigation', { name: 'เมนูหลัก' }).getByRole('link', { name: label, exact: true })
  const name = (page: Page) => page.getByTestId('measure-row-1').getByTestId('measure-name')
  const original = '1. จัดทำคู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่'

  // Tab B has read the group texts, then sits on the measures.
  await tabB.goto('/groups')
  await expect(tabB.getByTestId('group-text-4')).toHaveValue(/ข้อ i12/)
  const drafted = await tabB.getByTestId('group-text-4').inputValue()
  await menu(tabB, 'มาตรการ').click()
  await expect(name(tabB)).toHaveText(original)

  // Tab A backs everything up, then changes a measure and a group text.
  await tabA.bringToFront()
  await tabA.goto('/data')
  const [download] = await Promise.all([tabA.waitForEvent('download'), tabA.getByTestId('backup-export').click()])
  const backup = await downloadedText(download)
  await menu(tabA, 'มาตรการ').click()
  await tabA.getByTestId('measure-edit-1').click()
  await tabA.getByTestId('measure-name-input').fill('แก้หลังสำรอง')
  await tabA.getByTestId('measure-save').click()
  await expect(name(tabA)).toHaveText('1. แก้หลังสำรอง')
  await expect(name(tabB)).toHaveText('1. แก้หลังสำรอง')
  await menu(tabA, '๗ ประเด็น').click()
  await tabA.getByTestId('group-text-4').fill('ข้อความหลังสำรอง')

  // ...and restores the backup, replacing what changed since.
  await menu(tabA, 'ข้อมูลและการสำรอง').click()
  await tabA.getByTestId('restore-file').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backup) })
  await tabA.getByTestId('restore-mode-replace').check()
  await tabA.getByTestId('restore-confirm').click()
  await expect(tabA.getByTestId('restore-done')).toBeVisible()

  // Both tabs show the restored state on their screens, without a reload.
  await tabB.bringToFront()
  await expect(name(tabB)).toHaveText(original)
  await menu(tabB, '๗ ประเด็น').click()
  await expect(tabB.getByTestId('group-text-4')).toHaveValue(drafted)
  await tabA.bringToFront()
  await menu(tabA, 'มาตรการ').click()
  await expect(name(tabA)).toHaveText(original)
  await menu(tabA, '๗ ประเด็น').click()
  await expect(tabA.getByTestId('group-text-4')).toHaveValue(drafted)
})

test('a catalogue title typed in one tab while another saves one: kept, pointed out, and saved over only on purpose', async ({ context, baseURL }) => {
  const tabA = await context.newPage()
  const tabB = await context.newPage()
  const watchA = watchPage(tabA, baseURL!)
  const watchB = watchPage(tabB, baseURL!)
  await tabA.goto('/catalogue')
  await tabB.goto('/catalogue')
  const title = (page: Page) => page.getByTestId('catalogue-title-i12')
  const shipped = await title(tabA).inputValue()
  await expect(title(tabB)).toHaveValue(shipped)

  // Tab B types a title; tab A saves another one meanwhile.
  await title(tabB).fill('ชื่อข้อจากแท็บ B')
  await title(tabA).fill('ชื่อข้อจากแท็บ A')
  await title(tabA).press('Enter')
  await expect(tabA.getByTestId('catalogue-status')).toContainText('บันทึกชื่อข้อ i12 แล้ว')

  // Tab B hears of it: its title stays, and it is told what is saved now.
  const stale = tabB.getByTestId('catalogue-title-i12-stale')
  await expect(stale).toContainText('“ชื่อข้อจากแท็บ A”')
  await expect(title(tabB)).toHaveValue('ชื่อข้อจากแท็บ B')
  // Leaving the field saves nothing over tab A's title.
  await title(tabB).blur()
  await expect(stale).toContainText('จึงยังไม่ได้บันทึกชื่อที่คุณพิมพ์')
  await expect(title(tabB)).toHaveValue('ชื่อข้อจากแท็บ B')
  await tabA.reload()
  await expect(title(tabA)).toHaveValue('ชื่อข้อจากแท็บ A')

  // Saved over on purpose: tab A follows without a reload, and both show it after one.
  await tabB.getByTestId('catalogue-title-i12-overwrite').click()
  await expect(stale).toHaveCount(0)
  await expect(title(tabA)).toHaveValue('ชื่อข้อจากแท็บ B')
  for (const tab of [tabA, tabB]) {
    await tab.reload()
    await expect(title(tab)).toHaveValue('ชื่อข้อจากแท็บ B')
  }
  expect([...watchA.foreignRequests, ...watchB.foreignRequests]).toEqual([])
  expect([...watchA.consoleErrors, ...watchB.consoleErrors]).toEqual([])
})

test('an item\'s reason typed in one tab while another saves one or takes the decision back: kept, pointed out, and saved over only on purpose', async ({ context, baseURL }) => {
  const tabA = await context.newPage()
  const tabB = await context.newPage()
  const watchA = watchPage(tabA, baseURL!)
  const watchB = watchPage(tabB, baseURL!)
  await tabA.goto('/items')
  await tabB.goto('/items')
  // The demo's committee marked e4 "improve", with a reason.
  const reason = (page: Page) => page.getByTestId('item-override-reason-e4')
  await expect(reason(tabA)).toHaveValue(/E-Service/)
  await expect(reason(tabB)).toHaveValue(/E-Service/)

  await reason(tabB).fill('เหตุผลจากแท็บ B')
  await reason(tabA).fill('เหตุผลจากแท็บ A')
  await reason(tabA).press('Enter')
  await expect(tabA.getByRole('status').filter({ hasText: 'บันทึกแล้ว: ข้อ e4' })).toBeVisible()

  const stale = tabB.getByTestId('item-override-reason-e4-stale')
  await expect(stale).toContainText('“เหตุผลจากแท็บ A”')
  await expect(reason(tabB)).toHaveValue('เหตุผลจากแท็บ B')
  await reason(tabB).blur()
  await expect(stale).toContainText('จึงยังไม่ได้บันทึกเหตุผลที่คุณพิมพ์')
  await expect(reason(tabB)).toHaveValue('เหตุผลจากแท็บ B')
  await tabA.reload()
  await expect(reason(tabA)).toHaveValue('เหตุผลจากแท็บ A')

  await tabB.getByTestId('item-override-reason-e4-overwrite').click()
  await expect(stale).toHaveCount(0)
  await expect(reason(tabA)).toHaveValue('เหตุผลจากแท็บ B')
  for (const tab of [tabA, tabB]) {
    await tab.reload()
    await expect(reason(tab)).toHaveValue('เหตุผลจากแท็บ B')
    await expect(tab.getByTestId('item-override-e4')).toHaveValue('improve')
  }

  // Tab A takes the decision back to "as computed" while tab B types a reason: B keeps its field and text,
  // counts it as unsaved, and saves the decision again with it only on purpose.
  await reason(tabB).fill('เหตุผลใหม่จากแท็บ B')
  await tabA.getByTestId('item-override-e4').selectOption('')
  await expect(reason(tabA)).toHaveCount(0)
  await expect(stale).toContainText('เปลี่ยนกลับเป็นตามที่คำนวณ')
  await expect(reason(tabB)).toHaveValue('เหตุผลใหม่จากแท็บ B')
  await expect(tabB.getByTestId('save-status')).toHaveAttribute('data-state', 'unsaved')
  await tabB.getByTestId('item-override-reason-e4-overwrite').click()
  await expect(stale).toHaveCount(0)
  await expect(tabA.getByTestId('item-override-e4')).toHaveValue('improve')
  await expect(reason(tabA)).toHaveValue('เหตุผลใหม่จากแท็บ B')
  await expect(tabB.getByTestId('save-status')).toHaveAttribute('data-state', 'saved')
  expect([...watchA.foreignRequests, ...watchB.foreignRequests]).toEqual([])
  expect([...watchA.consoleErrors, ...watchB.consoleErrors]).toEqual([])
})

test('an item\'s decision and recommendation edited in two tabs: kept when the other saves first, and saved over only on purpose', async ({ context, baseURL }) => {
  const tabA = await context.newPage()
  const tabB = await context.newPage()
  const watchA = watchPage(tabA, baseURL!)
  const watchB = watchPage(tabB, baseURL!)
  await tabA.goto('/items/i12')
  await tabB.goto('/items/i12')
  const text = (page: Page) => page.getByTestId('recommendation-text')
  await expect(text(tabA)).not.toHaveValue('')
  const shipped = await text(tabA).inputValue()
  await expect(text(tabB)).toHaveValue(shipped)

  // The recommendation: tab B types, tab A saves first.
  await text(tabB).fill('คำแนะนำจากแท็บ B (อ้างอิงจาก o10)')
  await text(tabA).fill('คำแนะนำจากแท็บ A (อ้างอิงจาก o10)')
  await tabA.getByTestId('recommendation-save').click()
  await expect(tabA.getByTestId('item-status')).toContainText('บันทึกคำแนะนำข้อ i12 แล้ว')
  await expect(tabB.getByTestId('recommendation-stale')).toContainText('“คำแนะนำจากแท็บ A (อ้างอิงจาก o10)”')
  await expect(text(tabB)).toHaveValue('คำแนะนำจากแท็บ B (อ้างอิงจาก o10)')
  // The save button now says it saves over the other text.
  await expect(tabB.getByTestId('recommendation-save')).toHaveText('บันทึกข้อความของคุณทับ')
  await tabA.reload()
  await expect(text(tabA)).toHaveValue('คำแนะนำจากแท็บ A (อ้างอิงจาก o10)')

  // The committee's decision: tab B chooses, tab A saves another first.
  const select = (page: Page) => page.getByTestId('item-override-select')
  await select(tabB).selectOption('maintain')
  await tabB.getByTestId('item-override-reason').fill('เหตุผลจากแท็บ B')
  await select(tabA).selectOption('improve')
  await tabA.getByTestId('item-override-reason').fill('เหตุผลจากแท็บ A')
  await tabA.getByTestId('item-override-save').click()
  await expect(tabA.getByTestId('item-status')).toContainText('บันทึกผลข้อ i12 เป็น “ปรับปรุง” แล้ว')
  const staleDecision = tabB.getByTestId('item-override-stale')
  await expect(staleDecision).toContainText('เหตุผล: เหตุผลจากแท็บ A')
  await expect(select(tabB)).toHaveValue('maintain')
  await expect(tabB.getByTestId('item-override-reason')).toHaveValue('เหตุผลจากแท็บ B')
  // The first save saves nothing; the button then says it saves over.
  await tabB.getByTestId('item-override-save').click()
  await expect(staleDecision).toContainText('จึงยังไม่ได้บันทึกผลที่คุณเลือก')
  await expect(tabB.getByTestId('item-override-save')).toHaveText('บันทึกทับ')
  await tabA.reload()
  await expect(select(tabA)).toHaveValue('improve')

  // Both saved over on purpose: tab A follows without a reload, and both show them after one.
  await tabB.getByTestId('item-override-save').click()
  await expect(staleDecision).toHaveCount(0)
  await tabB.getByTestId('recommendation-save').click()
  await expect(tabB.getByTestId('recommendation-stale')).toHaveCount(0)
  await expect(select(tabA)).toHaveValue('maintain')
  await expect(text(tabA)).toHaveValue('คำแนะนำจากแท็บ B (อ้างอิงจาก o10)')
  for (const tab of [tabA, tabB]) {
    await tab.reload()
    await expect(select(tab)).toHaveValue('maintain')
    await expect(tab.getByTestId('item-override-reason')).toHaveValue('เหตุผลจากแท็บ B')
    await expect(text(tab)).toHaveValue('คำแนะนำจากแท็บ B (อ้างอิงจาก o10)')
  }
  await tabA.goto('/recommendations')
  await expect(tabA.getByTestId('recommendation-row-i12')).toContainText('คำแนะนำจากแท็บ B')
  expect([...watchA.foreignRequests, ...watchB.foreignRequests]).toEqual([])
  expect([...watchA.consoleErrors, ...watchB.consoleErrors]).toEqual([])
})

test('an import previewed in one tab while the other changes the year it replaces lands on that change, losing neither', async ({ context, baseURL }) => {
  const tabA = await context.newPage()
  const tabB = await context.newPage()
  const watchB = watchPage(tabB, baseURL!)
  await tabA.goto('/')
  await expect(tabA.getByTestId('threshold-saved')).toHaveAttribute('data-value', '85')
  // Tab B reads a workbook whose อบต.หนองซอน 2567 replaces the demo's year, and waits on its preview.
  await tabB.goto('/import')
  await tabB.getByTestId('import-file').setInputFiles('test/fixtures/import/wide-indicators-2567.xlsx')
  await expect(tabB.getByTestId('batch-row')).toHaveCount(3)
  // Meanwhile tab A changes that year's threshold.
  await tabA.getByTestId('threshold-input').fill('80')
  await tabA.getByTestId('threshold-save').click()
  await expect(tabA.getByTestId('threshold-saved')).toHaveAttribute('data-value', '80')
  // Tab B heard of it; its import, confirmed now, replaces the scores and keeps tab A's threshold.
  await tabB.getByTestId('import-confirm').click()
  await expect(tabB).toHaveURL(/\/organizations$/)
  await expect(tabB.getByTestId('organization-row')).toHaveCount(DEMO.organizations.length + 2)
  await tabA.reload()
  await expect(tabA.getByTestId('threshold-saved')).toHaveAttribute('data-value', '80')
  // The year now holds the file's scores (the file prints the same 74.67), with tab A's threshold.
  await expect(tabA.getByTestId('total-score')).toHaveAttribute('data-value', '74.67')
  await tabA.goto('/compare')
  await expect(tabA.getByTestId('saved-year-2567')).toContainText('นำเข้าไฟล์')
  expect(watchB.consoleErrors).toEqual([])
})

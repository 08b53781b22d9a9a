import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { watchPage } from './helpers'

const NEW_TITLE = 'การดูแลไม่ให้นำทรัพย์สินของราชการไปใช้ส่วนตัว'

async function importFile(page: Page, name: string, text: string) {
  await page.getByTestId('catalogue-import').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) })
}

test('edit titles, groups and the threshold; every screen follows; export, reset and import back', async ({ page, baseURL }) => {
  const watch = watchPage(page, baseURL!)
  await page.goto('/')
  await page.getByRole('link', { name: 'รายการข้อคำถาม' }).click()

  await page.getByTestId('catalogue-title-i12').fill(NEW_TITLE)
  await page.getByTestId('catalogue-title-i12').press('Enter')
  await expect(page.getByTestId('catalogue-status')).toContainText('บันทึกชื่อข้อ i12 แล้ว')
  await page.getByTestId('catalogue-group-i12-7').check()
  await expect(page.getByTestId('catalogue-status')).toContainText('บันทึกประเด็นของข้อ i12 แล้ว')
  await page.getByTestId('threshold-input').fill('90')
  await page.getByTestId('threshold-input').press('Enter')
  await expect(page.getByTestId('catalogue-status')).toContainText('บันทึกเกณฑ์ 90 คะแนนแล้ว')
  await page.getByTestId('catalogue-add-code').fill('O36')
  await page.getByTestId('catalogue-add-title').fill('ข้อที่คณะทำงานเพิ่ม')
  await page.getByTestId('catalogue-add-group-7').check()
  await page.getByTestId('catalogue-add-submit').click()
  await expect(page.getByTestId('catalogue-row-o36')).toBeVisible()

  // The items list reads the effective catalogue: title, groups, the new threshold (i2 87.27 < 90), the added item.
  await page.getByRole('link', { name: 'ข้อคำถาม', exact: true }).click()
  await expect(page.getByTestId('items-row-i12')).toContainText(NEW_TITLE)
  await expect(page.getByTestId('item-groups-i12')).toHaveText('4, 7')
  await expect(page.getByTestId('item-flag-i2').locator('[data-flag]')).toHaveAttribute('data-flag', 'improve')
  await expect(page.getByTestId('items-row-o36')).toContainText('ไม่มีคะแนน')

  // Export, then reset to the shipped default.
  await page.getByRole('link', { name: 'รายการข้อคำถาม' }).click()
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('catalogue-export').click()])
  const exported = readFileSync((await download.path())!, 'utf8')
  const file = JSON.parse(exported) as { format: string; fiscalYear: number; threshold: number; edits: unknown[]; added: unknown[] }
  expect(file).toMatchObject({ format: 'ita-catalogue-overrides', fiscalYear: 2567, threshold: 90 })
  expect(file.edits).toEqual([{ code: 'i12', title: NEW_TITLE, issueGroups: [4, 7] }])
  expect(file.added).toEqual([{ code: 'o36', tool: 'OIT', indicator: null, title: 'ข้อที่คณะทำงานเพิ่ม', issueGroups: [7] }])

  await page.getByTestId('catalogue-reset').click()
  await page.getByTestId('catalogue-reset-confirm').click()
  await expect(page.getByTestId('catalogue-title-i12')).not.toHaveValue(NEW_TITLE)
  await expect(page.getByTestId('catalogue-group-i12-7')).not.toBeChecked()
  await expect(page.getByTestId('threshold-input')).toHaveValue('85')
  await expect(page.getByTestId('catalogue-row-o36')).toHaveCount(0)

  // A hostile file and a malformed one are refused in Thai, saying where, and change nothing.
  await importFile(page, 'hostile.json', exported.replace('"edits": [', '"edits": [{"__proto__": {"admin": true}},'))
  await expect(page.getByTestId('catalogue-problem')).toContainText('ชื่อช่องที่ไม่อนุญาต (__proto__)')
  await expect(page.getByTestId('catalogue-problem')).toContainText('ไม่ได้เปลี่ยนแปลงข้อมูลใด ๆ')
  await importFile(page, 'wrong.json', exported.replace('"issueGroups": [\n        4,', '"issueGroups": [\n        "สี่",'))
  await expect(page.getByTestId('catalogue-problem')).toContainText('ชนิดข้อมูลไม่ถูกต้อง ที่ รายการแก้ไขลำดับที่ 1 (ข้อ i12) ช่องประเด็น ลำดับที่ 1')
  await importFile(page, 'other-year.json', exported.replace('"fiscalYear": 2567', '"fiscalYear": 2568'))
  await expect(page.getByTestId('catalogue-problem')).toContainText('ไฟล์นี้เป็นรายการของปี 2568 แต่ปีที่เปิดอยู่คือปี 2567')
  await expect(page.getByTestId('threshold-input')).toHaveValue('85')
  await expect(page.getByTestId('catalogue-title-i12')).not.toHaveValue(NEW_TITLE)

  // The exported file brings everything back, and it is still there after a reload.
  await importFile(page, 'exported.json', exported)
  await expect(page.getByTestId('catalogue-status')).toContainText('นำเข้าแล้ว: แก้ไข 1 ข้อ เพิ่ม 1 ข้อ')
  await expect(page.getByTestId('catalogue-problem')).toHaveCount(0)
  await page.reload()
  await expect(page.getByTestId('catalogue-title-i12')).toHaveValue(NEW_TITLE)
  await expect(page.getByTestId('catalogue-group-i12-7')).toBeChecked()
  await expect(page.getByTestId('threshold-input')).toHaveValue('90')
  await expect(page.getByTestId('catalogue-row-o36')).toBeVisible()
  expect(watch.foreignRequests).toEqual([])
  expect(watch.consoleErrors).toEqual([])
})

test('each title and indicator names its source; a title the committee types cites the committee; the year lists its sources', async ({ page, baseURL }) => {
  const watch = watchPage(page, baseURL!)
  await page.goto('/')
  await page.getByRole('link', { name: 'รายการข้อคำถาม' }).click()
  await expect(page.getByTestId('item-source-i12-title')).toContainText('ผลวิเคราะห์ ITA 2567 ของ อบต.หนองซอน')
  await expect(page.getByTestId('item-source-i12-title')).toHaveAttribute('data-uncertain', 'true')
  await expect(page.getByTestId('item-source-e1-indicator')).toHaveAttribute('data-known', 'false')
  await expect(page.getByTestId('catalogue-source-seed-002')).toBeVisible()
  await expect(page.getByTestId('catalogue-unknowns')).toContainText('EIT e1-e9')

  await page.getByTestId('catalogue-title-e1').fill('ชื่อข้อของคณะทำงาน')
  await page.getByTestId('catalogue-title-e1').press('Enter')
  await expect(page.getByTestId('catalogue-status')).toContainText('บันทึกชื่อข้อ e1 แล้ว')
  await expect(page.getByTestId('item-source-e1-title')).toHaveText('ชื่อข้อ: คณะทำงานของหน่วยงานกำหนดเอง')
  await expect(page.getByTestId('catalogue-source-committee')).toBeVisible()

  // The items screen names the same source.
  await page.goto('/items')
  await expect(page.getByTestId('item-source-e1-title')).toHaveText('ชื่อข้อ: คณะทำงานของหน่วยงานกำหนดเอง')
  expect(watch.foreignRequests).toEqual([])
  expect(watch.consoleErrors).toEqual([])
})

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { DEMO, watchPage } from './helpers'

// Journeys through /import on the built app: a file, a pasted table, a rejection, undo, many
// organisations, manual entry, the template, hostile cells. Each test starts with an empty browser
// profile (the demo assessment only); reloads check that IndexedDB kept what was confirmed.
const fixture = (name: string) => join(process.cwd(), 'test/fixtures/import', name)
const SEED_INDICATORS = ['90.50', '91.92', '97.78', '75.35', '87.68', '92.49', '86.09', '79.48', '57.98', '53.34']

test.describe.configure({ timeout: 60_000 })

async function expectSeedFigures(page: Page, total: string): Promise<void> {
  await expect(page.getByTestId('total-score')).toHaveAttribute('data-value', total)
  await expect(page.getByTestId('level')).toHaveText('ต้องปรับปรุง')
  await expect(page.getByTestId('tool-score-IIT')).toHaveAttribute('data-value', '88.65')
  await expect(page.getByTestId('tool-score-EIT')).toHaveAttribute('data-value', '86.02')
  await expect(page.getByTestId('tool-score-OIT')).toHaveAttribute('data-value', '55.66')
  for (const [index, score] of SEED_INDICATORS.entries()) {
    await expect(page.getByTestId(`indicator-score-${index + 1}`)).toHaveAttribute('data-value', score)
  }
}

test('a workbook is read in a worker, previewed, confirmed, shown, and still there after a reload', async ({ page, baseURL }) => {
  const watch = watchPage(page, baseURL!)
  const workers: string[] = []
  page.on('worker', (worker) => workers.push(worker.url()))
  await page.goto('/import')
  await page.getByTestId('import-file').setInputFiles(fixture('itas-web-table.xls'))
  await expect(page.getByTestId('import-preview')).toBeVisible()
  expect(workers).toHaveLength(1)
  await expect(page.getByTestId('preview-organization')).toHaveValue('เทศบาลตำบลท่าช้าง')
  await expect(page.getByTestId('preview-year')).toHaveValue('2568')
  await expect(page.getByTestId('preview-total')).toHaveAttribute('data-value', '74.66')
  await expect(page.getByTestId('preview-indicators')).toContainText('10 จาก')
  // nothing is saved before the confirm
  await expect(page.getByTestId('assessment-switcher').locator('option')).toHaveCount(DEMO.years)

  await page.getByTestId('import-confirm').click()
  await expect(page).toHaveURL(/\/$/)
  await expect(page.getByTestId('organization-name')).toHaveText('เทศบาลตำบลท่าช้าง')
  await expect(page.getByTestId('fiscal-year')).toContainText('2568')
  await expectSeedFigures(page, '74.66')

  await page.reload()
  await expect(page.getByTestId('organization-name')).toHaveText('เทศบาลตำบลท่าช้าง')
  await expectSeedFigures(page, '74.66')
  await expect(page.getByTestId('assessment-switcher').locator('option')).toHaveCount(DEMO.years + 1)
  expect(watch.foreignRequests).toEqual([])
  expect(watch.consoleErrors).toEqual([])
})

test('a table pasted from a web page asks for what it lacks, and is kept after a reload', async ({ page }) => {
  await page.goto('/import')
  await page.getByTestId('import-paste').fill(readFileSync(fixture('seed002-indicators.tsv'), 'utf8'))
  await page.getByTestId('import-paste-read').click()
  await expect(page.getByTestId('import-preview')).toBeVisible()
  // seed 002 prints "EIT" beside indicator 1: said, not hidden
  await expect(page.getByTestId('preview-warning')).toContainText('ช่องเครื่องมือระบุ EIT แต่ ตัวชี้วัดที่ 1 เป็นของ IIT')
  await expect(page.getByTestId('import-confirm')).toBeDisabled()
  await page.getByTestId('preview-organization').fill('อบต.ทดสอบการวาง')
  await page.getByTestId('preview-year').fill('2567')
  await expect(page.getByTestId('preview-total')).toHaveAttribute('data-value', '74.66')
  await page.getByTestId('import-confirm').click()
  await expect(page.getByTestId('organization-name')).toHaveText('อบต.ทดสอบการวาง')
  await expectSeedFigures(page, '74.66')
  await page.reload()
  await expect(page.getByTestId('organization-name')).toHaveText('อบต.ทดสอบการวาง')
  await expect(page.getByTestId('total-score')).toHaveAttribute('data-value', '74.66')
})

test('a rejected file says in Thai what is wrong and where, and changes nothing', async ({ page }) => {
  await page.goto('/import')
  await page.getByTestId('import-file').setInputFiles(fixture('score-out-of-range.xlsx'))
  await expect(page.getByTestId('import-error')).toHaveText('ไฟล์ score-out-of-range.xlsx แผ่นงาน IIT แถวที่ 3 คอลัมน์ B: คะแนน 120 อยู่นอกช่วง 0-100')
  await page.getByTestId('import-file').setInputFiles(fixture('bomb-lying.xlsx'))
  await expect(page.getByTestId('import-error')).toContainText('ไฟล์บีบอัดนี้จะขยายเกินขนาดที่รับได้')
  await expect(page.getByTestId('import-preview')).toHaveCount(0)
  await page.goto('/')
  await expect(page.getByTestId('organization-name')).toHaveText('องค์การบริหารส่วนตำบลหนองซอน')
  await expect(page.getByTestId('assessment-switcher').locator('option')).toHaveCount(DEMO.years)
})

test('importing over a saved year can be undone in one step', async ({ page }) => {
  await page.goto('/import')
  await page.getByTestId('import-file').setInputFiles(fixture('long-items-2567.xlsx'))
  await expect(page.getByTestId('preview-matched')).toContainText('องค์การบริหารส่วนตำบลหนองซอน')
  await expect(page.getByTestId('preview-replacing')).toBeVisible()
  await page.getByTestId('import-confirm').click()
  // items only: no published indicator figures for EIT and OIT, so no total
  await expect(page.getByTestId('level')).toHaveText('ยังคำนวณไม่ได้')
  await page.getByTestId('import-undo').click()
  await expect(page.getByTestId('total-score')).toHaveAttribute('data-value', '74.67')
  await expect(page.getByTestId('import-undo-banner')).toHaveCount(0)
  await page.reload()
  await expect(page.getByTestId('total-score')).toHaveAttribute('data-value', '74.67')
  await expect(page.getByTestId('level')).toHaveText('ต้องปรับปรุง')
})

test('a workbook of many organisations imports as many, listed, sorted and filtered', async ({ page }) => {
  await page.goto('/import')
  await page.getByTestId('import-file').setInputFiles(fixture('wide-indicators-2567.xlsx'))
  await expect(page.getByTestId('batch-row')).toHaveCount(3)
  await expect(page.getByTestId('preview-warning').filter({ hasText: 'แถว “ค่าเฉลี่ย” เป็นแถวสรุป' })).toHaveCount(1)
  await page.getByTestId('import-confirm').click()
  await expect(page).toHaveURL(/\/organizations$/)
  // the file's อบต.หนองซอน is the demo organisation: its 2567 result is replaced, not duplicated
  await expect(page.getByTestId('organization-row')).toHaveCount(DEMO.organizations.length + 2)
  await expect(page.getByTestId('organization-total').first()).toHaveAttribute('data-value', '96.12')
  await page.getByTestId('sort-total').click()
  await expect(page.getByTestId('organization-total').first()).toHaveAttribute('data-value', '74.67')
  await expect(page.getByTestId('organization-level').last()).toHaveText('-')
  await page.getByTestId('organizations-filter').fill('ท่าขอน')
  await expect(page.getByTestId('organization-row')).toHaveCount(1)
  await page.getByTestId('organization-open').click()
  await expect(page.getByTestId('organization-name')).toHaveText('อบต.ท่าขอนยาง')
  await expect(page.getByTestId('level')).toHaveText('ผ่านดีเยี่ยม')
  await page.reload()
  await page.getByRole('link', { name: 'หน่วยงานทั้งหมด' }).click()
  await expect(page.getByTestId('organization-row')).toHaveCount(DEMO.organizations.length + 2)
})

test('scores typed by hand: Enter moves down, a pasted column fills down', async ({ page }) => {
  await page.goto('/import')
  await page.getByTestId('import-mode-manual').click()
  await page.getByTestId('manual-year').selectOption('2567')
  await page.getByTestId('manual-organization').fill('อบต.กรอกเอง')
  await page.getByTestId('manual-tab-indicators').click()
  const first = page.getByTestId('manual-score-ตัวชี้วัดที่ 1')
  await first.fill('90.50')
  await first.press('Enter')
  await expect(page.getByTestId('manual-score-ตัวชี้วัดที่ 2')).toBeFocused()
  // a column copied from a spreadsheet: nine scores
  await page.evaluate((text) => {
    const target = document.activeElement as HTMLInputElement
    const data = new DataTransfer()
    data.setData('text/plain', text)
    target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
  }, `${SEED_INDICATORS.slice(1).join('\r\n')}\r\n`)
  await expect(page.getByTestId('manual-score-ตัวชี้วัดที่ 10')).toHaveValue('53.34')
  await expect(page.getByTestId('manual-score-ตัวชี้วัดที่ 10')).toBeFocused()
  await page.getByTestId('manual-score-ตัวชี้วัดที่ 3').fill('๑๒๐')
  await expect(page.getByTestId('manual-invalid')).toContainText('ตัวชี้วัดที่ 3')
  await page.getByTestId('manual-score-ตัวชี้วัดที่ 3').fill('๙๗.๗๘')
  await page.getByTestId('manual-check').click()
  await expect(page.getByTestId('preview-organization')).toHaveValue('อบต.กรอกเอง')
  await expect(page.getByTestId('preview-total')).toHaveAttribute('data-value', '74.66')
  await page.getByTestId('import-confirm').click()
  await expect(page.getByTestId('organization-name')).toHaveText('อบต.กรอกเอง')
  await expectSeedFigures(page, '74.66')
})

test('the blank template downloads and reads back (blank: no scores yet)', async ({ page }) => {
  await page.goto('/import')
  await page.getByTestId('template-year').selectOption('2567')
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('template-download').click()])
  expect(download.suggestedFilename()).toBe('แบบกรอกผล-ITA-2567.xlsx')
  const path = await download.path()
  expect(readFileSync(path).subarray(0, 2).toString('latin1')).toBe('PK')
  await page.getByTestId('import-file').setInputFiles({ name: 'แบบกรอกผล-ITA-2567.xlsx', mimeType: 'application/octet-stream', buffer: readFileSync(path) })
  await expect(page.getByTestId('import-error')).toContainText('พบตารางแต่ไม่มีคะแนนเลย')
})

test('markup and script in cells stay text and run nothing', async ({ page }) => {
  const dialogs: string[] = []
  page.on('dialog', async (dialog) => { dialogs.push(dialog.message()); await dialog.dismiss() })
  await page.goto('/import')
  await page.getByTestId('import-file').setInputFiles(fixture('hostile-cells.csv'))
  const name = '<b onmouseover="alert(1)">อบต.ทดสอบ</b>'
  await expect(page.getByTestId('preview-organization')).toHaveValue(name)
  await page.getByTestId('preview-year').fill('2567')
  await page.getByTestId('import-confirm').click()
  await expect(page.getByTestId('organization-name')).toHaveText(name)
  await expect(page.getByTestId('organization-name').locator('b')).toHaveCount(0)
  await page.getByTestId('organization-name').hover()
  expect(dialogs).toEqual([])
  expect(await page.evaluate(() => ({} as Record<string, unknown>).polluted)).toBeUndefined()
})

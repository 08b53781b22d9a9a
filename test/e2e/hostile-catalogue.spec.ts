import { expect, test, type BrowserContext, type Page } from '@playwright/test'
import { casesOf, removeTemporaryFiles } from '../fixtures/hostile/cases'
import { CATALOGUE_MARKUP, catalogueFileWithMarkup } from '../fixtures/hostile/catalogue-cases'
import { expectHeld, expectNothingRan, watchHostile, type Watch } from './hostile-harness'

// Every bad or malicious catalogue file of the table (catalogue-cases.ts), through the catalogue screen's
// own "import from file" input, on one page of one profile holding the demo: each is refused with its
// Thai message and leaves the saved state byte for byte as it was.

let context: BrowserContext
let page: Page
let watch: Watch

test.beforeAll(async ({ browser, baseURL }) => {
  context = await browser.newContext({ baseURL })
  page = await context.newPage()
  watch = watchHostile(page, baseURL!)
  await page.goto('/')
  await expect(page.getByTestId('organization-name')).toBeVisible()
})

test.afterAll(async () => {
  await context.close()
  removeTemporaryFiles()
})

for (const entry of casesOf('catalogue-file')) {
  test(`holds against ${entry.name} (${entry.input}: ${entry.threat})`, async () => {
    await expectHeld(page, entry, watch)
  })
}

test('titles carrying markup and formulas are imported as data and shown as plain text', async ({ page: fresh, baseURL }) => {
  const freshWatch = watchHostile(fresh, baseURL!)
  await fresh.goto('/catalogue')
  await fresh.getByTestId('catalogue-import').setInputFiles({ name: 'payloads.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(catalogueFileWithMarkup())) })
  await expect(fresh.getByTestId('catalogue-status')).toHaveText('นำเข้าแล้ว: แก้ไข 1 ข้อ เพิ่ม 1 ข้อ')
  await expect(fresh.getByTestId('catalogue-title-i12')).toHaveValue(CATALOGUE_MARKUP)
  await expect(fresh.getByTestId('catalogue-title-o40')).toHaveValue(/^=HYPERLINK/)
  await fresh.goto('/items/i12')
  await expect(fresh.getByTestId('item-title')).toContainText(CATALOGUE_MARKUP)
  await expectNothingRan(fresh)
  expect(freshWatch.dialogs).toEqual([])
  expect(freshWatch.consoleErrors).toEqual([])
  expect(freshWatch.foreignRequests).toEqual([])
})

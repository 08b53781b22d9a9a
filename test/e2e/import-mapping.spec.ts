import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { watchPage } from './helpers'

// A code not in the year's catalogue is kept and offered for mapping: from the overview's data notes (or
// the import preview) to the catalogue editor with the code filled, and once mapped it counts.
const fixture = (name: string) => join(process.cwd(), 'test/fixtures/import', name)

test.describe.configure({ timeout: 60_000 })

test('an unknown code is followed from the overview notes to the catalogue, mapped, and counted', async ({ page, baseURL }) => {
  const watch = watchPage(page, baseURL!)
  await page.goto('/import')
  await page.getByTestId('import-file').setInputFiles(fixture('unknown-code-2567.csv'))
  await expect(page.getByTestId('preview-unknown')).toContainText('o47')
  await page.getByTestId('import-confirm').click()
  await expect(page).toHaveURL(/\/$/)

  // 2567's OIT items carry no indicator of their own: indicator 10 has no score yet.
  await expect(page.getByTestId('indicator-score-10')).not.toHaveAttribute('data-value', '100.00')
  await page.getByTestId('map-unknown-o47').click()
  await expect(page).toHaveURL(/\/catalogue\?add=o47$/)
  await expect(page.locator('#catalogue-items-title')).toContainText(/\((59|๕๙) ข้อ\)/)
  await expect(page.getByTestId('catalogue-add-code')).toHaveValue('o47')
  await expect(page.getByTestId('catalogue-add-indicator')).toBeFocused()
  await page.getByTestId('catalogue-add-indicator').selectOption('10')
  await page.getByTestId('catalogue-add-submit').click()
  await expect(page.getByTestId('catalogue-row-o47')).toBeVisible()
  await expect(page.locator('#catalogue-items-title')).toContainText(/\((60|๖๐) ข้อ\)/)
  // The link's code is not filled in again once mapped.
  await expect(page).toHaveURL(/\/catalogue$/)
  await expect(page.getByTestId('catalogue-add-code')).toHaveValue('')

  // Mapped to indicator 10, o47 (100) is its only scored item; the notes no longer list it; still so after a reload.
  await page.getByRole('link', { name: 'ภาพรวม' }).click()
  await expect(page.getByTestId('indicator-score-10')).toHaveAttribute('data-value', '100.00')
  await expect(page.getByTestId('unknown-items')).toHaveCount(0)
  await page.reload()
  await expect(page.getByTestId('indicator-score-10')).toHaveAttribute('data-value', '100.00')
  await page.getByRole('link', { name: 'ข้อคำถาม', exact: true }).click()
  await expect(page.getByTestId('items-row-o47')).toBeVisible()

  // The same file imported again is previewed under the organisation's catalogue: o47 is known and counts.
  await page.goto('/import')
  await page.getByTestId('import-file').setInputFiles(fixture('unknown-code-2567.csv'))
  await expect(page.getByTestId('preview-replacing')).toBeVisible()
  await expect(page.getByTestId('preview-items')).toBeVisible()
  await expect(page.getByTestId('preview-unknown')).toHaveCount(0)
  await expect(page.getByTestId('preview-indicator-10')).toHaveAttribute('data-value', '100.00')
  expect(watch.foreignRequests).toEqual([])
  expect(watch.consoleErrors).toEqual([])
})

test('the import preview confirms and opens the catalogue with the code; a hostile query fills nothing', async ({ page }) => {
  const dialogs: string[] = []
  page.on('dialog', (dialog) => { dialogs.push(dialog.message()); void dialog.dismiss() })
  await page.goto('/import')
  await page.getByTestId('import-file').setInputFiles(fixture('unknown-code-2567.csv'))
  await page.getByTestId('preview-map-o47').click()
  await expect(page).toHaveURL(/\/catalogue\?add=o47$/)
  await expect(page.getByTestId('catalogue-add-code')).toHaveValue('o47')
  // The button confirmed the import: the catalogue open is the imported organisation's.
  await expect(page.getByTestId('assessment-switcher').locator('option:checked')).toContainText('หนองซอน')

  for (const query of ['?add=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', '?add=o47&add=o48', '?add=__proto__', '?add=47']) {
    await page.goto(`/catalogue${query}`)
    await expect(page.getByTestId('catalogue-add-form')).toBeVisible()
    await expect(page.getByTestId('catalogue-add-code')).toHaveValue('')
  }
  // Written as documents write it, the code is read: ข้อ ๐๔๗ is o47.
  await page.goto(`/catalogue?add=${encodeURIComponent('ข้อ ๐๔๗')}`)
  await expect(page.getByTestId('catalogue-add-code')).toHaveValue('o47')
  expect(dialogs).toEqual([])
})

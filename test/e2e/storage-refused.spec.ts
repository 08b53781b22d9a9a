import { expect, test } from '@playwright/test'
import { watchPage } from './helpers'
import { downloadedText } from './storage-helpers'

// A browser that refuses storage, as private windows and locked-down profiles do: opening IndexedDB fails.
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    IDBFactory.prototype.open = function open(): IDBOpenDBRequest {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError')
    }
  })
})

test('with storage refused the app says so in Thai, still works, and still exports a backup', async ({ page, baseURL }) => {
  const watch = watchPage(page, baseURL!)
  await page.goto('/')
  await expect(page.getByTestId('storage-problem')).toContainText('เบราว์เซอร์นี้ไม่อนุญาตให้บันทึกข้อมูล')
  await expect(page.getByTestId('storage-problem')).toContainText('กรุณาส่งออกไฟล์สำรองก่อนปิด')
  await expect(page.getByTestId('total-score')).toHaveAttribute('data-value', '74.67')
  // Work done in memory goes into the backup.
  await page.getByTestId('threshold-input').fill('77')
  await page.getByTestId('threshold-save').click()
  await expect(page.getByTestId('threshold-saved')).toHaveAttribute('data-value', '77')
  await page.getByTestId('storage-problem').getByRole('link').click()
  await expect(page.getByTestId('storage-mode')).toHaveAttribute('data-mode', 'memory')
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('backup-export').click()])
  const file = JSON.parse(await downloadedText(download)) as { format: string; documents: Array<{ kind: string; data: { threshold?: number } }> }
  expect(file.format).toBe('ita-committee-backup')
  expect(file.documents.find((document) => document.kind === 'assessment')?.data.threshold).toBe(77)
  expect(watch.consoleErrors).toEqual([])
  expect(watch.foreignRequests).toEqual([])
})

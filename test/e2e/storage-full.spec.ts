import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { STORAGE_TEXT } from '../../src/ui/storage-texts'
import { watchPage } from './helpers'
import { downloadedText, dumpDatabase, openProfile } from './storage-helpers'

// Storage full, for real: Chromium's own quota for the origin is made tiny through the DevTools protocol
// (Storage.overrideQuotaForOrigin), so IndexedDB itself refuses the write with QuotaExceededError. The
// override binds when the page opens its storage (set later, Chromium still let writes through: tried on
// Chromium 156), and only in the default profile (not Playwright's off-the-record contexts), so the test
// works on a profile of its own, reopened with the quota already tight.

// Each journey launches a persistent Chromium profile three times (seeding, the tight quota, the reopen);
// on a loaded 2-core CI machine that alone has taken most of the default 30 s, so these get 90 s.
test.describe.configure({ timeout: 90_000 })

/** Thai text that does not compress: 20,000 characters, the most a group text holds. */
function incompressibleThai(length: number): string {
  let seed = 7
  let text = ''
  for (let index = 0; index < length; index++) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    text += String.fromCharCode(0x0e01 + (seed % 46))
  }
  return text
}

test('a save that does not fit in storage says so in Thai, keeps what was saved, never claims saved, and export still works', async ({ baseURL }) => {
  const profile = mkdtempSync(join(tmpdir(), 'ita-full-'))
  const origin = new URL(baseURL!).origin
  try {
    // Work saved while there was room.
    let context = await openProfile(profile, baseURL!)
    let page = context.pages()[0] ?? await context.newPage()
    await page.goto('/')
    await page.getByTestId('threshold-input').fill('80')
    await page.getByTestId('threshold-save').click()
    await expect(page.getByTestId('threshold-saved')).toHaveAttribute('data-value', '80')
    await page.goto('/groups')
    await page.getByTestId('group-text-4').fill('ข้อความที่บันทึกไว้ก่อนพื้นที่เต็ม')
    await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved')
    await context.close()

    // Reopened with a quota a few kilobytes above what is stored.
    context = await openProfile(profile, baseURL!)
    page = context.pages()[0] ?? await context.newPage()
    const watch = watchPage(page, baseURL!)
    const cdp = await context.newCDPSession(page)
    const { usage } = await cdp.send('Storage.getUsageAndQuota', { origin })
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: usage + 4096 })
    await page.goto('/groups')
    await expect(page.getByTestId('group-text-4')).toHaveValue('ข้อความที่บันทึกไว้ก่อนพื้นที่เต็ม')
    await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved')
    await expect(page.getByTestId('storage-problem')).toHaveCount(0)
    const before = await dumpDatabase(page)

    // A long text does not fit: the Thai message, the header says not saved, the text stays in the box.
    const long = incompressibleThai(20_000)
    await page.getByTestId('group-text-4').fill(long)
    await expect(page.getByTestId('storage-problem')).toContainText(STORAGE_TEXT.full)
    await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'full')
    await expect(page.getByTestId('save-status')).not.toHaveText('บันทึกในเครื่องนี้แล้ว')
    await expect(page.getByTestId('group-text-4')).toHaveValue(long)
    expect(await dumpDatabase(page)).toBe(before)

    // Export still works, with what was saved before.
    await page.getByTestId('storage-problem').getByRole('link').click()
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('backup-export').click()])
    const file = JSON.parse(await downloadedText(download)) as { format: string; documents: Array<{ kind: string; id: string; data: unknown }> }
    expect(file.format).toBe('ita-committee-backup')
    expect(file.documents.find((document) => document.kind === 'assessment' && document.id === 'demo-nongson:2567')?.data).toMatchObject({ threshold: 80 })
    const texts = JSON.stringify(file.documents.find((document) => document.kind === 'group-analysis')?.data)
    expect(texts).toContain('ข้อความที่บันทึกไว้ก่อนพื้นที่เต็ม')
    expect(texts).not.toContain(long.slice(0, 200))
    expect(watch.foreignRequests).toEqual([])
    await context.close()

    // What was saved before is still there after the browser is reopened.
    context = await openProfile(profile, baseURL!)
    page = context.pages()[0] ?? await context.newPage()
    await page.goto('/')
    await expect(page.getByTestId('threshold-saved')).toHaveAttribute('data-value', '80')
    await page.goto('/groups')
    await expect(page.getByTestId('group-text-4')).toHaveValue('ข้อความที่บันทึกไว้ก่อนพื้นที่เต็ม')
    await context.close()
  } finally {
    rmSync(profile, { recursive: true, force: true })
  }
})

test('an import refused for lack of room stays on its preview with the file, says so in Thai, and saves nothing', async ({ baseURL }) => {
  const profile = mkdtempSync(join(tmpdir(), 'ita-full-import-'))
  const origin = new URL(baseURL!).origin
  try {
    // The demo saved while there was room.
    let context = await openProfile(profile, baseURL!)
    let page = context.pages()[0] ?? await context.newPage()
    await page.goto('/')
    await expect(page.getByTestId('organization-name')).toBeVisible()
    await context.close()

    // Reopened with almost no room left.
    context = await openProfile(profile, baseURL!)
    page = context.pages()[0] ?? await context.newPage()
    const watch = watchPage(page, baseURL!)
    const cdp = await context.newCDPSession(page)
    const { usage } = await cdp.send('Storage.getUsageAndQuota', { origin })
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: usage + 1024 })
    await page.goto('/import')
    await page.getByTestId('import-file').setInputFiles(join(process.cwd(), 'test/fixtures/import/itas-web-table.xls'))
    await expect(page.getByTestId('import-preview')).toBeVisible()
    await expect(page.getByTestId('preview-organization')).toHaveValue('เทศบาลตำบลท่าช้าง')
    const before = await dumpDatabase(page)

    // Before the fix the screen went on to the overview as if the import had landed, and the file was gone.
    await page.getByTestId('import-confirm').click()
    await expect(page.getByTestId('import-save-error')).toContainText('ยังไม่ได้นำเข้า: พื้นที่เก็บข้อมูลของเบราว์เซอร์เต็ม')
    await expect(page.getByTestId('import-save-error')).toContainText('ไฟล์ที่อ่านไว้ยังอยู่ในหน้านี้')
    await expect(page).toHaveURL(/\/import$/)
    await expect(page.getByTestId('import-preview')).toBeVisible()
    await expect(page.getByTestId('preview-organization')).toHaveValue('เทศบาลตำบลท่าช้าง')
    await expect(page.getByTestId('preview-total')).toHaveAttribute('data-value', '74.66')
    await expect(page.getByTestId('import-confirm')).toBeEnabled()
    await expect(page.getByTestId('storage-problem')).toContainText(STORAGE_TEXT.full)
    await expect(page.getByTestId('import-undo-banner')).toHaveCount(0)
    expect(await dumpDatabase(page)).toBe(before)
    expect(watch.foreignRequests).toEqual([])
    await context.close()
  } finally {
    rmSync(profile, { recursive: true, force: true })
  }
})

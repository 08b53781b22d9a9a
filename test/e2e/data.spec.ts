import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { DEMO, watchPage } from './helpers'
import { downloadedText, dumpDatabase } from './storage-helpers'

const BACKUP_V1 = join(process.cwd(), 'test/fixtures/storage/backup/v1.json')

async function openData(page: Page): Promise<void> {
  await page.goto('/')
  await expect(page.getByTestId('organization-name')).toBeVisible()
  await page.getByRole('link', { name: 'ข้อมูลและการสำรอง' }).click()
  await expect(page.getByRole('heading', { name: 'ข้อมูลและการสำรอง', level: 1 })).toBeVisible()
}

async function exportBackup(page: Page, scope = 'all'): Promise<{ name: string; file: { scope: unknown; documents: Array<{ kind: string; id: string; data: Record<string, unknown> }> } }> {
  await page.getByTestId('backup-scope').selectOption(scope)
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('backup-export').click()])
  return { name: download.suggestedFilename(), file: JSON.parse(await downloadedText(download)) }
}

async function setThreshold(page: Page, value: string): Promise<void> {
  await page.getByTestId('threshold-input').fill(value)
  await page.getByTestId('threshold-save').click()
  await expect(page.getByTestId('threshold-saved')).toHaveAttribute('data-value', value)
}

test('a change is saved as it happens, the reminder asks for a backup, and an export of everything quiets it', async ({ page, baseURL }) => {
  const watch = watchPage(page, baseURL!)
  await page.goto('/')
  // The untouched demo is nobody's work yet: no reminder.
  await expect(page.getByTestId('organization-name')).toBeVisible()
  await expect(page.getByTestId('backup-reminder')).toHaveCount(0)
  await setThreshold(page, '80')
  await expect(page.getByTestId('item-row-i12').locator('[data-flag]')).toHaveAttribute('data-flag', 'improve')
  await expect(page.getByTestId('backup-reminder')).toHaveAttribute('data-reminder', 'never')
  // Saved as it happened: a reload shows it.
  await page.reload()
  await expect(page.getByTestId('threshold-saved')).toHaveAttribute('data-value', '80')
  await expect(page.getByTestId('backup-reminder')).toBeVisible()

  await page.getByTestId('backup-reminder-go').click()
  await expect(page.getByTestId('last-backup')).toHaveText('ยังไม่เคยสำรอง')
  await expect(page.getByTestId('storage-mode')).toHaveAttribute('data-mode', 'browser')
  await expect(page.getByTestId('storage-usage')).toContainText(/\d MB จากที่เบราว์เซอร์ให้ใช้ได้ [\d,.]+ MB/)
  // A fresh profile is not persisted yet; asking the browser gets an answer either way.
  await expect(page.getByTestId('storage-persisted')).toHaveAttribute('data-persisted', 'false')
  await page.getByTestId('storage-persist-request').click()
  await expect(page.getByTestId('storage-persisted').getByRole('status')).toContainText(/เบราว์เซอร์จะเก็บข้อมูลนี้ไว้|เบราว์เซอร์ยังไม่อนุญาต/)
  const { name, file } = await exportBackup(page)
  expect(name).toMatch(/^สำรอง ITA ทุกหน่วยงาน \d{4}-\d{2}-\d{2}\.json$/)
  expect(file.scope).toEqual({ type: 'all' })
  expect(file.documents.map((document) => document.kind).sort()).toEqual(DEMO.kinds)
  expect(file.documents.find((document) => document.kind === 'assessment' && document.id === 'demo-nongson:2567')?.data.threshold).toBe(80)
  await expect(page.getByTestId('backup-exported')).toContainText(`ส่งออก ${DEMO.kinds.length} รายการ`)
  await expect(page.getByTestId('last-backup')).not.toHaveText('ยังไม่เคยสำรอง')
  await page.getByRole('link', { name: 'ภาพรวม' }).click()
  await expect(page.getByTestId('organization-name')).toBeVisible()
  await expect(page.getByTestId('backup-reminder')).toHaveCount(0)
  expect(watch.foreignRequests).toEqual([])
  expect(watch.consoleErrors).toEqual([])
})

test('the reminder can be put off for later', async ({ page }) => {
  await page.goto('/')
  await setThreshold(page, '82')
  await page.getByTestId('backup-reminder-later').click()
  await expect(page.getByTestId('backup-reminder')).toHaveCount(0)
  await page.reload()
  await expect(page.getByTestId('organization-name')).toBeVisible()
  await expect(page.getByTestId('backup-reminder')).toHaveCount(0)
})

test('restore previews what changes, merges a file in, and replaces from an organisation\'s own backup', async ({ page, baseURL }) => {
  const watch = watchPage(page, baseURL!)
  await openData(page)
  const demo = await exportBackup(page, 'demo-nongson')
  expect(demo.name).toMatch(/^สำรอง ITA อบต\.หนองซอน \d{4}-\d{2}-\d{2}\.json$/)
  expect(demo.file.scope).toEqual({ type: 'organization', organizationId: 'demo-nongson' })

  // Merge the v1 fixture: a second organisation is added, the demo is the same.
  await page.getByTestId('restore-file').setInputFiles(BACKUP_V1)
  const preview = page.getByTestId('restore-preview')
  await expect(preview).toContainText('ไฟล์ "v1.json"')
  const rowB = preview.locator('[data-testid="restore-row"][data-organization="org-b"][data-kind="assessment"]')
  await expect(rowB.getByTestId('restore-added')).toHaveAttribute('data-value', '1')
  await expect(rowB.locator('th')).toHaveText('เทศบาลตำบลตัวอย่าง')
  const before = await dumpDatabase(page)
  await page.getByTestId('restore-cancel').click()
  await expect(page.getByTestId('restore-preview')).toHaveCount(0)
  expect(await dumpDatabase(page)).toBe(before)

  await page.getByTestId('restore-file').setInputFiles(BACKUP_V1)
  await page.getByTestId('restore-confirm').click()
  await expect(page.getByTestId('restore-done')).toContainText('เพิ่มใหม่ 2 รายการ')
  await expect(page.locator('[data-testid="org-row"][data-organization="org-b"]')).toContainText('เทศบาลตำบลตัวอย่าง')
  await expect(page.getByTestId('assessment-switcher').locator('option')).toHaveCount(DEMO.years + 1)

  // A later change to the demo, then the demo's own backup restored by replacing: the change is undone,
  // the other organisation is untouched.
  await page.getByRole('link', { name: 'ภาพรวม' }).click()
  await page.getByTestId('assessment-switcher').selectOption('demo-nongson|2567')
  await setThreshold(page, '75')
  await page.getByRole('link', { name: 'ข้อมูลและการสำรอง' }).click()
  await page.getByTestId('restore-file').setInputFiles({ name: demo.name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(demo.file)) })
  const demoRow = page.locator('[data-testid="restore-row"][data-organization="demo-nongson"][data-kind="assessment"]')
  // The copy here is newer than the file's: merging keeps it...
  await expect(demoRow.getByTestId('restore-conflicts')).toHaveAttribute('data-value', '1')
  await expect(page.getByTestId('restore-conflict-note')).toContainText('จะคงข้อมูลในเครื่องไว้')
  // ...replacing overwrites it.
  await page.getByTestId('restore-mode-replace').check()
  await expect(page.getByTestId('restore-conflict-note')).toContainText('จะถูกแทนที่ด้วยข้อมูลในไฟล์')
  await expect(page.locator('[data-testid="restore-row"][data-organization="org-b"]')).toHaveCount(0)
  await page.getByTestId('restore-confirm').click()
  await expect(page.getByTestId('restore-done')).toContainText('แทนที่ 1 รายการ')
  await page.getByRole('link', { name: 'ภาพรวม' }).click()
  await expect(page.getByTestId('threshold-saved')).toHaveAttribute('data-value', '85')
  await expect(page.getByTestId('assessment-switcher').locator('option')).toHaveCount(DEMO.years + 1)
  expect(watch.foreignRequests).toEqual([])
  expect(watch.consoleErrors).toEqual([])
})

test('a document that no longer reads is kept aside, shown with its reason, exported, and discarded only on request', async ({ page, baseURL }) => {
  const watch = watchPage(page, baseURL!)
  await page.goto('/')
  await expect(page.getByTestId('organization-name')).toBeVisible()
  // Damage a saved document the way a bug or a tampered profile might.
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open('ita-committee')
      request.onsuccess = () => resolve(request.result)
    })
    const tx = db.transaction('documents', 'readwrite')
    tx.objectStore('documents').put({ kind: 'organization', id: 'damaged', organizationId: 'damaged', version: 1, revision: 1, updatedAt: '2026-01-01T00:00:00.000Z', data: { id: 'damaged', name: '' } })
    await new Promise((resolve) => { tx.oncomplete = resolve })
    db.close()
  })
  await page.reload()
  // Every screen says what was put aside in Thai; the technical (English) reason is for the data screen.
  await expect(page.getByTestId('quarantine-notice-entry')).toHaveText('ข้อมูลหน่วยงาน "damaged" ข้อมูลไม่ผ่านการตรวจสอบ: ช่อง name น้อยหรือสั้นกว่าที่กำหนด (อย่างน้อย 1)')
  await page.getByTestId('quarantine-notice').getByRole('link').click()
  const entry = page.getByTestId('quarantine-entry')
  await expect(entry).toHaveCount(1)
  await expect(entry).toContainText('ข้อมูลหน่วยงาน "damaged"')
  await expect(entry).toContainText('ข้อมูลไม่ผ่านการตรวจสอบ')
  await expect(entry).toContainText('ช่อง name น้อยหรือสั้นกว่าที่กำหนด')
  await expect(entry.getByTestId('quarantine-reason')).toContainText('name')
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('quarantine-export').click()])
  const exported = JSON.parse(await downloadedText(download)) as { format: string; entries: Array<{ raw: { id: string; data: unknown } }> }
  expect(exported.format).toBe('ita-committee-quarantine')
  expect(exported.entries[0]?.raw).toMatchObject({ id: 'damaged', data: { id: 'damaged', name: '' } })
  // Discarding takes a second, explicit click.
  await entry.getByTestId('quarantine-discard').click()
  await expect(page.getByTestId('quarantine-entry')).toHaveCount(1)
  await entry.getByTestId('quarantine-discard-confirm').click()
  await expect(page.getByTestId('quarantine-entry')).toHaveCount(0)
  await expect(page.getByTestId('quarantine-empty')).toBeVisible()
  expect(watch.consoleErrors).toEqual([])
})

test('deleting an organisation asks first, then removes it with all its years', async ({ page }) => {
  await openData(page)
  await page.getByTestId('restore-file').setInputFiles(BACKUP_V1)
  await page.getByTestId('restore-confirm').click()
  await expect(page.getByTestId('restore-done')).toBeVisible()
  const row = page.locator('[data-testid="org-row"][data-organization="org-b"]')
  await row.getByTestId('org-delete').click()
  await expect(row).toContainText('ลบ "เทศบาลตำบลตัวอย่าง" และข้อมูลทุกปีของหน่วยงานนี้?')
  await row.getByTestId('org-delete-confirm').click()
  await expect(page.getByTestId('org-deleted')).toContainText('เทศบาลตำบลตัวอย่าง')
  await expect(page.locator('[data-testid="org-row"]')).toHaveCount(DEMO.organizations.length)
  const dump = JSON.parse(await dumpDatabase(page)) as { documents: Array<[unknown, { organizationId: string }]> }
  // What is left is the demo organisations': each itself, its year, and its measures table, plan or report.
  expect(dump.documents).toHaveLength(DEMO.kinds.length)
  expect(new Set(dump.documents.map(([, envelope]) => envelope.organizationId))).toEqual(new Set(DEMO.organizations))
})

test('a backup sealed with a passphrase shows none of the data, refuses a wrong passphrase, and restores with the right one', async ({ page, baseURL }) => {
  const watch = watchPage(page, baseURL!)
  await openData(page)
  await page.getByTestId('backup-seal').check()
  await page.getByTestId('backup-passphrase').fill('สั้น')
  await expect(page.getByTestId('backup-passphrase-problem')).toHaveText('รหัสผ่านต้องยาวอย่างน้อย 8 ตัวอักษร')
  await expect(page.getByTestId('backup-export')).toBeDisabled()
  await page.getByTestId('backup-passphrase').fill('หนองซอน 2568')
  await page.getByTestId('backup-passphrase-again').fill('หนองซอน 2567')
  await expect(page.getByTestId('backup-passphrase-problem')).toHaveText('รหัสผ่านทั้งสองช่องไม่ตรงกัน')
  await page.getByTestId('backup-passphrase-again').fill('หนองซอน 2568')
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('backup-export').click()])
  expect(download.suggestedFilename()).toMatch(/^สำรอง ITA ทุกหน่วยงาน \d{4}-\d{2}-\d{2} เข้ารหัส\.json$/)
  const sealed = await downloadedText(download)
  expect(JSON.parse(sealed)).toMatchObject({ format: 'ita-committee-backup-sealed', kdf: { name: 'PBKDF2', iterations: 600_000 } })
  for (const secret of ['หนองซอน', 'demo-nongson', 'threshold', '74.67']) expect(sealed).not.toContain(secret)
  await expect(page.getByTestId('backup-exported')).toContainText('จำรหัสผ่านไว้ให้ดี')

  // A later change, then the sealed file: a wrong passphrase changes nothing; the right one restores it.
  await page.getByRole('link', { name: 'ภาพรวม' }).click()
  await setThreshold(page, '75')
  await page.getByRole('link', { name: 'ข้อมูลและการสำรอง' }).click()
  const before = await dumpDatabase(page)
  await page.getByTestId('restore-file').setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(sealed) })
  await expect(page.getByTestId('restore-sealed')).toContainText('เข้ารหัสไว้')
  await page.getByTestId('restore-passphrase').fill('หนองซอน 2567')
  await page.getByTestId('restore-passphrase').press('Enter')
  await expect(page.getByTestId('restore-error')).toContainText('รหัสผ่านไม่ถูกต้อง')
  await expect(page.getByTestId('restore-preview')).toHaveCount(0)
  expect(await dumpDatabase(page)).toBe(before)
  await page.getByTestId('restore-passphrase').fill('หนองซอน 2568')
  await page.getByTestId('restore-open').click()
  await expect(page.getByTestId('restore-error')).toHaveCount(0)
  await page.getByTestId('restore-mode-replace').check()
  await page.getByTestId('restore-confirm').click()
  await expect(page.getByTestId('restore-done')).toContainText('แทนที่ 1 รายการ')
  await page.getByRole('link', { name: 'ภาพรวม' }).click()
  await expect(page.getByTestId('threshold-saved')).toHaveAttribute('data-value', '85')
  expect(watch.foreignRequests).toEqual([])
  expect(watch.consoleErrors).toEqual([])
})

import { expect, test, type Browser, type Page } from '@playwright/test'
import { startCouch, type TestCouch } from '../unit/sync/server'
import { readDownloadedWorkbook } from './xlsx'

/**
 * The provincial view. Two committees, each in a browser profile of its own, share a different demo
 * organisation into its own database of a real CouchDB-protocol server on 127.0.0.1 (pouchdb-server
 * with CouchDB's users and per-database security). A provincial reader, member of both databases and
 * not of a third, reads them side by side on the organisations screen, sorts, and exports the table,
 * and nothing is written, neither on the server nor in the reader's workspace.
 */

test.describe.configure({ mode: 'serial', timeout: 120_000 })

let couch: TestCouch
const DATABASES = ['ita-nongson', 'ita-bangtoei'] as const

test.beforeAll(async () => {
  couch = await startCouch()
  for (const user of ['somchai', 'wanna', 'province', 'stranger']) await couch.addUser(user, `${user}-pass`)
  await couch.addDatabase('ita-nongson', ['somchai', 'province'])
  await couch.addDatabase('ita-bangtoei', ['wanna', 'province'])
  await couch.addDatabase('ita-secret', ['stranger'])
})
test.afterAll(async () => couch?.stop())

async function member(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ acceptDownloads: true })
  const page = await context.newPage()
  await page.goto('/')
  await expect(page.getByTestId('organization-name')).toBeVisible()
  return page
}

async function openData(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'ข้อมูลและการสำรอง', exact: true }).click()
  await expect(page.getByTestId('sync-panel')).toBeVisible()
}

/** Sets the server and user on the data screen; the page reloads so its policy admits the server. */
async function configure(page: Page, user: string): Promise<void> {
  await openData(page)
  await page.getByTestId('sync-server').fill(couch.url)
  await page.getByTestId('sync-user').fill(user)
  await page.getByTestId('sync-save').click()
  await page.getByTestId('sync-reload').click()
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-state', 'waiting')
}

/** A committee shares the organisation open in its browser into its database. */
async function share(page: Page, user: string, database: string): Promise<void> {
  await configure(page, user)
  await page.getByTestId('sync-password').fill(`${user}-pass`)
  await page.getByTestId('sync-start').click()
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-state', 'in-step')
  await page.getByTestId('sync-database').fill(database)
  await page.getByTestId('sync-share-save').click()
  await expect(page.getByTestId('sync-report')).toContainText(/ส่ง [1-9]/)
}

const updateSeqs = () => Promise.all(DATABASES.map(async (database) => ((await couch.admin('GET', `/${database}`)).body as { update_seq: unknown }).update_seq))

test('a provincial reader reads two committees\' databases side by side, sorts, and exports, writing nothing', async ({ browser }) => {
  const somchai = await member(browser)
  await share(somchai, 'somchai', 'ita-nongson')
  const wanna = await member(browser)
  await wanna.getByTestId('assessment-switcher').selectOption('demo-bangtoei|2566')
  await expect(wanna.getByTestId('organization-name')).toContainText('บางเตย')
  await share(wanna, 'wanna', 'ita-bangtoei')
  // Past the app, a broken copy of a later year: the reader's view leaves it out and says so.
  const broken = (await couch.admin('GET', `/ita-bangtoei/${encodeURIComponent('assessment:demo-bangtoei:2566')}`)).body as Record<string, unknown> & { data: Record<string, unknown> & { scores: Record<string, unknown> } }
  const { _id: _unused, _rev: _rev, ...envelope } = broken
  expect((await couch.admin('PUT', `/ita-bangtoei/${encodeURIComponent('assessment:demo-bangtoei:2569')}`, {
    ...envelope, id: 'demo-bangtoei:2569', data: { ...broken.data, id: 'demo-bangtoei:2569', scores: { ...broken.data.scores, fiscalYear: 2569 }, threshold: 140 },
  })).status).toBe(201)
  const before = await updateSeqs()

  const reader = await member(browser)
  const organizations = reader.getByRole('link', { name: 'หน่วยงานทั้งหมด', exact: true })
  await organizations.click()
  await expect(reader.getByTestId('province-off')).toBeVisible()
  await configure(reader, 'province')
  await organizations.click()
  const panel = reader.getByTestId('province-panel')
  await expect(panel.getByRole('heading', { name: 'ภาพรวมจังหวัด' })).toBeVisible()
  await panel.getByTestId('province-password').fill('province-pass')
  await panel.getByTestId('province-connect-start').click()

  // CouchDB 3 lists databases to admins only: the reader types them, one a line.
  await panel.getByTestId('province-databases').fill('ita-nongson\nita-bang toei')
  await panel.getByTestId('province-read').click()
  await expect(panel.getByTestId('province-form-error')).toContainText('บรรทัดที่ 2 "ita-bang toei"')
  await panel.getByTestId('province-databases').fill('ita-nongson\nita-bangtoei\nita-secret\n')
  await panel.getByTestId('province-read').click()
  await expect(panel.getByTestId('province-progress')).toHaveText('อ่านแล้ว 3 จาก 3 ฐานข้อมูล')

  const rows = panel.getByTestId('province-row')
  await expect(rows).toHaveCount(2)
  const nongson = rows.filter({ hasText: 'หนองซอน' })
  await expect(nongson).toHaveAttribute('data-database', 'ita-nongson')
  await expect(nongson.getByTestId('province-total')).toHaveText('74.67')
  await expect(nongson.getByTestId('province-level')).toHaveText('ต้องปรับปรุง')
  await expect(nongson.getByTestId('province-measures')).toHaveText('12')
  await expect(nongson.getByTestId('province-pending')).toHaveText('12')
  const bangtoei = rows.filter({ hasText: 'บางเตย' })
  await expect(bangtoei).toHaveAttribute('data-database', 'ita-bangtoei')
  await expect(bangtoei.getByTestId('province-total')).toHaveText('-')
  await expect(bangtoei.getByTestId('province-implementation')).toContainText('85.00')
  const secret = panel.getByTestId('province-database-problem')
  await expect(secret).toHaveAttribute('data-database', 'ita-secret')
  await expect(secret).toHaveAttribute('data-code', 'no-access')
  await expect(secret).toContainText('ผู้ใช้นี้ไม่มีสิทธิ์อ่านฐานข้อมูลนี้')
  await expect(panel.getByTestId('province-database-refused')).toContainText('ita-bangtoei: ไม่ใช้ 1 รายการที่ไม่ผ่านการตรวจ')

  // Sorted by total, best first; by name on a press (Thai order), the other way on a second.
  const names = panel.getByTestId('province-name')
  await expect(names).toHaveText(['องค์การบริหารส่วนตำบลหนองซอน', 'องค์การบริหารส่วนตำบลบางเตย'])
  const byName = panel.getByTestId('province-sort-name')
  const nameHeader = panel.locator('th:has([data-testid="province-sort-name"])')
  await byName.click()
  await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending')
  await expect(names).toHaveText(['องค์การบริหารส่วนตำบลบางเตย', 'องค์การบริหารส่วนตำบลหนองซอน'])
  await byName.click()
  await expect(nameHeader).toHaveAttribute('aria-sort', 'descending')
  await expect(names).toHaveText(['องค์การบริหารส่วนตำบลหนองซอน', 'องค์การบริหารส่วนตำบลบางเตย'])
  await panel.getByTestId('province-sort-implementation').click()
  await expect(names).toHaveText(['องค์การบริหารส่วนตำบลบางเตย', 'องค์การบริหารส่วนตำบลหนองซอน'])

  // The export is the table as shown, figures as numbers.
  const downloading = reader.waitForEvent('download')
  await panel.getByTestId('province-export').click()
  const book = await readDownloadedWorkbook(await downloading)
  expect(book.fileName).toMatch(/^ภาพรวมผลการประเมิน ITA.*\.xlsx$/)
  expect(book.sheetNames).toEqual(['ภาพรวมจังหวัด'])
  const sheet = book.values('ภาพรวมจังหวัด')
  expect(sheet[3]).toEqual(expect.arrayContaining(['หน่วยงาน', 'คะแนนรวม', 'ระดับ', 'ความสำเร็จแผนปฏิบัติการ (%)']))
  expect(sheet.slice(4).map((row) => row.slice(0, 6))).toEqual([
    ['องค์การบริหารส่วนตำบลบางเตย', 'ita-bangtoei', 'อบต.', 2566, '-', '-'],
    ['องค์การบริหารส่วนตำบลหนองซอน', 'ita-nongson', 'อบต.', 2567, 74.67, 'ต้องปรับปรุง'],
  ])
  expect(sheet[4]![12]).toBe(85)

  // Read only: no database on the server moved, and the reader's own workspace is the demo as it was.
  expect(await updateSeqs()).toEqual(before)
  await expect(reader.getByTestId('organization-row')).toHaveCount(3)
  await reader.reload()
  await expect(reader.getByTestId('organization-row')).toHaveCount(3)
  await openData(reader)
  await expect(reader.getByTestId('quarantine-entry')).toHaveCount(0)
})

test('a wrong password reads nothing and asks for the password again', async ({ browser }) => {
  const reader = await member(browser)
  await configure(reader, 'province')
  await reader.getByRole('link', { name: 'หน่วยงานทั้งหมด', exact: true }).click()
  const panel = reader.getByTestId('province-panel')
  await panel.getByTestId('province-password').fill('not-the-password')
  await panel.getByTestId('province-connect-start').click()
  await panel.getByTestId('province-databases').fill('ita-nongson')
  await panel.getByTestId('province-read').click()
  await expect(panel.getByTestId('province-problem')).toHaveAttribute('data-code', 'wrong-credentials')
  await expect(panel.getByTestId('province-problem')).toContainText('ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง')
  await expect(panel.getByTestId('province-password')).toBeVisible()
  await expect(panel.getByTestId('province-row')).toHaveCount(0)
})

import { expect, test, type Browser, type Page } from '@playwright/test'
import { startCouch, type TestCouch } from '../unit/sync/server'

/**
 * Two members of a committee, each in a browser profile of their own (separate contexts: separate
 * IndexedDB, localStorage and memory), share อบต.หนองซอน through a real CouchDB-protocol server on
 * 127.0.0.1 (pouchdb-server with CouchDB's users and per-database security).
 */

test.describe.configure({ mode: 'serial', timeout: 120_000 })

let couch: TestCouch
const DATABASE = 'ita-nongson'
const ORG = 'demo-nongson'

test.beforeAll(async () => {
  couch = await startCouch({ persistent: true })
  for (const user of ['somchai', 'malee', 'outsider']) await couch.addUser(user, `${user}-pass`)
  await couch.addDatabase(DATABASE, ['somchai', 'malee'])
})
test.afterAll(async () => couch?.stop())

async function member(browser: Browser): Promise<Page> {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto('/')
  await expect(page.getByTestId('organization-name')).toBeVisible()
  return page
}

async function openData(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'ข้อมูลและการสำรอง', exact: true }).click()
  await expect(page.getByTestId('sync-panel')).toBeVisible()
}

/** Sets the server and user (the page reloads so its policy admits the server), then types the password. */
async function connect(page: Page, user: string, password = `${user}-pass`): Promise<void> {
  await openData(page)
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-state', 'off')
  await page.getByTestId('sync-server').fill(couch.url)
  await page.getByTestId('sync-user').fill(user)
  await page.getByTestId('sync-save').click()
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-state', 'reload-needed')
  await page.getByTestId('sync-reload').click()
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-state', 'waiting')
  await expect(page.locator('meta[data-policy="connect"]')).toHaveAttribute('content', `connect-src 'self' ${couch.url}`)
  await page.getByTestId('sync-password').fill(password)
  await page.getByTestId('sync-start').click()
}

async function syncNow(page: Page): Promise<void> {
  await page.getByTestId('sync-now').click()
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-state', /in-step|problem|offline/)
}

async function setThreshold(page: Page, value: string): Promise<void> {
  await page.getByRole('link', { name: 'ภาพรวม' }).first().click()
  await page.getByTestId('threshold-input').fill(value)
  await page.getByTestId('threshold-save').click()
  await expect(page.getByTestId('threshold-saved')).toHaveAttribute('data-value', value)
}

async function savedThreshold(page: Page): Promise<string | null> {
  await page.getByRole('link', { name: 'ภาพรวม' }).first().click()
  return page.getByTestId('threshold-saved').getAttribute('data-value')
}

let somchai: Page
let malee: Page

test('one member shares the organisation, another joins it, and an edit in one appears in the other', async ({ browser }) => {
  somchai = await member(browser)
  await connect(somchai, 'somchai')
  await expect(somchai.getByTestId('sync-status')).toHaveAttribute('data-state', 'in-step')
  await somchai.getByTestId('sync-database').fill(DATABASE)
  await somchai.getByTestId('sync-share-save').click()
  await expect(somchai.getByTestId('sync-report')).toContainText(/ส่ง [1-9]/)
  const listed = await couch.admin('GET', `/${DATABASE}/_all_docs`)
  expect((listed.body as { rows: Array<{ id: string }> }).rows.map((row) => row.id)).toContain(`organization:${ORG}`)

  malee = await member(browser)
  await connect(malee, 'malee')
  await malee.getByTestId('sync-join-database').fill(DATABASE)
  await malee.getByTestId('sync-join-start').click()
  await expect(malee.getByTestId('sync-told')).toContainText('เข้าร่วมแล้ว: องค์การบริหารส่วนตำบลหนองซอน')
  // Both started from the demo on a different day: what differs (the demo's import time) is shown, not overwritten.
  const conflicts = malee.getByTestId('sync-conflict')
  while (await conflicts.count() > 0) {
    await expect(conflicts.first().getByTestId('sync-difference').first()).toBeVisible()
    await conflicts.first().getByTestId('sync-take-theirs').click()
    await expect(malee.getByTestId('sync-conflict-told')).toContainText('ใช้ฉบับจากเซิร์ฟเวอร์แล้ว')
  }
  await syncNow(malee)
  await expect(conflicts).toHaveCount(0)

  await setThreshold(somchai, '80')
  await openData(somchai)
  await syncNow(somchai)
  await openData(malee)
  await syncNow(malee)
  await expect(malee.getByTestId('sync-report')).toContainText('รับ 1 รายการ')
  expect(await savedThreshold(malee)).toBe('80')
})

test('both edit offline: the conflict shows both versions, the committee keeps one, and it reaches the other', async () => {
  await somchai.context().setOffline(true)
  await malee.context().setOffline(true)
  await setThreshold(somchai, '70')
  await setThreshold(malee, '95')
  await openData(somchai)
  await expect(somchai.getByTestId('sync-status')).toHaveAttribute('data-state', 'offline')
  // Somchai is back first and his version reaches the server; then Malee's browser comes online.
  await somchai.context().setOffline(false)
  await syncNow(somchai)
  await expect.poll(async () => ((await couch.admin('GET', `/${DATABASE}/${encodeURIComponent(`assessment:${ORG}:2567`)}`)).body as { data: { threshold: number } }).data.threshold).toBe(70)
  await openData(malee)
  await malee.context().setOffline(false)
  await syncNow(malee)

  const conflict = malee.getByTestId('sync-conflict').filter({ has: malee.getByText('threshold') })
  await expect(conflict).toHaveAttribute('data-kind', 'assessment')
  const row = conflict.getByTestId('sync-difference').filter({ hasText: 'threshold' })
  await expect(row.getByTestId('sync-here')).toHaveText('95')
  await expect(row.getByTestId('sync-there')).toHaveText('70')
  // Until chosen, each keeps its own: nothing was lost or overwritten.
  expect(await savedThreshold(malee)).toBe('95')
  await openData(malee)
  // A round under way holds the organisation's sync lock (Web Locks): the choice waits for it, and says so.
  await malee.evaluate((name) => new Promise<void>((held) => {
    void navigator.locks.request(name, () => new Promise<void>((release) => {
      (window as unknown as { releaseRound: () => void }).releaseRound = release
      held()
    }))
  }), `ita-committee-sync:${ORG}`)
  await conflict.getByTestId('sync-keep-mine').click()
  await expect(malee.getByTestId('sync-conflict-choosing')).toBeVisible()
  await expect(conflict.getByTestId('sync-take-theirs')).toBeDisabled()
  // Nothing sent meanwhile: the server still holds Somchai's version.
  expect(((await couch.admin('GET', `/${DATABASE}/${encodeURIComponent(`assessment:${ORG}:2567`)}`)).body as { data: { threshold: number } }).data.threshold).toBe(70)
  await malee.evaluate(() => (window as unknown as { releaseRound: () => void }).releaseRound())
  await expect(malee.getByTestId('sync-conflict-told')).toContainText('ใช้ฉบับในเครื่องนี้')
  await expect(malee.getByTestId('sync-conflict')).toHaveCount(0)
  await syncNow(malee)

  await openData(somchai)
  await syncNow(somchai)
  expect(await savedThreshold(somchai)).toBe('95')
})

test('the server stopped mid-work and restarted: the edit made meanwhile is kept and arrives', async () => {
  await couch.kill()
  await setThreshold(somchai, '88')
  await openData(somchai)
  await syncNow(somchai)
  await expect(somchai.getByTestId('sync-status')).toHaveAttribute('data-state', 'offline')
  await expect(somchai.getByTestId('sync-problem')).toContainText('ติดต่อเซิร์ฟเวอร์ไม่ได้')
  await couch.start()
  await syncNow(somchai)
  await expect(somchai.getByTestId('sync-status')).toHaveAttribute('data-state', 'in-step')
  await openData(malee)
  await syncNow(malee)
  expect(await savedThreshold(malee)).toBe('88')
})

test('a document from the server that fails validation is quarantined, and the copy here is untouched', async () => {
  const current = (await couch.admin('GET', `/${DATABASE}/${encodeURIComponent(`assessment:${ORG}:2567`)}`)).body as Record<string, unknown> & { data: Record<string, unknown> }
  const put = await couch.admin('PUT', `/${DATABASE}/${encodeURIComponent(`assessment:${ORG}:2567`)}`, { ...current, data: { ...current.data, threshold: 140 } })
  expect(put.status).toBe(201)
  await openData(malee)
  await syncNow(malee)
  await expect(malee.getByTestId('sync-report')).toContainText('ไม่รับ 1 รายการที่ไม่ผ่านการตรวจ')
  expect(await savedThreshold(malee)).toBe('88')
  await openData(malee)
  await expect(malee.getByTestId('quarantine-entry')).toHaveCount(1)
  await expect(malee.getByTestId('quarantine-reason')).toContainText('threshold')
})

test('a user without rights to the database and a wrong password are refused with a clear Thai message', async ({ browser }) => {
  const outsider = await member(browser)
  await connect(outsider, 'outsider')
  await outsider.getByTestId('sync-database').fill(DATABASE)
  await outsider.getByTestId('sync-share-save').click()
  await expect(outsider.getByTestId('sync-problem')).toHaveAttribute('data-code', 'no-access')
  await expect(outsider.getByTestId('sync-problem')).toContainText('ผู้ใช้นี้ไม่มีสิทธิ์อ่านหรือเขียนฐานข้อมูลนี้')
  // Nothing of the outsider's reached the database.
  const listed = await couch.admin('GET', `/${DATABASE}/_all_docs`)
  expect((listed.body as { rows: unknown[] }).rows.length).toBeGreaterThan(0)

  const wrong = await member(browser)
  await connect(wrong, 'somchai', 'not-his-password')
  await expect(wrong.getByTestId('sync-status')).toHaveAttribute('data-state', 'in-step')
  await wrong.getByTestId('sync-join-database').fill(DATABASE)
  await wrong.getByTestId('sync-join-start').click()
  await expect(wrong.getByTestId('sync-form-error')).toContainText('ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง')
})

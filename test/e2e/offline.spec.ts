import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { watchPage } from './helpers'

test('after the first visit the app works with the network off, every screen included', async ({ context, page, baseURL }) => {
  const watch = watchPage(page, baseURL!)
  await page.goto('/')
  await expect(page.getByTestId('organization-name')).toHaveText('องค์การบริหารส่วนตำบลหนองซอน')
  // The worker has precached the build once it is active.
  const cached = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready
    const names = await caches.keys()
    const cache = await caches.open(names.find((name) => name.startsWith('ita-committee-'))!)
    return { scope: registration.scope, files: (await cache.keys()).map((request) => new URL(request.url).pathname) }
  })
  expect(cached.scope).toBe(`${baseURL}/`)
  expect(cached.files).toContain('/index.html')
  expect(cached.files).toContain('/manifest.webmanifest')
  expect(cached.files.some((path) => /\/assets\/DataView-.*\.js$/.test(path))).toBe(true)

  await context.setOffline(true)
  await page.reload()
  await expect(page.getByTestId('organization-name')).toHaveText('องค์การบริหารส่วนตำบลหนองซอน')
  await expect(page.getByTestId('total-score')).toHaveAttribute('data-value', '74.67')
  await expect(page.locator('canvas')).toHaveCount(1)
  // A screen not yet opened (its code loads on demand) and a deep link both work offline.
  await page.getByRole('link', { name: 'ข้อมูลและการสำรอง' }).click()
  await expect(page.getByTestId('storage-status')).toBeVisible()
  await page.goto('/data')
  await expect(page.getByRole('heading', { name: 'ข้อมูลและการสำรอง', level: 1 })).toBeVisible()
  // Work saved offline is kept.
  await page.goto('/')
  await page.getByTestId('threshold-input').fill('81')
  await page.getByTestId('threshold-save').click()
  await expect(page.getByTestId('threshold-saved')).toHaveAttribute('data-value', '81')
  await context.setOffline(false)
  await page.reload()
  await expect(page.getByTestId('threshold-saved')).toHaveAttribute('data-value', '81')
  expect(watch.foreignRequests).toEqual([])
  expect(watch.consoleErrors).toEqual([])
})

test('the app can be installed: its manifest is in Thai, its icons are local and load', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByTestId('organization-name')).toBeVisible()
  await page.evaluate(() => navigator.serviceWorker.ready)
  const cdp = await page.context().newCDPSession(page)
  const manifest = await cdp.send('Page.getAppManifest') as { url: string; errors: Array<{ message: string }>; data?: string }
  expect(manifest.url).toMatch(/\/manifest\.webmanifest$/)
  expect(manifest.errors).toEqual([])
  const parsed = JSON.parse(manifest.data!) as { name: string; short_name: string; display: string; icons: Array<{ src: string; sizes: string }> }
  expect(parsed.name).toBe('ITA วิเคราะห์ผลและมาตรการ')
  expect(parsed.display).toBe('standalone')
  for (const icon of parsed.icons) {
    expect(icon.src).not.toMatch(/^[a-z]+:/)
    const response = await page.request.get(`/${icon.src}`)
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toBe('image/png')
    const body = await response.body()
    // PNG width and height, from its header.
    expect(`${body.readUInt32BE(16)}x${body.readUInt32BE(20)}`).toBe(icon.sizes)
  }
  // Chromium's own installability check: nothing but running in a throwaway profile may stand in the way.
  const installability = await cdp.send('Page.getInstallabilityErrors') as { installabilityErrors: Array<{ errorId: string }> }
  expect(installability.installabilityErrors.map((error) => error.errorId).filter((id) => id !== 'in-incognito')).toEqual([])
})

test('the built worker precaches only files of the build, under a version that follows their content', () => {
  const worker = readFileSync(join(process.cwd(), 'dist/sw.js'), 'utf8')
  const precache = JSON.parse(/const PRECACHE = (\[.*\])/.exec(worker)![1]!) as string[]
  expect(precache).toContain('index.html')
  expect(precache.every((path) => !/^[a-z]+:|^\/\//.test(path))).toBe(true)
  expect(worker).toMatch(/const VERSION = "[0-9a-f]{16}"/)
})

import { readFile } from 'node:fs/promises'
import { chromium, type BrowserContext, type Download, type Page } from '@playwright/test'
import { chromiumArgs } from '../../playwright.config'

/** A persistent profile (one that survives a kill and a reopen) in Debian's Chromium, with the suite's settings. */
export function openProfile(profile: string, baseURL: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: chromiumArgs,
    baseURL,
    locale: 'th-TH',
    timezoneId: 'Asia/Bangkok',
  })
}

/**
 * Reads every record of every object store of the app's database, as JSON, for comparing the saved
 * state before and after something (reading only: nothing is written).
 */
export async function dumpDatabase(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('ita-committee')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    const names = [...db.objectStoreNames].sort()
    const tx = db.transaction(names, 'readonly')
    const dump: Record<string, unknown> = { version: db.version }
    await Promise.all(names.map((name) => new Promise<void>((resolve, reject) => {
      const keys = tx.objectStore(name).getAllKeys()
      const values = tx.objectStore(name).getAll()
      values.onsuccess = () => {
        dump[name] = keys.result.map((key, index) => [key, values.result[index]])
        resolve()
      }
      values.onerror = () => reject(values.error)
    })))
    db.close()
    return JSON.stringify(dump)
  })
}

/** Collects Content-Security-Policy violations from the first script on; read them with `cspViolations`. */
export async function watchContentSecurityPolicy(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = []
    Object.defineProperty(window, '__cspViolations', { value: seen })
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`))
  })
}

export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => [...((window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])])
}

export async function downloadedText(download: Download): Promise<string> {
  return readFile(await download.path(), 'utf8')
}

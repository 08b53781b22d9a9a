import { expect, type Page } from '@playwright/test'
import type { HostileCase, HostileInput, HostilePayload } from '../fixtures/hostile/cases'
import { watchPage } from './helpers'
import { dumpDatabase } from './storage-helpers'

/**
 * Feeds hostile inputs through the app's own inputs and checks that each held: a clear Thai message,
 * the saved state exactly as before (every IndexedDB store, record by record), nothing executed
 * (sentinel unset, no dialog, no prototype touched), no console error, no request to another origin.
 *
 * A new input (the import screen, in round 2) adds a feeder here: the route that shows it, how to hand
 * it a payload, and where its message appears.
 */
export interface Feeder {
  route: string
  /** Waits until the screen is ready for input. */
  ready(page: Page): Promise<void>
  feed(page: Page, payload: HostilePayload): Promise<void>
  /** Where the Thai message appears. */
  messageTestId: string
  /** What must not appear for a refused input (a preview of changes to confirm). */
  previewTestId: string
}

const dataScreenReady = async (page: Page) => {
  await expect(page.getByTestId('restore-file')).toBeEnabled()
}

export const FEEDERS: Record<HostileInput, Feeder> = {
  'restore-file': {
    route: '/data',
    ready: dataScreenReady,
    async feed(page, payload) {
      const input = page.getByTestId('restore-file')
      if (payload.kind === 'bytes') await input.setInputFiles({ name: payload.name, mimeType: payload.mimeType, buffer: Buffer.from(payload.bytes) })
      else if (payload.kind === 'path') await input.setInputFiles(payload.path)
      else throw new Error('a file input takes files')
    },
    messageTestId: 'restore-error',
    previewTestId: 'restore-preview',
  },
  'restore-paste': {
    route: '/data',
    ready: dataScreenReady,
    async feed(page, payload) {
      if (payload.kind !== 'text') throw new Error('a paste takes text')
      // A real paste: the text goes through the system clipboard and Ctrl+V (the context is granted
      // clipboard access), so the page gets the browser's own paste event.
      await page.getByText('หรือวางข้อความของไฟล์สำรอง').click()
      await page.evaluate((text) => navigator.clipboard.writeText(text), payload.text)
      await page.getByTestId('restore-paste').focus()
      await page.keyboard.press('Control+V')
    },
    messageTestId: 'restore-error',
    previewTestId: 'restore-preview',
  },
}

export interface Watch {
  dialogs: string[]
  foreignRequests: string[]
  consoleErrors: string[]
}

/** Watches a page for the whole suite: dialogs are recorded (and dismissed), as are errors and foreign requests. */
export function watchHostile(page: Page, baseURL: string): Watch {
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`)
    void dialog.dismiss()
  })
  return { dialogs, ...watchPage(page, baseURL) }
}

/** Nothing ran: no sentinel, no image or script injected, Object.prototype as it was. */
export async function expectNothingRan(page: Page): Promise<void> {
  const traces = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
    polluted: ({} as Record<string, unknown>).polluted ?? ({} as Record<string, unknown>).isAdmin ?? null,
    prototypeKeys: Object.getOwnPropertyNames(Object.prototype).length,
    injected: document.querySelectorAll('img, iframe, object, embed, main script, svg[onload]').length,
  }))
  expect(traces).toEqual({ pwned: null, polluted: null, prototypeKeys: 12, injected: 0 })
}

export async function expectHeld(page: Page, entry: HostileCase, watch: Watch): Promise<void> {
  const feeder = FEEDERS[entry.input]
  await page.goto(feeder.route)
  await feeder.ready(page)
  const before = await dumpDatabase(page)
  await feeder.feed(page, entry.make())
  const message = page.getByTestId(feeder.messageTestId)
  await expect(message).toHaveText(entry.message, { timeout: 15_000 })
  await expect(message).toHaveAttribute('role', 'alert')
  await expect(page.getByTestId(feeder.previewTestId)).toHaveCount(0)
  expect(await dumpDatabase(page)).toBe(before)
  await expectNothingRan(page)
  expect(watch.dialogs).toEqual([])
  expect(watch.consoleErrors).toEqual([])
  expect(watch.foreignRequests).toEqual([])
}

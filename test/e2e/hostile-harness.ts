import { expect, test, type BrowserContext, type Page } from '@playwright/test'
import { casesOf, removeTemporaryFiles, type AcceptedImport, type HostileCase, type HostileInput, type HostilePayload } from '../fixtures/hostile/cases'
import { watchPage } from './helpers'
import { dumpDatabase } from './storage-helpers'

/**
 * Feeds hostile inputs through the app's own inputs and checks that each held: a clear Thai message,
 * the saved state exactly as before (every IndexedDB store, record by record), nothing executed
 * (sentinel unset, no dialog, no prototype touched), no console error, no request to another origin.
 *
 * A new input adds a feeder here: the route that shows it, how to hand it a payload, where its message
 * appears and, for a screen that legitimately accepts some hostile text (the import keeps markup in a
 * name as text), what its preview shows and how to leave it unconfirmed.
 */
export interface Feeder {
  route: string
  /** Whether consecutive cases may be fed on the same page without loading the route again. */
  sharesPage?: boolean
  /** Waits until the screen is ready for input. */
  ready(page: Page): Promise<void>
  feed(page: Page, payload: HostilePayload): Promise<void>
  /** Where the Thai message appears. */
  messageTestId: string
  /** What must not appear for a refused input (a preview of changes to confirm). */
  previewTestId: string | RegExp
  /** For an accepted input: checks that the preview shows what was read, as text. */
  showsAccepted?(page: Page, accepted: AcceptedImport): Promise<void>
  /** Leaves an accepted input's preview without confirming it. */
  cancel?(page: Page): Promise<void>
}

// A screen opened right after a heavy case (a 5 MB paste, 200,000 rows) on a loaded machine can take
// longer than the default 5 s to load its data: ready waits as long as a message may take.
const READY = { timeout: 15_000 }

const dataScreenReady = async (page: Page) => {
  await expect(page.getByTestId('restore-file')).toBeEnabled(READY)
}

const importScreenReady = async (page: Page) => {
  await expect(page.getByTestId('import-file')).toBeEnabled(READY)
}

/** Hands a file to a file input, as a buffer or (a file too large for one) by its path, named as the file. */
export async function chooseFile(page: Page, testId: string, payload: HostilePayload): Promise<void> {
  const input = page.getByTestId(testId)
  if (payload.kind === 'bytes') await input.setInputFiles({ name: payload.name, mimeType: payload.mimeType, buffer: Buffer.from(payload.bytes) })
  else if (payload.kind === 'path') await input.setInputFiles(payload.path)
  else throw new Error('a file input takes files')
}

/**
 * A real paste: the text goes through the system clipboard and Ctrl+V (the context is granted clipboard
 * access), so the page gets the browser's own paste event. Checks that all of it arrived: in the box,
 * or, for a paste too long to show there, in the note `asideTestId` (its data-value is the length).
 */
export async function pasteInto(page: Page, testId: string, asideTestId: string, text: string): Promise<void> {
  // A text of many megabytes goes over in pieces (one protocol message of 300 MB closes the page),
  // joined in the page and written to the clipboard there.
  const PIECE = 4 * 1024 * 1024
  await page.evaluate(() => { (window as unknown as { __pieces: string[] }).__pieces = [] })
  for (let start = 0; start < text.length; start += PIECE) {
    await page.evaluate((piece) => { (window as unknown as { __pieces: string[] }).__pieces.push(piece) }, text.slice(start, start + PIECE))
  }
  await page.evaluate(async () => {
    const holder = window as unknown as { __pieces?: string[] }
    const whole = holder.__pieces!.join('')
    delete holder.__pieces
    await navigator.clipboard.writeText(whole)
  })
  await page.getByTestId(testId).focus()
  await page.keyboard.press('Control+V')
  const received = () => page.evaluate(([box, aside]) => {
    const note = document.querySelector(`[data-testid="${aside}"]`)
    if (note) return Number(note.getAttribute('data-value'))
    // A text box keeps line breaks as LF.
    return -(document.querySelector<HTMLTextAreaElement>(`[data-testid="${box}"]`)?.value.length ?? 0)
  }, [testId, asideTestId] as const)
  await expect.poll(received, { timeout: 30_000 }).toBe(text.length > 50_000 ? text.length : -text.replace(/\r\n?/g, '\n').length)
}

const IMPORT_PREVIEW = /^import-(batch-)?preview$/

const importAccepted: Pick<Feeder, 'showsAccepted' | 'cancel'> = {
  async showsAccepted(page, accepted) {
    if (accepted.organizations.length === 1) {
      await expect(page.getByTestId('import-preview')).toBeVisible({ timeout: 15_000 })
      await expect(page.getByTestId('preview-organization')).toHaveValue(accepted.organizations[0]!)
    } else {
      const batch = page.getByTestId('import-batch-preview')
      await expect(batch).toBeVisible({ timeout: 15_000 })
      await expect(batch.getByTestId('batch-row').locator('th')).toHaveText(accepted.organizations)
    }
    if (accepted.shows) await expect(page.getByTestId(IMPORT_PREVIEW)).toContainText(accepted.shows)
    await expect(page.getByTestId('import-error')).toHaveCount(0)
  },
  async cancel(page) {
    await page.getByTestId('import-cancel').click()
    await expect(page.getByTestId(IMPORT_PREVIEW)).toHaveCount(0)
  },
}

export const FEEDERS: Record<HostileInput, Feeder> = {
  'restore-file': {
    route: '/data',
    sharesPage: true,
    ready: dataScreenReady,
    feed: (page, payload) => chooseFile(page, 'restore-file', payload),
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
  'import-file': {
    route: '/import',
    sharesPage: true,
    ready: importScreenReady,
    feed: (page, payload) => chooseFile(page, 'import-file', payload),
    messageTestId: 'import-error',
    previewTestId: IMPORT_PREVIEW,
    ...importAccepted,
  },
  'catalogue-file': {
    route: '/catalogue',
    sharesPage: true,
    async ready(page) {
      await expect(page.getByTestId('catalogue-import')).toBeEnabled(READY)
      await expect(page.getByTestId('catalogue-title-i12')).toBeVisible(READY)
    },
    feed: (page, payload) => chooseFile(page, 'catalogue-import', payload),
    messageTestId: 'catalogue-problem',
    // The screen saves an accepted file at once and says so here: it must not, for a refused one.
    previewTestId: 'catalogue-status',
  },
  'import-paste': {
    route: '/import',
    ready: importScreenReady,
    async feed(page, payload) {
      if (payload.kind !== 'text') throw new Error('a paste takes text')
      await pasteInto(page, 'import-paste', 'import-paste-large', payload.text)
      await page.getByTestId('import-paste-read').click()
    },
    messageTestId: 'import-error',
    previewTestId: IMPORT_PREVIEW,
    ...importAccepted,
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

/** The saved state is `before` (a dumpDatabase), nothing ran, and the page opened no dialog, logged no error, asked no other origin. */
export async function expectUntouched(page: Page, before: string, watch: Watch): Promise<void> {
  expect(await dumpDatabase(page)).toBe(before)
  await expectNothingRan(page)
  expect(watch.dialogs).toEqual([])
  expect(watch.consoleErrors).toEqual([])
  expect(watch.foreignRequests).toEqual([])
}

/**
 * Feeds one case and checks that it held: refused with its Thai message and no preview, or (an input the
 * screen legitimately accepts) previewed as text; either way nothing saved changed and nothing ran.
 */
export async function expectHeld(page: Page, entry: HostileCase, watch: Watch): Promise<void> {
  const feeder = FEEDERS[entry.input]
  // A file input takes the next file on the same screen (a refused file leaves it as it was; an accepted
  // one is cancelled below), so its cases share one page load: the saved state is still dumped before
  // and after each. Pastes and a screen of another route start from a fresh load.
  if (!feeder.sharesPage || new URL(page.url()).pathname !== feeder.route) await page.goto(feeder.route)
  await feeder.ready(page)
  const before = await dumpDatabase(page)
  await feeder.feed(page, entry.make())
  if (entry.accepted) {
    if (!feeder.showsAccepted || !feeder.cancel) throw new Error(`${entry.input} accepts nothing`)
    await feeder.showsAccepted(page, entry.accepted)
  } else {
    const message = page.getByTestId(feeder.messageTestId)
    await expect(message).toHaveText(entry.message, { timeout: 15_000 })
    await expect(message).toHaveAttribute('role', 'alert')
    await expect(page.getByTestId(feeder.previewTestId)).toHaveCount(0)
  }
  // Accepted or not, nothing is saved before a confirm.
  await expectUntouched(page, before, watch)
  if (entry.accepted) await feeder.cancel!(page)
}

/**
 * One browser profile holding the demo (clipboard granted, for the pastes) for a whole spec file, with
 * its page watched (watchHostile); the temporary files cases wrote are removed when the file is done.
 * Call at the top of a spec; the page and its watch are there inside its tests.
 */
export function hostileProfile(): { page(): Page; watch(): Watch } {
  let context: BrowserContext
  let page: Page
  let watch: Watch

  test.beforeAll(async ({ browser, baseURL }) => {
    context = await browser.newContext({ baseURL, permissions: ['clipboard-read', 'clipboard-write'] })
    page = await context.newPage()
    watch = watchHostile(page, baseURL!)
    await page.goto('/')
    await expect(page.getByTestId('organization-name')).toBeVisible()
  })

  test.afterAll(async () => {
    await context.close()
    removeTemporaryFiles()
  })

  return { page: () => page, watch: () => watch }
}

/** One test per case of `inputs`, all on one hostile profile's page (hostileProfile): each case must hold (expectHeld). */
export function holdsAgainstEach(...inputs: HostileInput[]): void {
  const profile = hostileProfile()
  for (const entry of casesOf(...inputs)) {
    test(`holds against ${entry.name} (${entry.input}: ${entry.threat})`, async () => {
      await expectHeld(profile.page(), entry, profile.watch())
    })
  }
}

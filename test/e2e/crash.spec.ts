import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test, type BrowserContext, type Page } from '@playwright/test'
import { validBackup } from '../fixtures/hostile/cases'
import { dumpDatabase, openProfile } from './storage-helpers'
import { DEMO } from './helpers'

// Crash safety: the browser is killed (SIGKILL to its whole process group, as a crash or a power cut
// would) while a large restore is being written, then reopened on the same profile. What is saved must
// be the state before the restore or the state after it, in full, with nothing put in quarantine.

const ORGANIZATIONS = 500
/** The probe reports after this many writes of one transaction, and holds it open after HOLD_AT. */
const REPORT_AT = 500
const HOLD_AT = 750
const PROBE = 'crash-probe:'

/** A backup adding ORGANIZATIONS organisations, each with the demo's full assessment (1,000 documents). */
function bigBackup(): { text: string; ids: Set<string> } {
  const base = validBackup()
  const [, assessment] = base.documents
  const documents: unknown[] = []
  const ids = new Set<string>()
  for (let index = 0; index < ORGANIZATIONS; index++) {
    const id = `crash-org-${index}`
    documents.push({ kind: 'organization', id, organizationId: id, version: 1, revision: 1, updatedAt: '2026-02-01T00:00:00.000Z', data: { id, name: `หน่วยงานทดสอบ ${index}` } })
    documents.push({ ...assessment, id: `${id}:2567`, organizationId: id, data: { ...assessment!.data, id: `${id}:2567`, organizationId: id } })
    ids.add(id).add(`${id}:2567`)
  }
  return { text: JSON.stringify({ ...base, documents }), ids }
}

/**
 * Opens the profile with a probe (an init script of this test, not part of the app) on the restore's
 * write transaction, recognised by its REPORT_AT-th put: it logs when that many writes have
 * reached the database and when the transaction commits. With `holdMs`, it then keeps the transaction
 * open for that long by placing reads from its callbacks (keeping the page busy is not enough: Chromium
 * commits once the requests are done, whatever the page is doing), so a kill in that time lands inside
 * the transaction for certain, with the restore's writes made but not committed.
 */
async function launch(profile: string, baseURL: string, holdMs = 0): Promise<BrowserContext> {
  const context = await openProfile(profile, baseURL)
  await context.addInitScript(({ prefix, hold, reportAt, holdAt }) => {
    const counts = new WeakMap<IDBTransaction, number>()
    const put = IDBObjectStore.prototype.put
    IDBObjectStore.prototype.put = function probedPut(this: IDBObjectStore, ...args: Parameters<typeof put>) {
      const tx = this.transaction
      const count = (counts.get(tx) ?? 0) + 1
      counts.set(tx, count)
      const request = put.apply(this, args)
      if (count === reportAt) {
        request.addEventListener('success', () => console.log(`${prefix} ${reportAt} writes in the database, not committed`))
        tx.addEventListener('complete', () => console.log(`${prefix} committed`))
      }
      if (count === holdAt && hold > 0) {
        // Reads chained from the transaction's own callbacks keep it open (it cannot commit while its
        // callbacks place new requests), with the restore's writes made but not committed.
        const store = tx.objectStore(this.name)
        request.addEventListener('success', () => {
          const until = Date.now() + hold
          const readAgain = () => {
            if (Date.now() < until) store.get(['none', 'none']).addEventListener('success', readAgain)
          }
          readAgain()
        })
      }
      return request
    }
  }, { prefix: PROBE, hold: holdMs, reportAt: REPORT_AT, holdAt: HOLD_AT })
  return context
}

/** The browser process this test started (a child of this worker, on that profile); it leads its process group. */
function browserProcess(profile: string): number {
  const lines = execFileSync('ps', ['-o', 'pid=,ppid=,args=', '--ppid', String(process.pid)], { encoding: 'utf8' }).trim().split('\n')
  const line = lines.find((entry) => entry.includes(`--user-data-dir=${profile}`))
  if (!line) throw new Error(`no browser process on ${profile}`)
  return Number(line.trim().split(/\s+/)[0])
}

function processesOn(profile: string): string[] {
  return execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' }).split('\n').filter((entry) => entry.includes(profile))
}

interface Run {
  /** ms after REPORT_AT writes reached the database, or 'commit' to wait for it. */
  killAt: number | 'commit'
  /** How long the probe keeps the transaction open (0: the write runs at its own pace). */
  holdMs: number
}

interface Outcome extends Run {
  state: 'old' | 'new'
  committedBeforeKill: boolean
  documents: number
}

// Held open: the kill certainly lands inside the transaction, so the old state must come back.
// At its own pace: the kill races the commit (tens of milliseconds here); either state, whole.
const RUNS: Run[] = [
  { killAt: 0, holdMs: 2000 },
  { killAt: 500, holdMs: 2000 },
  { killAt: 0, holdMs: 0 },
  { killAt: 30, holdMs: 0 },
  { killAt: 'commit', holdMs: 0 },
]

test('a browser killed in the middle of a save keeps the old state or the new one, whole', async ({ baseURL }, testInfo) => {
  test.setTimeout(240_000)
  const backup = bigBackup()
  const folder = mkdtempSync(join(tmpdir(), 'ita-crash-'))
  const file = join(folder, 'big-backup.json')
  writeFileSync(file, backup.text)
  const outcomes: Outcome[] = []
  try {
    for (const [index, run] of RUNS.entries()) {
      const profile = join(folder, `profile-${index}`)
      let context = await launch(profile, baseURL!, run.holdMs)
      let page = context.pages()[0] ?? await context.newPage()
      await page.goto('/data')
      await expect(page.getByTestId('org-row')).toHaveCount(DEMO.organizations.length)
      const before = await dumpDatabase(page)
      const probe: string[] = []
      page.on('console', (message) => {
        if (message.text().startsWith(PROBE)) probe.push(message.text())
      })
      await page.getByTestId('restore-file').setInputFiles(file)
      await expect(page.getByTestId('restore-preview')).toBeVisible({ timeout: 60_000 })
      await page.getByTestId('restore-confirm').click()
      await expect.poll(() => probe.length, { timeout: 60_000 }).toBeGreaterThan(0)
      if (run.killAt === 'commit') await expect.poll(() => probe.at(-1), { timeout: 60_000 }).toBe(`${PROBE} committed`)
      else if (run.killAt > 0) {
        const delay = run.killAt
        await new Promise((resolve) => setTimeout(resolve, delay))
      }
      process.kill(-browserProcess(profile), 'SIGKILL')
      const committedBeforeKill = probe.includes(`${PROBE} committed`)
      await context.close().catch(() => undefined)
      await expect.poll(() => processesOn(profile).length, { timeout: 10_000 }).toBe(0)

      context = await launch(profile, baseURL!)
      page = context.pages()[0] ?? await context.newPage()
      await page.goto('/')
      // The app reads back (and validates) every organisation and assessment on opening.
      await expect(page.getByTestId('organization-name')).toBeVisible({ timeout: 60_000 })
      await expect(page.getByTestId('quarantine-notice')).toHaveCount(0)
      await expect(page.getByTestId('storage-problem')).toHaveCount(0)
      const after = await dumpDatabase(page)
      const dump = JSON.parse(after) as { documents: Array<[unknown, { id: string }]>; quarantine: unknown[] }
      expect(dump.quarantine).toEqual([])
      let state: Outcome['state']
      if (after === before) {
        state = 'old'
      } else {
        // Every document of the file is there, besides what was there before.
        expect(dump.documents.filter(([, envelope]) => backup.ids.has(envelope.id))).toHaveLength(backup.ids.size)
        expect(dump.documents).toHaveLength(backup.ids.size + (JSON.parse(before) as { documents: unknown[] }).documents.length)
        state = 'new'
      }
      if (run.holdMs > 0) expect(state).toBe('old')
      if (committedBeforeKill) expect(state).toBe('new')
      outcomes.push({ ...run, state, committedBeforeKill, documents: dump.documents.length })
      await context.close()
      rmSync(profile, { recursive: true, force: true })
    }
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
  const lines = outcomes.map((entry) => `${entry.killAt === 'commit' ? 'killed after the commit' : `killed ${entry.killAt} ms after ${REPORT_AT} writes reached the database${entry.holdMs ? ' (transaction held open)' : ''}`}: ${entry.state} state, ${entry.documents} documents`)
  console.log(`crash runs:\n  ${lines.join('\n  ')}`)
  await testInfo.attach('crash-runs', { body: JSON.stringify(outcomes, null, 1), contentType: 'application/json' })
})

// ---- ordinary saves ----
// The same kill, in the middle of the small saves a committee makes all day. A probe (an init script of
// this test) watches the app's writes once armed: it logs when the save's document reached the database
// and when its transaction committed, and with a hold keeps that transaction open (as above) so that the
// kill certainly lands inside it.

const SAVE_PROBE = 'save-probe:'

async function launchForSave(profile: string, baseURL: string, holdMs: number): Promise<BrowserContext> {
  const context = await openProfile(profile, baseURL)
  await context.addInitScript(({ prefix, hold }) => {
    const put = IDBObjectStore.prototype.put
    const seen = new WeakSet<IDBTransaction>()
    IDBObjectStore.prototype.put = function probedPut(this: IDBObjectStore, ...args: Parameters<typeof put>) {
      const request = put.apply(this, args)
      const tx = this.transaction
      const armed = (window as unknown as { __crashArmed?: boolean }).__crashArmed === true
      if (!armed || this.name !== 'documents' || seen.has(tx)) return request
      seen.add(tx)
      const store = tx.objectStore(this.name)
      request.addEventListener('success', () => {
        console.log(`${prefix} written, not committed`)
        if (hold > 0) {
          const until = Date.now() + hold
          const readAgain = () => {
            if (Date.now() < until) store.get(['none', 'none']).addEventListener('success', readAgain)
          }
          readAgain()
        }
      })
      tx.addEventListener('complete', () => console.log(`${prefix} committed`))
      return request
    }
  }, { prefix: SAVE_PROBE, hold: holdMs })
  return context
}

interface SaveScenario {
  name: string
  /** Where the edit is made, and the page read back after the reopen. */
  path: string
  /** The kind of the one document the save writes. */
  kind: string
  /** Waits until the screen shows its saved value. */
  ready: (page: Page) => Promise<void>
  /** Makes the edit and starts its save. */
  edit: (page: Page) => Promise<void>
  /** After the reopen: the screen shows the old value or the new one, as the database says. */
  shows: (page: Page, state: 'old' | 'new') => Promise<void>
  /** Found in the saved document once the edit is saved. */
  marker: string
}

const SCENARIOS: SaveScenario[] = [
  {
    name: 'typing a group text',
    path: '/groups',
    kind: 'group-analysis',
    marker: 'ข้อความที่พิมพ์ก่อนเครื่องดับ',
    ready: (page) => expect(page.getByTestId('group-text-4')).toHaveValue(/ข้อ i12/),
    edit: (page) => page.getByTestId('group-text-4').fill('ข้อความที่พิมพ์ก่อนเครื่องดับ'),
    shows: (page, state) => state === 'new'
      ? expect(page.getByTestId('group-text-4')).toHaveValue('ข้อความที่พิมพ์ก่อนเครื่องดับ')
      : expect(page.getByTestId('group-text-4')).toHaveValue(/ข้อ i12/),
  },
  {
    name: 'saving a measure edit',
    path: '/measures',
    kind: 'measure-plan',
    marker: 'มาตรการที่แก้ก่อนเครื่องดับ',
    ready: (page) => expect(page.getByTestId('measure-row-1').getByTestId('measure-name')).toHaveText('1. จัดทำคู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่'),
    edit: async (page) => {
      await page.getByTestId('measure-edit-1').click()
      await page.getByTestId('measure-name-input').fill('มาตรการที่แก้ก่อนเครื่องดับ')
      await page.getByTestId('measure-save').click()
    },
    shows: (page, state) => expect(page.getByTestId('measure-row-1').getByTestId('measure-name'))
      .toHaveText(state === 'new' ? '1. มาตรการที่แก้ก่อนเครื่องดับ' : '1. จัดทำคู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่'),
  },
  {
    name: 'a follow-up entry',
    path: '/follow-up',
    kind: 'follow-up',
    marker: 'ผลที่รายงานก่อนเครื่องดับ',
    ready: (page) => expect(page.getByTestId('followup-summary-1')).toHaveValue(''),
    edit: async (page) => {
      await page.getByTestId('followup-summary-1').fill('ผลที่รายงานก่อนเครื่องดับ')
      await page.getByTestId('followup-summary-1').blur()
    },
    shows: (page, state) => expect(page.getByTestId('followup-summary-1')).toHaveValue(state === 'new' ? 'ผลที่รายงานก่อนเครื่องดับ' : ''),
  },
  {
    name: 'a threshold change',
    path: '/',
    kind: 'assessment',
    marker: '"threshold":81.5',
    ready: (page) => expect(page.getByTestId('threshold-saved')).toHaveAttribute('data-value', '85'),
    edit: async (page) => {
      await page.getByTestId('threshold-input').fill('81.5')
      await page.getByTestId('threshold-save').click()
    },
    shows: (page, state) => expect(page.getByTestId('threshold-saved')).toHaveAttribute('data-value', state === 'new' ? '81.5' : '85'),
  },
]

interface SaveRun {
  /**
   * 'held': the transaction is kept open and the kill lands inside it (the old version must come back).
   * 'race': killed as soon as the document reached the database, racing the commit (either, whole).
   * 'commit': killed after the commit (the new version must come back).
   */
  kill: 'held' | 'race' | 'commit'
}
// Three kills per save kept the four tests near a minute; the commit case is the restore test's too.
const SAVE_RUNS: SaveRun[] = [{ kill: 'held' }, { kill: 'race' }]

type Envelope = { kind: string; id: string; revision: number; data: unknown }

function documentsOf(dump: string): Map<string, Envelope> {
  const parsed = JSON.parse(dump) as { documents: Array<[unknown, Envelope]>; quarantine: unknown[] }
  return new Map(parsed.documents.map(([, envelope]) => [`${envelope.kind}|${envelope.id}`, envelope]))
}

/** 'old' when every document is as before; 'new' when only the edited one changed, by one revision, with the edit in it. */
function saveOutcome(before: string, after: string, scenario: SaveScenario): 'old' | 'new' {
  const old = documentsOf(before)
  const now = documentsOf(after)
  // Nothing went missing; at most the edited document is new (a first follow-up entry).
  for (const key of old.keys()) expect(now.has(key)).toBe(true)
  const changed = [...now.entries()].filter(([key, envelope]) => JSON.stringify(envelope) !== JSON.stringify(old.get(key)))
  if (changed.length === 0) return 'old'
  expect(changed.map(([, envelope]) => envelope.kind)).toEqual([scenario.kind])
  const [[key, envelope]] = changed as [[string, Envelope]]
  expect(envelope.revision).toBe((old.get(key)?.revision ?? 0) + 1)
  expect(JSON.stringify(envelope.data)).toContain(scenario.marker)
  return 'new'
}

test.describe('a browser killed in the middle of an ordinary save', () => {
  test.describe.configure({ mode: 'parallel' })
  for (const scenario of SCENARIOS) {
    test(`${scenario.name}: what is saved is the old version or the new one, whole`, async ({ baseURL }) => {
      test.setTimeout(60_000)
      const folder = mkdtempSync(join(tmpdir(), 'ita-crash-save-'))
      const outcomes: string[] = []
      try {
        for (const [index, run] of SAVE_RUNS.entries()) {
          const profile = join(folder, `profile-${index}`)
          let context = await launchForSave(profile, baseURL!, run.kill === 'held' ? 1500 : 0)
          let page = context.pages()[0] ?? await context.newPage()
          await page.goto(scenario.path)
          await scenario.ready(page)
          await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved')
          const before = await dumpDatabase(page)
          const probe: string[] = []
          page.on('console', (message) => {
            if (message.text().startsWith(SAVE_PROBE)) probe.push(message.text())
          })
          await page.evaluate(() => { (window as unknown as { __crashArmed: boolean }).__crashArmed = true })
          await scenario.edit(page)
          await expect.poll(() => probe.length, { timeout: 10_000 }).toBeGreaterThan(0)
          if (run.kill === 'commit') await expect.poll(() => probe.includes(`${SAVE_PROBE} committed`), { timeout: 10_000 }).toBe(true)
          process.kill(-browserProcess(profile), 'SIGKILL')
          const committedBeforeKill = probe.includes(`${SAVE_PROBE} committed`)
          await context.close().catch(() => undefined)
          await expect.poll(() => processesOn(profile).length, { timeout: 10_000 }).toBe(0)

          context = await launchForSave(profile, baseURL!, 0)
          page = context.pages()[0] ?? await context.newPage()
          await page.goto(scenario.path)
          // The app opens normally: it has read back (and validated) what it shows.
          await expect(page.getByRole('navigation', { name: 'เมนูหลัก' })).toBeVisible({ timeout: 20_000 })
          await expect(page.getByTestId('assessment-switcher')).toBeVisible()
          const state = saveOutcome(before, await dumpDatabase(page), scenario)
          await scenario.shows(page, state)
          // Once the screen shows it, everything it read passed validation: nothing was put aside.
          expect((JSON.parse(await dumpDatabase(page)) as { quarantine: unknown[] }).quarantine).toEqual([])
          await expect(page.getByTestId('quarantine-notice')).toHaveCount(0)
          await expect(page.getByTestId('storage-problem')).toHaveCount(0)
          if (run.kill === 'held') expect(state).toBe('old')
          if (committedBeforeKill) expect(state).toBe('new')
          outcomes.push(`${run.kill === 'held' ? 'killed inside the held transaction' : run.kill === 'race' ? 'killed as the write reached the database' : 'killed after the commit'}: ${state}`)
          await context.close()
          rmSync(profile, { recursive: true, force: true })
        }
      } finally {
        rmSync(folder, { recursive: true, force: true })
      }
      const count = (state: string) => outcomes.filter((line) => line.endsWith(`: ${state}`)).length
      console.log(`crash runs, ${scenario.name}: ${outcomes.length} kills, ${count('old')} old, ${count('new')} new\n  ${outcomes.join('\n  ')}`)
    })
  }
})

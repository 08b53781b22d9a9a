import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, expect, test, type BrowserContext } from '@playwright/test'
import { chromiumArgs } from '../../playwright.config'
import { validBackup } from '../fixtures/hostile/cases'
import { dumpDatabase } from './storage-helpers'

// Crash safety: the browser is killed (SIGKILL, its whole process group, as a crash or a power cut
// would) while a large restore is being written, then reopened on the same profile. What is saved must
// be the state before the restore or the state after it, in full, with nothing put in quarantine.

const ORGANIZATIONS = 1000

/** A backup adding ORGANIZATIONS organisations, each with the demo's full assessment. */
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

async function launch(profile: string, baseURL: string): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: chromiumArgs,
    baseURL,
    locale: 'th-TH',
    timezoneId: 'Asia/Bangkok',
  })
  // A probe, not part of the app: says on the console when a large write transaction has its writes
  // queued and when it has committed, so the test knows whether its kill landed inside the write.
  await context.addInitScript(() => {
    const counts = new WeakMap<IDBTransaction, number>()
    const put = IDBObjectStore.prototype.put
    IDBObjectStore.prototype.put = function probedPut(this: IDBObjectStore, ...args: Parameters<typeof put>) {
      const tx = this.transaction
      const count = (counts.get(tx) ?? 0) + 1
      counts.set(tx, count)
      if (count === 1000) {
        console.log('crash-probe: bulk write queued')
        tx.addEventListener('complete', () => console.log('crash-probe: bulk write committed'))
      }
      return put.apply(this, args)
    }
  })
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

type Outcome = 'old' | 'new'

test('a browser killed in the middle of a save keeps the old state or the new one, whole', async ({ baseURL }, testInfo) => {
  test.setTimeout(240_000)
  const backup = bigBackup()
  const folder = mkdtempSync(join(tmpdir(), 'ita-crash-'))
  const file = join(folder, 'big-backup.json')
  writeFileSync(file, backup.text)
  // Delays after the restore's writes are queued in one transaction; the last run waits for its commit.
  const delays: Array<number | 'after'> = [0, 25, 50, 100, 'after']
  const outcomes: Array<{ delay: number | 'after'; outcome: Outcome; committedBeforeKill: boolean; documents: number; writeMs: number | null }> = []
  try {
    for (const [run, delay] of delays.entries()) {
      const profile = join(folder, `profile-${run}`)
      let context = await launch(profile, baseURL!)
      let page = context.pages()[0] ?? await context.newPage()
      await page.goto('/data')
      await expect(page.getByTestId('org-row')).toHaveCount(1)
      const before = await dumpDatabase(page)
      await page.getByTestId('restore-file').setInputFiles(file)
      await expect(page.getByTestId('restore-preview')).toBeVisible({ timeout: 60_000 })
      const probe: string[] = []
      page.on('console', (message) => {
        if (message.text().startsWith('crash-probe:')) probe.push(message.text())
      })
      await page.getByTestId('restore-confirm').click()
      await expect.poll(() => probe.length, { timeout: 60_000 }).toBeGreaterThan(0)
      const started = Date.now()
      let writeMs: number | null = null
      if (delay === 'after') {
        await expect.poll(() => probe.length, { timeout: 60_000 }).toBe(2)
        writeMs = Date.now() - started
      } else if (delay > 0) {
        await new Promise((resolve) => setTimeout(resolve, delay))
      }
      const pid = browserProcess(profile)
      process.kill(-pid, 'SIGKILL')
      const committedBeforeKill = probe.includes('crash-probe: bulk write committed')
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
      const dump = JSON.parse(after) as { documents: Array<[unknown, { id: string; data: unknown }]>; quarantine: unknown[] }
      expect(dump.quarantine).toEqual([])
      let outcome: Outcome
      if (after === before) {
        outcome = 'old'
      } else {
        // Everything of the file is there, exactly, besides what was there before.
        const restored = dump.documents.filter(([, envelope]) => backup.ids.has(envelope.id))
        expect(restored).toHaveLength(backup.ids.size)
        expect(dump.documents).toHaveLength(backup.ids.size + (JSON.parse(before) as { documents: unknown[] }).documents.length)
        outcome = 'new'
      }
      if (committedBeforeKill) expect(outcome).toBe('new')
      outcomes.push({ delay, outcome, committedBeforeKill, documents: dump.documents.length, writeMs })
      console.log(`run ${run}: ${JSON.stringify(outcomes.at(-1))}`)
      await context.close()
      rmSync(profile, { recursive: true, force: true })
    }
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
  const report = outcomes.map((entry) => `kill ${entry.delay === 'after' ? 'after the commit' : `${entry.delay} ms after the writes were queued`} (${entry.committedBeforeKill ? 'committed before the kill' : 'not committed before the kill'}): ${entry.outcome} state, ${entry.documents} documents${entry.writeMs === null ? '' : `; the write took ${entry.writeMs} ms`}`)
  // Killed inside the write at least once, or the test proved nothing.
  expect(outcomes.some((entry) => !entry.committedBeforeKill)).toBe(true)
  console.log(`crash runs:\n  ${report.join('\n  ')}`)
  await testInfo.attach('crash-runs', { body: JSON.stringify(outcomes, null, 1), contentType: 'application/json' })
})

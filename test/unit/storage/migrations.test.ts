import 'fake-indexeddb/auto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { openDB } from 'idb'
import {
  DATABASE_UPGRADES, DATABASE_VERSION, DOCUMENT_KINDS, DocumentStore, ORGANIZATION, ASSESSMENT, EnvelopeSchema, upgradeData,
  type DocumentKind, type Envelope,
} from '@/storage'

// Every stored shape, frozen in test/fixtures/storage (see its README), must still open with this code.
const FIXTURES = join(process.cwd(), 'test/fixtures/storage')

function readEnvelopes(path: string): Envelope[] {
  return z.array(EnvelopeSchema).parse(JSON.parse(readFileSync(path, 'utf8')))
}

/** A test-only kind whose shape changed twice: v1 { name }, v2 { title }, v3 { title, year }. */
const TEST_NOTE: DocumentKind<{ title: string; year: number }> = {
  kind: 'test-note', version: 3, schema: z.object({ title: z.string().min(1), year: z.number().int() }),
  migrations: {
    1: (data) => ({ title: (data as { name: string }).name }),
    2: (data) => ({ ...(data as { title: string }), year: 2567 }),
  },
}

let counter = 0

describe('document kinds: every shape ever saved is migrated to the current one', () => {
  for (const kind of [...DOCUMENT_KINDS, TEST_NOTE as DocumentKind]) {
    for (let version = 1; version <= kind.version; version++) {
      it(`${kind.kind} v${version} -> v${kind.version}`, async () => {
        const path = join(FIXTURES, 'documents', kind.kind, `v${version}.json`)
        expect(existsSync(path), `add ${path}: one or two documents of kind "${kind.kind}" as the app saved them at shape ${version}`).toBe(true)
        const envelopes = readEnvelopes(path)
        expect(envelopes.length).toBeGreaterThan(0)
        for (const envelope of envelopes) {
          expect(envelope.kind).toBe(kind.kind)
          expect(envelope.version).toBe(version)
          expect(() => upgradeData(kind, envelope.version, envelope.data)).not.toThrow()
        }
        // Through the real store: read back without quarantine and saved in the current shape.
        const store = await DocumentStore.open(`migrations-${++counter}`)
        for (const envelope of envelopes) await store.db.put('documents', envelope)
        const read = await store.list(kind)
        expect(read.quarantined).toEqual([])
        expect(read.documents).toHaveLength(envelopes.length)
        for (const envelope of envelopes) expect((await store.db.get('documents', [kind.kind, envelope.id]))?.version).toBe(kind.version)
        store.close()
      })
    }
  }

  it('has fixtures only for kinds that exist', () => {
    const known = new Set([...DOCUMENT_KINDS, TEST_NOTE as DocumentKind].map((kind) => kind.kind))
    expect(readdirSync(join(FIXTURES, 'documents')).filter((name) => !known.has(name))).toEqual([])
  })

  it('migrates the test-only kind step by step to what each step adds', () => {
    const [v1] = readEnvelopes(join(FIXTURES, 'documents/test-note/v1.json'))
    const [v2] = readEnvelopes(join(FIXTURES, 'documents/test-note/v2.json'))
    expect(upgradeData(TEST_NOTE, v1!.version, v1!.data)).toEqual({ title: 'บันทึกแรก', year: 2567 })
    expect(upgradeData(TEST_NOTE, v2!.version, v2!.data)).toEqual({ title: 'บันทึกที่สอง', year: 2567 })
  })

  it('says why when a migration is missing instead of guessing', () => {
    const gap: DocumentKind = { ...TEST_NOTE, migrations: { 1: TEST_NOTE.migrations[1]! } } as DocumentKind
    expect(() => upgradeData(gap, 1, { name: 'x' })).toThrow(/no migration from shape 2/)
  })
})

interface DatabaseDump {
  version: number
  stores: Record<string, unknown[]>
}

/** Recreates a database as an older version of the app left it: its stores at that version, its records. */
async function restoreDump(name: string, dump: DatabaseDump): Promise<void> {
  const db = await openDB(name, dump.version, {
    upgrade(database, oldVersion, _newVersion, tx) {
      for (let version = oldVersion; version < dump.version; version++) DATABASE_UPGRADES[version]!(database, tx as never)
    },
  })
  for (const [store, records] of Object.entries(dump.stores)) for (const record of records) await db.put(store as never, record as never)
  db.close()
}

describe('the database: every schema version opens with the current code', () => {
  const dumps = readdirSync(join(FIXTURES, 'database')).filter((name) => /^v\d+\.json$/.test(name))

  it('has a dump of every database version', () => {
    for (let version = 1; version <= DATABASE_VERSION; version++) expect(dumps).toContain(`v${version}.json`)
  })

  for (const file of dumps) {
    it(`opens a ${file.replace('.json', '')} database and keeps documents, quarantine and settings`, async () => {
      const dump = JSON.parse(readFileSync(join(FIXTURES, 'database', file), 'utf8')) as DatabaseDump
      const name = `database-${++counter}`
      await restoreDump(name, dump)
      const store = await DocumentStore.open(name)
      expect(store.db.version).toBe(DATABASE_VERSION)
      const organizations = await store.list(ORGANIZATION)
      const assessments = await store.list(ASSESSMENT)
      expect(organizations.quarantined).toEqual([])
      expect(assessments.quarantined).toEqual([])
      expect(organizations.documents.length + assessments.documents.length).toBe(dump.stores.documents!.length)
      expect(assessments.documents[0]?.scores.publishedTotal).toBe(74.67)
      expect(await store.quarantined()).toHaveLength(dump.stores.quarantine!.length)
      expect(await store.getMeta('settings')).toEqual({ digits: 'thai' })
      store.close()
    })
  }

  it('runs a later upgrade step on an older database without touching its data', async () => {
    const dump = JSON.parse(readFileSync(join(FIXTURES, 'database/v1.json'), 'utf8')) as DatabaseDump
    const name = `database-${++counter}`
    await restoreDump(name, dump)
    // A future version 2 adds an index; opening runs only that step on the v1 database.
    const upgrades = [...DATABASE_UPGRADES, ((_db, tx) => { tx.objectStore('documents').createIndex('byUpdatedAt', 'updatedAt') }) as (typeof DATABASE_UPGRADES)[number]]
    const store = await DocumentStore.open(name, { upgrades })
    expect(store.db.version).toBe(DATABASE_UPGRADES.length + 1)
    expect(await store.db.count('documents')).toBe(dump.stores.documents!.length)
    const raw = store.db as unknown as { getAllFromIndex(store: string, index: string): Promise<Envelope[]> }
    expect(await raw.getAllFromIndex('documents', 'byUpdatedAt')).toHaveLength(dump.stores.documents!.length)
    expect((await store.list(ASSESSMENT)).documents).toHaveLength(1)
    store.close()
  })

  it('refuses to open a database left by a newer version of the app', async () => {
    const name = `database-${++counter}`
    const future = await openDB(name, DATABASE_VERSION + 1, { upgrade: (db) => { db.createObjectStore('documents') } })
    future.close()
    await expect(DocumentStore.open(name)).rejects.toMatchObject({ name: 'VersionError' })
  })
})

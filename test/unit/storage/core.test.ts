import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { z } from 'zod'
import {
  ASSESSMENT, DocumentCore, DocumentValidationError, IndexedDbRecords, MemoryRecords, ORGANIZATION, RevisionConflictError, openDatabase,
  type DocumentKind, type Envelope, type RawRecordStore, type UnreadableDocument,
} from '@/storage'
import { demoWorkspace } from '@/app/demo-workspace'

/**
 * The document rules (core.ts) hold the same over every raw record store: each case runs against
 * IndexedDB (fake-indexeddb) and memory, writing and inspecting the raw records beneath the core.
 */

let counter = 0
const opened: RawRecordStore[] = []
afterEach(() => opened.splice(0).forEach((records) => records.close()))

const rawStores: Array<[string, () => Promise<RawRecordStore>]> = [
  ['IndexedDB', async () => new IndexedDbRecords(await openDatabase(`core-${++counter}`))],
  ['memory', async () => new MemoryRecords()],
]

async function setUp(open: () => Promise<RawRecordStore>) {
  const records = await open()
  opened.push(records)
  const core = new DocumentCore(records)
  const told: UnreadableDocument[] = []
  core.onQuarantine = (document) => told.push(document)
  return { records, core, told }
}

/** Writes records as they would be found on disk, past every rule. */
function putRaw(records: RawRecordStore, ...envelopes: Envelope[]): Promise<void> {
  return records.transact({}, () => ({ put: envelopes }))
}

function envelope(kind: string, id: string, organizationId: string | null, data: unknown, version = 1, revision = 1): Envelope {
  return { kind, id, organizationId, version, revision, updatedAt: '2026-01-01T00:00:00Z', data }
}

const NOTE: DocumentKind<{ title: string; year: number }> = {
  kind: 'note', version: 3, schema: z.object({ title: z.string(), year: z.number() }),
  migrations: {
    1: (data) => ({ title: (data as { name: string }).name }),
    2: (data) => ({ ...(data as object), year: 2567 }),
  },
}

function demo() {
  const { organization, assessments } = demoWorkspace()
  const assessment = assessments[0]!
  return {
    organization, assessment,
    writes: [
      { kind: ORGANIZATION, id: organization.id, organizationId: organization.id, data: organization },
      { kind: ASSESSMENT, id: assessment.id, organizationId: organization.id, data: assessment },
    ],
  }
}

describe.each(rawStores)('the document core over raw records (%s)', (_name, open) => {
  it('puts a record that no longer validates aside, tells about it, and keeps it until discarded', async () => {
    const { records, core, told } = await setUp(open)
    await putRaw(records, envelope('organization', 'broken', 'broken', { id: 'broken', name: '' }), envelope('organization', 'fine', 'fine', { id: 'fine', name: 'ดี' }))
    const read = await core.list(ORGANIZATION)
    expect(read.documents.map((organization) => organization.id)).toEqual(['fine'])
    expect(read.quarantined).toEqual([{ id: 'broken', reason: expect.stringContaining('name') as string }])
    expect(told).toMatchObject([{ kind: 'organization', id: 'broken', code: 'invalid-data' }])
    // Moved, not copied: gone from the records, whole in the quarantine.
    expect(await records.get(['organization', 'broken'])).toBeUndefined()
    const aside = await core.quarantined()
    expect(aside).toHaveLength(1)
    expect(aside[0]!.raw).toEqual(envelope('organization', 'broken', 'broken', { id: 'broken', name: '' }))
    expect(aside[0]!.issues?.[0]?.path).toBe('name')
    await core.discardQuarantined(aside[0]!.seq!)
    expect(await core.quarantined()).toEqual([])
  })

  it('migrates an older version step by step and saves it back with a new revision', async () => {
    const { records, core } = await setUp(open)
    await putRaw(records, envelope('note', 'n1', null, { name: 'old' }, 1, 4))
    const stored = await core.getStored(NOTE, 'n1')
    expect(stored).toMatchObject({ id: 'n1', revision: 5, data: { title: 'old', year: 2567 } })
    expect(await records.get(['note', 'n1'])).toMatchObject({ version: 3, revision: 5, data: { title: 'old', year: 2567 } })
    // Read again, it is current: no further rewrite.
    expect((await core.getStored(NOTE, 'n1'))?.revision).toBe(5)
  })

  it('refuses a batch with one stale revision and writes nothing of it', async () => {
    const { records, core } = await setUp(open)
    const { writes, organization, assessment } = demo()
    await core.putMany(writes)
    await core.putMany([{ ...writes[1]!, data: { ...assessment, threshold: 70 }, baseRevision: 1 }])
    const stale = core.putMany([
      { kind: ORGANIZATION, id: 'new', organizationId: 'new', data: { id: 'new', name: 'ใหม่' }, baseRevision: null },
      { ...writes[1]!, data: { ...assessment, threshold: 60 }, baseRevision: 1 },
    ])
    await expect(stale).rejects.toBeInstanceOf(RevisionConflictError)
    await expect(stale).rejects.toMatchObject({ conflicts: [{ kind: 'assessment', id: assessment.id, expected: 1, actual: 2 }] })
    expect(await records.get(['organization', 'new'])).toBeUndefined()
    expect(await records.get(['assessment', assessment.id])).toMatchObject({ revision: 2, data: { threshold: 70 } })
    expect((await core.get(ORGANIZATION, organization.id))?.id).toBe(organization.id)
  })

  it('writes nothing of a batch when one document fails validation', async () => {
    const { records, core } = await setUp(open)
    const { writes } = demo()
    await expect(core.putMany([...writes, { kind: ORGANIZATION, id: 'bad', organizationId: 'bad', data: { id: 'bad', name: '' } }]))
      .rejects.toBeInstanceOf(DocumentValidationError)
    expect(await records.count()).toBe(0)
    expect(await core.isEmpty()).toBe(true)
  })

  it('applies a bulk change all or nothing, checking revisions in the transaction that writes', async () => {
    const { records, core } = await setUp(open)
    const { writes, assessment } = demo()
    await core.putMany(writes)
    const change = {
      put: [{ kind: 'organization', id: 'org-b', organizationId: 'org-b', version: 1, updatedAt: '2026-01-01T00:00:00Z', data: { id: 'org-b', name: 'บี' } }],
      delete: [{ kind: 'assessment', id: assessment.id }],
      expected: new Map<string, number | null>([[JSON.stringify(['organization', 'org-b']), null], [JSON.stringify(['assessment', assessment.id]), 2]]),
    }
    await expect(core.applyBulk(change)).rejects.toMatchObject({ conflicts: [{ kind: 'assessment', id: assessment.id, expected: 2, actual: 1 }] })
    expect(await records.get(['organization', 'org-b'])).toBeUndefined()
    expect(await records.get(['assessment', assessment.id])).toBeDefined()
    await core.applyBulk({ ...change, expected: new Map([[JSON.stringify(['assessment', assessment.id]), 1]]) })
    expect(await records.get(['organization', 'org-b'])).toMatchObject({ revision: 1 })
    expect(await records.get(['assessment', assessment.id])).toBeUndefined()
  })

  it('rolls back a raw transaction whose decision throws, or whose changes cannot all be stored', async () => {
    const { records } = await setUp(open)
    await putRaw(records, envelope('organization', 'a', 'a', { id: 'a', name: 'เอ' }))
    await expect(records.transact({ keys: [['organization', 'a']] }, (current) => {
      expect([...current.keys()]).toEqual([JSON.stringify(['organization', 'a'])])
      throw new Error('decided against it')
    })).rejects.toThrow('decided against it')
    // The delete is queued first; the put after it cannot be stored (a function does not clone): neither happens.
    await expect(records.transact({}, () => ({
      delete: [['organization', 'a']],
      put: [envelope('organization', 'b', 'b', { id: 'b', name: () => 'บี' })],
    }))).rejects.toThrow()
    expect((await records.listAll()).map((record) => record.id)).toEqual(['a'])
    expect(await records.quarantined()).toEqual([])
  })

  it('deletes an organisation with everything that belongs to it, and nothing else', async () => {
    const { records, core } = await setUp(open)
    const { writes, organization } = demo()
    await core.putMany([...writes, { kind: ORGANIZATION, id: 'other', organizationId: 'other', data: { id: 'other', name: 'อื่น' } }])
    await putRaw(records, envelope('from-the-future', 'f1', organization.id, { x: 1 }))
    await core.deleteOrganization(organization.id)
    expect((await records.listAll()).map((record) => `${record.kind} ${record.id}`)).toEqual(['organization other'])
  })

  it('reads everything for a backup: an unknown kind left in place, a record that is no envelope put aside', async () => {
    const { records, core, told } = await setUp(open)
    const { writes } = demo()
    await core.putMany(writes)
    await putRaw(records, envelope('from-the-future', 'f1', null, { x: 1 }, 7), { kind: 'organization', id: 'no-envelope', data: {} } as unknown as Envelope)
    const all = await core.readAll()
    expect(all.envelopes.map((found) => found.kind).sort()).toEqual(['assessment', 'organization'])
    expect(all.unknown).toEqual([{ kind: 'from-the-future', id: 'f1' }])
    expect(all.quarantined).toEqual([{ kind: 'organization', id: 'no-envelope', reason: 'not a document envelope' }])
    expect(told).toMatchObject([{ id: 'no-envelope', code: 'bad-envelope' }])
    expect(await records.get(['from-the-future', 'f1'])).toMatchObject({ version: 7, revision: 1 })
    expect(await records.get(['organization', 'no-envelope'])).toBeUndefined()
    expect((await core.revisions()).get(JSON.stringify(['from-the-future', 'f1']))).toBe(1)
  })
})

import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { z } from 'zod'
import {
  ASSESSMENT, DocumentStore, DocumentValidationError, GROUP_ANALYSIS, MemoryDocumentStore, ORGANIZATION, RECOMMENDATION_OVERRIDES,
  RevisionConflictError, documentKey, kindNamed, type DocumentBackend, type DocumentKind,
} from '@/storage'
import { demoWorkspace } from '@/app/demo-workspace'

let counter = 0
const opened: DocumentBackend[] = []
async function freshStore(): Promise<DocumentStore> {
  const store = await DocumentStore.open(`test-${++counter}`)
  opened.push(store)
  return store
}
afterEach(() => opened.splice(0).forEach((store) => store.close()))

const backends: Array<[string, () => Promise<DocumentBackend>]> = [
  ['IndexedDB', freshStore],
  ['memory', async () => new MemoryDocumentStore()],
]

function demoWrites() {
  const { organization, assessments } = demoWorkspace()
  return {
    organization, assessment: assessments[0]!,
    writes: [
      { kind: ORGANIZATION, id: organization.id, organizationId: organization.id, data: organization },
      { kind: ASSESSMENT, id: assessments[0]!.id, organizationId: organization.id, data: assessments[0] },
    ],
  }
}

describe.each(backends)('document backend (%s)', (_name, open) => {
  it('saves an organisation with its assessment and reads them back validated, with revisions', async () => {
    const store = await open()
    const { writes } = demoWrites()
    const receipts = await store.putMany(writes)
    expect(receipts.map((receipt) => receipt.revision)).toEqual([1, 1])
    const read = await store.list(ASSESSMENT)
    expect(read.quarantined).toEqual([])
    expect(read.documents[0]?.scores.publishedTotal).toBe(74.67)
    expect(read.entries[0]?.revision).toBe(1)
    expect(await store.isEmpty()).toBe(false)
  })

  it('refuses to write invalid data and writes nothing of the batch', async () => {
    const store = await open()
    const { organization } = demoWrites()
    await expect(store.putMany([
      { kind: ORGANIZATION, id: organization.id, organizationId: organization.id, data: organization },
      { kind: ASSESSMENT, id: 'x', organizationId: organization.id, data: { id: 'x' } },
    ])).rejects.toBeInstanceOf(DocumentValidationError)
    expect(await store.isEmpty()).toBe(true)
  })

  it('refuses a document whose data names another organisation than its envelope', async () => {
    const store = await open()
    const { assessment } = demoWrites()
    await expect(store.putMany([{ kind: ASSESSMENT, id: assessment.id, organizationId: 'someone-else', data: assessment }]))
      .rejects.toThrow(/differs from the envelope/)
  })

  it('writes a change based on the revision stored and refuses one based on an older revision, writing nothing', async () => {
    const store = await open()
    const { writes, assessment } = demoWrites()
    await store.putMany(writes)
    // Tab A saves a new threshold on revision 1.
    await store.putMany([{ kind: ASSESSMENT, id: assessment.id, organizationId: assessment.organizationId, data: { ...assessment, threshold: 80 }, baseRevision: 1 }])
    // Tab B, still on revision 1, tries to save another change together with a new organisation.
    const error = await store.putMany([
      { kind: ORGANIZATION, id: 'new-org', organizationId: 'new-org', data: { id: 'new-org', name: 'ใหม่' }, baseRevision: null },
      { kind: ASSESSMENT, id: assessment.id, organizationId: assessment.organizationId, data: { ...assessment, threshold: 90 }, baseRevision: 1 },
    ]).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(RevisionConflictError)
    expect((error as RevisionConflictError).conflicts).toEqual([{ kind: 'assessment', id: assessment.id, expected: 1, actual: 2 }])
    const stored = await store.getStored(ASSESSMENT, assessment.id)
    expect(stored?.data.threshold).toBe(80)
    expect(stored?.revision).toBe(2)
    expect(await store.get(ORGANIZATION, 'new-org')).toBeNull()
  })

  it('treats creating what another tab already created as a conflict', async () => {
    const store = await open()
    const { writes, organization } = demoWrites()
    await store.putMany(writes)
    await expect(store.putMany([{ kind: ORGANIZATION, id: organization.id, organizationId: organization.id, data: organization, baseRevision: null }]))
      .rejects.toBeInstanceOf(RevisionConflictError)
  })

  it('keeps a document that no longer validates aside, with the reason, instead of dropping it', async () => {
    const store = await open()
    await store.applyBulk({
      put: [{ kind: 'organization', id: 'broken', organizationId: 'broken', version: 1, updatedAt: '2026-01-01T00:00:00Z', data: { id: 'broken', name: '' } }],
      delete: [], expected: new Map(),
    })
    const read = await store.list(ORGANIZATION)
    expect(read.documents).toEqual([])
    expect(read.quarantined[0]?.id).toBe('broken')
    const aside = await store.quarantined()
    expect(aside).toHaveLength(1)
    expect(aside[0]?.reason).toContain('name')
    expect(aside[0]?.code).toBe('invalid-data')
    expect((aside[0]?.raw as { data: { id: string } }).data.id).toBe('broken')
    // Only an explicit discard removes it.
    await store.discardQuarantined(aside[0]!.seq!)
    expect(await store.quarantined()).toEqual([])
  })

  it('reads everything for a backup, leaving documents of unknown kinds in place', async () => {
    const store = await open()
    const { writes } = demoWrites()
    await store.putMany(writes)
    await store.applyBulk({
      put: [{ kind: 'from-the-future', id: 'f1', organizationId: null, version: 1, updatedAt: '2026-01-01T00:00:00Z', data: { x: 1 } }],
      delete: [], expected: new Map(),
    })
    const all = await store.readAll()
    expect(all.envelopes.map((envelope) => envelope.kind).sort()).toEqual(['assessment', 'organization'])
    expect(all.unknown).toEqual([{ kind: 'from-the-future', id: 'f1' }])
    expect((await store.revisions()).get(documentKey('from-the-future', 'f1'))).toBe(1)
  })

  it('applies a bulk change all at once, or not at all when a document moved since it was planned', async () => {
    const store = await open()
    const { writes, organization, assessment } = demoWrites()
    await store.putMany(writes)
    const change = {
      put: [{ kind: 'organization', id: 'org-b', organizationId: 'org-b', version: 1, updatedAt: '2026-01-01T00:00:00Z', data: { id: 'org-b', name: 'บี' } }],
      delete: [{ kind: 'assessment', id: assessment.id }],
      expected: new Map<string, number | null>([[documentKey('organization', 'org-b'), null], [documentKey('assessment', assessment.id), 1]]),
    }
    // Another tab saves the assessment in between: nothing of the change is applied.
    await store.putMany([{ kind: ASSESSMENT, id: assessment.id, organizationId: organization.id, data: { ...assessment, threshold: 70 } }])
    await expect(store.applyBulk(change)).rejects.toBeInstanceOf(RevisionConflictError)
    expect(await store.get(ORGANIZATION, 'org-b')).toBeNull()
    expect((await store.get(ASSESSMENT, assessment.id))?.threshold).toBe(70)
    // Planned again on the new revision, it applies.
    await store.applyBulk({ ...change, expected: new Map<string, number | null>([[documentKey('organization', 'org-b'), null], [documentKey('assessment', assessment.id), 2]]) })
    expect((await store.get(ORGANIZATION, 'org-b'))?.name).toBe('บี')
    expect(await store.get(ASSESSMENT, assessment.id)).toBeNull()
  })

  it('deletes an organisation with everything that belongs to it, and nothing else', async () => {
    const store = await open()
    const { writes, organization } = demoWrites()
    await store.putMany([...writes, { kind: ORGANIZATION, id: 'other', organizationId: 'other', data: { id: 'other', name: 'อื่น' } }])
    await store.deleteOrganization(organization.id)
    expect((await store.list(ORGANIZATION)).documents.map((entry) => entry.id)).toEqual(['other'])
    expect((await store.list(ASSESSMENT)).documents).toEqual([])
  })

  it('migrates an older shape one version at a time', async () => {
    const store = await open()
    const kind: DocumentKind<{ title: string; year: number }> = {
      kind: 'note', version: 3, schema: z.object({ title: z.string(), year: z.number() }),
      migrations: {
        1: (data) => ({ title: (data as { name: string }).name }),
        2: (data) => ({ ...(data as object), year: 2567 }),
      },
    }
    await store.applyBulk({ put: [{ kind: 'note', id: 'n1', organizationId: null, version: 1, updatedAt: '', data: { name: 'old' } }], delete: [], expected: new Map() })
    const read = await store.list(kind)
    expect(read.documents).toEqual([{ title: 'old', year: 2567 }])
  })
})

describe('document store (IndexedDB)', () => {
  it('saves the migrated shape back, with a new revision', async () => {
    const store = await freshStore()
    const kind: DocumentKind<{ title: string }> = {
      kind: 'note', version: 2, schema: z.object({ title: z.string() }),
      migrations: { 1: (data) => ({ title: (data as { name: string }).name }) },
    }
    await store.db.put('documents', { kind: 'note', id: 'n1', organizationId: null, version: 1, revision: 1, updatedAt: '', data: { name: 'old' } })
    const read = await store.list(kind)
    expect(read.entries[0]?.revision).toBe(2)
    const saved = await store.db.get('documents', ['note', 'n1'])
    expect(saved?.version).toBe(2)
    expect(saved?.data).toEqual({ title: 'old' })
  })

  it('puts a document of a newer shape aside instead of guessing', async () => {
    const store = await freshStore()
    await store.db.put('documents', { kind: 'organization', id: 'o', organizationId: 'o', version: 9, revision: 1, updatedAt: '', data: { id: 'o', name: 'x' } })
    expect(await store.get(ORGANIZATION, 'o')).toBeNull()
    const [entry] = await store.quarantined()
    expect(entry?.code).toBe('newer-shape')
    expect(await store.db.get('documents', ['organization', 'o'])).toBeUndefined()
  })
})

describe('analysis texts and recommendation edits', () => {
  it('save the seven groups\' texts and an organisation\'s recommendations, and refuse a malformed one', async () => {
    const store = await freshStore()
    const groups = { organizationId: 'demo', fiscalYear: 2567, groups: [{ group: 4, text: 'แก้แล้ว', draft: 'ร่าง', edited: true }] }
    const edits = { organizationId: 'demo', fiscalYear: 2567, overrides: [{ code: 'i12', text: 'หน่วยงานควรตรวจนับ (อ้างอิงจาก o10)' }] }
    await store.put(GROUP_ANALYSIS, 'demo:2567', 'demo', groups)
    await store.put(RECOMMENDATION_OVERRIDES, 'demo:2567', 'demo', edits)
    expect(await store.get(GROUP_ANALYSIS, 'demo:2567')).toEqual(groups)
    expect(await store.get(RECOMMENDATION_OVERRIDES, 'demo:2567')).toEqual(edits)
    await expect(store.put(GROUP_ANALYSIS, 'demo:2567', 'demo', { ...groups, groups: [{ group: 9, text: '', draft: '', edited: false }] }))
      .rejects.toBeInstanceOf(DocumentValidationError)
    expect(kindNamed('group-analysis')).toBe(GROUP_ANALYSIS)
    expect(kindNamed('recommendation-overrides')).toBe(RECOMMENDATION_OVERRIDES)
  })
})

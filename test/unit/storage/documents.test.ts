import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { ASSESSMENT, DocumentStore, DocumentValidationError, ORGANIZATION, type DocumentKind } from '@/storage'
import { demoWorkspace } from '@/app/demo-workspace'

let counter = 0
const opened: DocumentStore[] = []
async function freshStore(): Promise<DocumentStore> {
  const store = await DocumentStore.open(`test-${++counter}`)
  opened.push(store)
  return store
}
afterEach(() => opened.splice(0).forEach((store) => store.close()))

describe('document store', () => {
  it('saves an organisation with its assessment and reads them back validated', async () => {
    const store = await freshStore()
    const { organization, assessments } = demoWorkspace()
    await store.putMany([
      { kind: ORGANIZATION, id: organization.id, organizationId: organization.id, data: organization },
      { kind: ASSESSMENT, id: assessments[0]!.id, organizationId: organization.id, data: assessments[0] },
    ])
    const read = await store.list(ASSESSMENT)
    expect(read.quarantined).toEqual([])
    expect(read.documents[0]?.scores.publishedTotal).toBe(74.67)
    expect(await store.isEmpty()).toBe(false)
  })

  it('refuses to write invalid data and writes nothing of the batch', async () => {
    const store = await freshStore()
    const { organization } = demoWorkspace()
    await expect(store.putMany([
      { kind: ORGANIZATION, id: organization.id, organizationId: organization.id, data: organization },
      { kind: ASSESSMENT, id: 'x', organizationId: organization.id, data: { id: 'x' } },
    ])).rejects.toBeInstanceOf(DocumentValidationError)
    expect(await store.isEmpty()).toBe(true)
  })

  it('keeps a document that no longer validates aside, with the reason, instead of dropping it', async () => {
    const store = await freshStore()
    await store.db.put('documents', {
      kind: 'organization', id: 'broken', organizationId: 'broken', version: 1, revision: 1,
      updatedAt: '2026-01-01T00:00:00Z', data: { id: 'broken', name: '' },
    })
    const read = await store.list(ORGANIZATION)
    expect(read.documents).toEqual([])
    expect(read.quarantined[0]?.id).toBe('broken')
    const aside = await store.quarantined()
    expect(aside).toHaveLength(1)
    expect(aside[0]?.reason).toContain('name')
    expect((aside[0]?.raw as { data: { id: string } }).data.id).toBe('broken')
  })

  it('migrates an older shape one version at a time and saves the upgrade', async () => {
    const store = await freshStore()
    const kind: DocumentKind<{ title: string; year: number }> = {
      kind: 'note', version: 3, schema: z.object({ title: z.string(), year: z.number() }),
      migrations: {
        1: (data) => ({ title: (data as { name: string }).name }),
        2: (data) => ({ ...(data as object), year: 2567 }),
      },
    }
    await store.db.put('documents', { kind: 'note', id: 'n1', organizationId: null, version: 1, revision: 1, updatedAt: '', data: { name: 'old' } })
    const read = await store.list(kind)
    expect(read.documents).toEqual([{ title: 'old', year: 2567 }])
    expect((await store.db.get('documents', ['note', 'n1']))?.version).toBe(3)
  })

  it('deletes an organisation with everything that belongs to it', async () => {
    const store = await freshStore()
    const { organization, assessments } = demoWorkspace()
    await store.put(ORGANIZATION, organization.id, organization.id, organization)
    await store.put(ASSESSMENT, assessments[0]!.id, organization.id, assessments[0]!)
    await store.deleteOrganization(organization.id, ORGANIZATION)
    expect(await store.isEmpty()).toBe(true)
  })

  it('saves and deletes in one transaction, and writes nothing when one document is invalid', async () => {
    const store = await freshStore()
    const { organization, assessments } = demoWorkspace()
    const record = assessments[0]!
    await store.putMany([{ kind: ORGANIZATION, id: organization.id, organizationId: organization.id, data: organization }])
    await store.put(ASSESSMENT, record.id, organization.id, record)

    await expect(store.writeMany(
      [{ kind: ORGANIZATION, id: 'other', organizationId: 'other', data: { id: 'other', name: '' } }],
      [{ kind: ASSESSMENT, id: record.id }],
    )).rejects.toBeInstanceOf(DocumentValidationError)
    expect(await store.get(ASSESSMENT, record.id)).not.toBeNull()

    const renamed = { ...organization, name: 'องค์การบริหารส่วนตำบลทดสอบ' }
    await store.writeMany(
      [{ kind: ORGANIZATION, id: organization.id, organizationId: organization.id, data: renamed }],
      [{ kind: ASSESSMENT, id: record.id }],
    )
    expect((await store.get(ORGANIZATION, organization.id))?.name).toBe('องค์การบริหารส่วนตำบลทดสอบ')
    expect(await store.get(ASSESSMENT, record.id)).toBeNull()
    expect((await store.db.get('documents', ['organization', organization.id]))?.revision).toBe(2)
  })
})

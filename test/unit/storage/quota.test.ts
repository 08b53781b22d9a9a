import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { ASSESSMENT, DocumentStore, ORGANIZATION, StorageFullError } from '@/storage'
import { demoWorkspace } from '@/app/demo-workspace'
import { simulateFullDisk } from './full-disk'

let stopFullDisk: (() => void) | null = null
afterEach(() => {
  stopFullDisk?.()
  stopFullDisk = null
})

describe('a full disk', () => {
  it('turns the browser quota failure into StorageFullError and leaves what was saved as it was', async () => {
    const store = await DocumentStore.open('quota-1')
    const { organization, assessments } = demoWorkspace()
    const assessment = assessments[0]!
    await store.putMany([
      { kind: ORGANIZATION, id: organization.id, organizationId: organization.id, data: organization },
      { kind: ASSESSMENT, id: assessment.id, organizationId: organization.id, data: assessment },
    ])
    stopFullDisk = await simulateFullDisk()
    await expect(store.putMany([
      { kind: ORGANIZATION, id: 'second', organizationId: 'second', data: { id: 'second', name: 'สอง' } },
      { kind: ASSESSMENT, id: assessment.id, organizationId: organization.id, data: { ...assessment, threshold: 60 }, baseRevision: 1 },
    ])).rejects.toBeInstanceOf(StorageFullError)
    await expect(store.setMeta('x', 1)).rejects.toBeInstanceOf(StorageFullError)
    stopFullDisk()
    stopFullDisk = null
    const saved = await store.getStored(ASSESSMENT, assessment.id)
    expect(saved?.data.threshold).toBe(85)
    expect(saved?.revision).toBe(1)
    expect(await store.get(ORGANIZATION, 'second')).toBeNull()
    store.close()
  })
})

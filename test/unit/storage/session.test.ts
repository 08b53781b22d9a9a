import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { ASSESSMENT, DocumentStore, ORGANIZATION, type DocumentBackend } from '@/storage'
import { StorageSession, initialSessionState } from '@/storage/session'
import { demoWorkspace } from '@/app/demo-workspace'
import { simulateFullDisk } from './full-disk'

// The storage session without Vue or Pinia: each session plays one tab, on a database of the test's own
// (real IndexedDB semantics through fake-indexeddb), with the plain state object it reports through.

let counter = 0
const sessions: StorageSession[] = []
let stopFullDisk: (() => void) | null = null
afterEach(async () => {
  stopFullDisk?.()
  stopFullDisk = null
  await Promise.all(sessions.splice(0).map((session) => session.close()))
})

function tabsOn(name = `session-${++counter}`) {
  return () => {
    const session = new StorageSession(initialSessionState(), () => DocumentStore.open(name))
    sessions.push(session)
    return session
  }
}

const { organization, assessments } = demoWorkspace()
const assessment = assessments[0]!
const organizationWrite = { kind: ORGANIZATION, id: organization.id, organizationId: organization.id, data: organization }

describe('storage session', () => {
  it('bases each write on the revision it last read, so a tab cannot save over another tab, and reports the conflict as a code', async () => {
    const open = tabsOn()
    const a = open()
    const b = open()
    expect((await a.saveDocuments([organizationWrite])).ok).toBe(true)
    expect(a.revisionOf(ORGANIZATION, organization.id)).toBe(1)
    expect(await b.get(ORGANIZATION, organization.id)).toMatchObject({ name: organization.name })
    expect((await b.saveDocuments([{ ...organizationWrite, data: { ...organization, name: 'เปลี่ยนในแท็บ B' } }])).ok).toBe(true)

    const heard: unknown[] = []
    a.onDocumentsChanged((changes) => heard.push(changes))
    const result = await a.saveDocuments([{ ...organizationWrite, data: { ...organization, name: 'เปลี่ยนในแท็บ A' } }])
    expect(result).toMatchObject({ ok: false, reason: 'conflict', conflicts: [{ kind: 'organization', id: organization.id }] })
    expect(a.state.conflicts).toEqual([{ kind: 'organization', id: organization.id }])
    expect(a.state.problem).toBeNull()
    // The owners are asked to reload, and the next save is based on what they read then.
    expect(heard).toContainEqual([{ kind: 'organization', id: organization.id }])
    expect(a.revisionOf(ORGANIZATION, organization.id)).toBeNull()
    expect(await a.get(ORGANIZATION, organization.id)).toMatchObject({ name: 'เปลี่ยนในแท็บ B' })
    expect((await a.saveDocuments([{ ...organizationWrite, data: { ...organization, name: 'เปลี่ยนในแท็บ A' } }])).ok).toBe(true)
    a.dismissConflict(0)
    expect(a.state.conflicts).toEqual([])
  })

  it('says storage is full as a code, writes nothing, and clears it when a later write goes through', async () => {
    const session = tabsOn()()
    expect((await session.saveDocuments([organizationWrite])).ok).toBe(true)
    stopFullDisk = await simulateFullDisk()
    const assessmentWrite = { kind: ASSESSMENT, id: assessment.id, organizationId: organization.id, data: assessment }
    expect(await session.writeDocuments([assessmentWrite], [])).toEqual({ ok: false, reason: 'storage-full' })
    expect(session.state.problem).toBe('full')
    expect(session.state.pendingWrites).toBe(0)
    stopFullDisk()
    stopFullDisk = null
    expect(await session.get(ASSESSMENT, assessment.id)).toBeNull()
    expect((await session.writeDocuments([assessmentWrite], [])).ok).toBe(true)
    expect(session.state.problem).toBeNull()
    expect(session.state.backupDates.lastChangeAt).not.toBeNull()
  })

  it('falls back to memory when the browser refuses storage, and tells a newer database apart', async () => {
    const refused = new StorageSession(initialSessionState(), () => Promise.reject(new DOMException('denied', 'SecurityError')))
    sessions.push(refused)
    const backend: DocumentBackend = await refused.open()
    expect([backend.persistent, refused.state.mode, refused.state.problem]).toEqual([false, 'memory', 'refused'])
    expect((await refused.saveDocuments([organizationWrite])).ok).toBe(true)
    expect((await refused.readAll()).envelopes.map((envelope) => envelope.id)).toEqual([organization.id])

    const newer = new StorageSession(initialSessionState(), () => Promise.reject(new DOMException('version', 'VersionError')))
    sessions.push(newer)
    await newer.open()
    expect([newer.state.mode, newer.state.problem]).toEqual(['memory', 'newer-database'])
  })

  it('does not count a seeding save as the user\'s change, and does not report a seeding conflict', async () => {
    const open = tabsOn()
    const a = open()
    const b = open()
    expect((await a.saveDocuments([organizationWrite], { seeding: true })).ok).toBe(true)
    expect(a.state.backupDates.lastChangeAt).toBeNull()
    const result = await b.saveDocuments([organizationWrite], { seeding: true })
    expect(result.ok).toBe(false)
    expect(b.state.conflicts).toEqual([])
  })
})

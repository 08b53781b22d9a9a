import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ASSESSMENT, DocumentCore, MemoryRecords, ORGANIZATION } from '@/storage'
import { demoWorkspace } from '@/app/demo-workspace'
import { CouchClient } from '@/sync/couch'
import { keepMine, pendingConflicts, syncOrganization, takeTheirs } from '@/sync/replicate'
import type { AssessmentRecord, Organization } from '@/domain/workspace'
import { startCouch, type TestCouch } from './server'

/**
 * Two members of a committee, each with a store of their own, kept in step through a real
 * CouchDB-protocol server (pouchdb-server on 127.0.0.1) with CouchDB's users and per-database security.
 */

let couch: TestCouch
let databases = 0
beforeAll(async () => {
  couch = await startCouch({ persistent: true })
  await couch.addUser('somchai', 'somchai-pass')
  await couch.addUser('malee', 'malee-pass')
  await couch.addUser('outsider', 'outsider-pass')
}, 60_000)
afterAll(async () => couch?.stop())

const { organization, assessments } = demoWorkspace(new Date('2026-12-01T00:00:00Z'))
const ORG = organization.id
const assessment = assessments[0]!

async function committee() {
  const database = `committee-${++databases}`
  await couch.addDatabase(database, ['somchai', 'malee'])
  const member = (user: string, fetcher?: typeof fetch) => ({
    core: new DocumentCore(new MemoryRecords()),
    client: new CouchClient({ server: couch.url, database, user, password: `${user}-pass` }, fetcher),
  })
  return { database, member }
}

async function seed(core: DocumentCore) {
  await core.putMany([
    { kind: ORGANIZATION, id: ORG, organizationId: ORG, data: organization },
    { kind: ASSESSMENT, id: assessment.id, organizationId: ORG, data: assessment },
  ])
}

/** Puts a document on the server as the admin, past the app: what a hostile or broken client could write. */
async function putOnServer(database: string, id: string, body: string) {
  const response = await fetch(`${couch.url}/${database}/${encodeURIComponent(id)}`, {
    method: 'PUT', headers: { 'content-type': 'application/json', authorization: couch.adminAuth }, body,
  })
  expect(response.status).toBe(201)
}

describe('syncing an organisation through a CouchDB server', () => {
  it('sends one member\'s documents and brings them whole to another; an edit there comes back', async () => {
    const { member } = await committee()
    const somchai = member('somchai')
    const malee = member('malee')
    await seed(somchai.core)

    const sent = await syncOrganization(somchai.core, somchai.client, ORG)
    expect(sent).toMatchObject({ pushed: 2, pulled: 0, conflicts: [], refused: [], problem: null })
    const taken = await syncOrganization(malee.core, malee.client, ORG)
    expect(taken).toMatchObject({ pushed: 0, pulled: 2, conflicts: [], problem: null })
    expect(await malee.core.get(ORGANIZATION, ORG)).toEqual(organization)
    expect(await malee.core.get(ASSESSMENT, assessment.id)).toEqual(assessment)

    const stored = await malee.core.getStored(ASSESSMENT, assessment.id)
    await malee.core.put(ASSESSMENT, assessment.id, ORG, { ...assessment, threshold: 90 }, stored!.revision)
    expect(await syncOrganization(malee.core, malee.client, ORG)).toMatchObject({ pushed: 1, pulled: 0 })
    expect(await syncOrganization(somchai.core, somchai.client, ORG)).toMatchObject({ pushed: 0, pulled: 1, conflicts: [] })
    expect((await somchai.core.get(ASSESSMENT, assessment.id))?.threshold).toBe(90)

    // In step both ways: a further sync moves nothing.
    expect(await syncOrganization(somchai.core, somchai.client, ORG)).toMatchObject({ pushed: 0, pulled: 0 })
    expect(await syncOrganization(malee.core, malee.client, ORG)).toMatchObject({ pushed: 0, pulled: 0 })
  })

  it('carries a deletion to the other member', async () => {
    const { member } = await committee()
    const somchai = member('somchai')
    const malee = member('malee')
    await seed(somchai.core)
    await syncOrganization(somchai.core, somchai.client, ORG)
    await syncOrganization(malee.core, malee.client, ORG)

    await somchai.core.delete(ASSESSMENT, assessment.id)
    expect(await syncOrganization(somchai.core, somchai.client, ORG)).toMatchObject({ pushed: 1 })
    expect(await syncOrganization(malee.core, malee.client, ORG)).toMatchObject({ pulled: 1, conflicts: [] })
    expect(await malee.core.get(ASSESSMENT, assessment.id)).toBeNull()
    expect(await malee.core.get(ORGANIZATION, ORG)).toEqual(organization)
  })

  it('keeps both versions when two members edited the same document offline, and the committee chooses', async () => {
    const { database, member } = await committee()
    const somchai = member('somchai')
    const malee = member('malee')
    await seed(somchai.core)
    await syncOrganization(somchai.core, somchai.client, ORG)
    await syncOrganization(malee.core, malee.client, ORG)

    const rename = async (core: DocumentCore, name: string) => {
      const stored = await core.getStored(ORGANIZATION, ORG)
      await core.put(ORGANIZATION, ORG, ORG, { ...stored!.data, name } satisfies Organization, stored!.revision)
    }
    await rename(somchai.core, 'อบต.หนองซอน (สมชาย)')
    await rename(malee.core, 'อบต.หนองซอน (มาลี)')
    expect(await syncOrganization(somchai.core, somchai.client, ORG)).toMatchObject({ pushed: 1, conflicts: [] })

    const met = await syncOrganization(malee.core, malee.client, ORG)
    expect(met.pushed).toBe(0)
    expect(met.conflicts).toHaveLength(1)
    expect(met.conflicts[0]).toMatchObject({ kind: 'organization', id: ORG, remote: { data: { name: 'อบต.หนองซอน (สมชาย)' } } })
    // Malee's copy is untouched and not sent over Somchai's.
    expect((await malee.core.get(ORGANIZATION, ORG))?.name).toBe('อบต.หนองซอน (มาลี)')
    expect(await syncOrganization(malee.core, malee.client, ORG)).toMatchObject({ pushed: 0, pulled: 0 })
    expect((await somchai.core.get(ORGANIZATION, ORG))?.name).toBe('อบต.หนองซอน (สมชาย)')

    // Malee keeps hers: it goes to the server, and on to Somchai.
    await keepMine(malee.core, ORG, database, 'organization', ORG)
    expect(await pendingConflicts(malee.core, ORG, database)).toEqual([])
    expect(await syncOrganization(malee.core, malee.client, ORG)).toMatchObject({ pushed: 1, conflicts: [] })
    expect(await syncOrganization(somchai.core, somchai.client, ORG)).toMatchObject({ pulled: 1, conflicts: [] })
    expect((await somchai.core.get(ORGANIZATION, ORG))?.name).toBe('อบต.หนองซอน (มาลี)')
  })

  it('takes the other version when the committee chooses theirs', async () => {
    const { database, member } = await committee()
    const somchai = member('somchai')
    const malee = member('malee')
    await seed(somchai.core)
    await syncOrganization(somchai.core, somchai.client, ORG)
    await syncOrganization(malee.core, malee.client, ORG)
    for (const [core, threshold] of [[somchai.core, 80], [malee.core, 95]] as const) {
      const stored = await core.getStored(ASSESSMENT, assessment.id)
      await core.put(ASSESSMENT, assessment.id, ORG, { ...stored!.data, threshold } satisfies AssessmentRecord, stored!.revision)
    }
    await syncOrganization(somchai.core, somchai.client, ORG)
    expect((await syncOrganization(malee.core, malee.client, ORG)).conflicts).toHaveLength(1)

    expect(await takeTheirs(malee.core, ORG, database, 'assessment', assessment.id)).toMatchObject({ outcome: 'written' })
    expect((await malee.core.get(ASSESSMENT, assessment.id))?.threshold).toBe(80)
    expect(await syncOrganization(malee.core, malee.client, ORG)).toMatchObject({ pushed: 0, pulled: 0, conflicts: [] })
  })

  it('does not overwrite a copy saved on the server between its pull and its push: the server refuses it and both are kept', async () => {
    const { member } = await committee()
    const somchai = member('somchai')
    let raced = false
    // Somchai saves and syncs at the moment Malee's push leaves.
    const racing: typeof fetch = async (input, init) => {
      if (!raced && String(input).endsWith('/_bulk_docs')) {
        raced = true
        const stored = await somchai.core.getStored(ASSESSMENT, assessment.id)
        await somchai.core.put(ASSESSMENT, assessment.id, ORG, { ...stored!.data, threshold: 70 }, stored!.revision)
        await syncOrganization(somchai.core, somchai.client, ORG)
      }
      return fetch(input, init)
    }
    const malee = member('malee', racing)
    await seed(somchai.core)
    await syncOrganization(somchai.core, somchai.client, ORG)
    await syncOrganization(malee.core, malee.client, ORG)
    raced = false
    const stored = await malee.core.getStored(ASSESSMENT, assessment.id)
    await malee.core.put(ASSESSMENT, assessment.id, ORG, { ...stored!.data, threshold: 99 }, stored!.revision)

    const refused = await syncOrganization(malee.core, malee.client, ORG)
    expect(raced).toBe(true)
    expect(refused.pushed).toBe(0)
    expect(refused.conflicts).toMatchObject([{ kind: 'assessment', id: assessment.id, remote: { data: { threshold: 70 } } }])
    expect((await malee.core.get(ASSESSMENT, assessment.id))?.threshold).toBe(99)
    expect((await syncOrganization(somchai.core, somchai.client, ORG)).pulled).toBe(0)
    expect((await somchai.core.get(ASSESSMENT, assessment.id))?.threshold).toBe(70)
  })

  it('loses nothing when the server goes down mid-sync after taking a batch, and catches up when it is back', async () => {
    const { member } = await committee()
    let cut = false
    // The server takes the batch and dies before its answer arrives.
    const dying: typeof fetch = async (input, init) => {
      const response = await fetch(input, init)
      if (cut && String(input).endsWith('/_bulk_docs')) {
        await couch.kill()
        throw new TypeError('fetch failed')
      }
      return response
    }
    const somchai = member('somchai', dying)
    await seed(somchai.core)
    cut = true
    const broken = await syncOrganization(somchai.core, somchai.client, ORG)
    expect(broken.problem).toEqual({ code: 'unreachable' })
    expect(await somchai.core.get(ASSESSMENT, assessment.id)).toEqual(assessment)

    // Down: a sync says so and changes nothing here.
    cut = false
    expect((await syncOrganization(somchai.core, somchai.client, ORG)).problem).toEqual({ code: 'unreachable' })
    await couch.start()

    // Back: what the server had taken is recognised as the same, not sent again nor shown as a conflict.
    const caughtUp = await syncOrganization(somchai.core, somchai.client, ORG)
    expect(caughtUp).toMatchObject({ problem: null, conflicts: [], pushed: 0 })
    const malee = member('malee')
    expect(await syncOrganization(malee.core, malee.client, ORG)).toMatchObject({ pulled: 2, problem: null })
    expect(await malee.core.get(ASSESSMENT, assessment.id)).toEqual(assessment)
  }, 60_000)

  it('gives up on a server that stops answering mid-sync (headers sent, then silence), says it is unreachable, and loses nothing', async () => {
    const { database, member } = await committee()
    // In front of the real server: passes the database check through, then answers the changes feed
    // with its headers and half a body, and never more (a hung server or proxy).
    const silent = createServer((request, response) => {
      if (request.url?.includes('/_changes')) {
        response.writeHead(200, { 'content-type': 'application/json' })
        response.write('{"results":[')
        return
      }
      void fetch(`${couch.url}${request.url}`, { headers: { authorization: request.headers.authorization ?? '' } }).then(async (answer) => {
        response.writeHead(answer.status, { 'content-type': 'application/json' })
        response.end(await answer.text())
      })
    })
    await new Promise<void>((done) => silent.listen(0, '127.0.0.1', done))
    try {
      const port = (silent.address() as AddressInfo).port
      const somchai = member('somchai')
      await seed(somchai.core)
      const hung = new CouchClient({ server: `http://127.0.0.1:${port}`, database, user: 'somchai', password: 'somchai-pass' }, undefined, 300)
      const stalled = await syncOrganization(somchai.core, hung, ORG)
      expect(stalled).toMatchObject({ problem: { code: 'unreachable' }, pushed: 0, pulled: 0 })
      expect(await somchai.core.get(ASSESSMENT, assessment.id)).toEqual(assessment)
      // The real server, next round: everything goes over.
      expect(await syncOrganization(somchai.core, somchai.client, ORG)).toMatchObject({ problem: null, pushed: 2 })
    } finally {
      silent.closeAllConnections()
      await new Promise((done) => silent.close(done))
    }
  })

  it('refuses a user without rights to the database and a wrong password, each with its own reason, touching nothing', async () => {
    const { database } = await committee()
    const outsider = new DocumentCore(new MemoryRecords())
    await seed(outsider)
    const noRights = await syncOrganization(outsider, new CouchClient({ server: couch.url, database, user: 'outsider', password: 'outsider-pass' }), ORG)
    expect(noRights).toMatchObject({ problem: { code: 'no-access' }, pushed: 0, pulled: 0 })
    const wrong = await syncOrganization(outsider, new CouchClient({ server: couch.url, database, user: 'somchai', password: 'not-his' }), ORG)
    expect(wrong).toMatchObject({ problem: { code: 'wrong-credentials' }, pushed: 0 })
    const anonymous = await syncOrganization(outsider, new CouchClient({ server: couch.url, database }), ORG)
    expect(anonymous.problem).toEqual({ code: 'no-access' })
    const missing = await syncOrganization(outsider, new CouchClient({ server: couch.url, database: 'no-such-db', user: 'somchai', password: 'somchai-pass' }), ORG)
    expect(missing.problem).toEqual({ code: 'no-database' })
    // Nothing reached the server.
    const listed = await couch.admin('GET', `/${database}/_all_docs`)
    expect(listed.body).toMatchObject({ total_rows: 0 })
    expect(await outsider.get(ASSESSMENT, assessment.id)).toEqual(assessment)
  })

  it('quarantines what the server sends that fails validation, claims another organisation or reaches a prototype, and keeps the copy here', async () => {
    const { database, member } = await committee()
    const somchai = member('somchai')
    await seed(somchai.core)
    await syncOrganization(somchai.core, somchai.client, ORG)
    const serverCopy = (await couch.admin('GET', `/${database}/${encodeURIComponent(`assessment:${assessment.id}`)}`)).body as { _rev: string }

    // A broken edit of a document Somchai holds, a stranger's organisation, a prototype key, a non-envelope.
    await putOnServer(database, `assessment:${assessment.id}`, JSON.stringify({
      _rev: serverCopy._rev, kind: 'assessment', id: assessment.id, organizationId: ORG, version: 1, updatedAt: '2026-12-02T00:00:00Z',
      data: { ...assessment, threshold: 140 },
    }))
    await putOnServer(database, 'organization:elsewhere', JSON.stringify({
      kind: 'organization', id: 'elsewhere', organizationId: 'elsewhere', version: 1, updatedAt: '2026-12-02T00:00:00Z', data: { ...organization, id: 'elsewhere' },
    }))
    await putOnServer(database, 'measure-plan:x', `{"kind":"measure-plan","id":"x","organizationId":"${ORG}","version":2,"updatedAt":"2026-12-02T00:00:00Z","data":{"constructor":{"prototype":{"polluted":true}}}}`)
    await putOnServer(database, 'follow-up:y', JSON.stringify({ hello: 'world' }))

    const report = await syncOrganization(somchai.core, somchai.client, ORG)
    expect(report.problem).toBeNull()
    expect(report.pulled).toBe(0)
    expect(report.refused.map(({ kind, id }) => `${kind} ${id}`).sort()).toEqual([`assessment ${assessment.id}`, 'follow-up y', 'measure-plan x', 'organization elsewhere'])
    expect(report.refused.find(({ kind }) => kind === 'assessment')?.reason).toContain('threshold')
    expect(report.refused.find(({ kind }) => kind === 'measure-plan')?.reason).toContain('the key constructor at data.constructor')

    // Every refused copy is kept aside with its reason; the copy here is the one it was.
    const aside = await somchai.core.quarantined()
    expect(aside).toHaveLength(4)
    expect(await somchai.core.get(ASSESSMENT, assessment.id)).toEqual(assessment)
    expect(await somchai.core.get(ORGANIZATION, 'elsewhere')).toBeNull()
    // Told once: the next sync does not quarantine them again.
    expect((await syncOrganization(somchai.core, somchai.client, ORG)).refused).toEqual([])
  })

  it('refuses a document with a __proto__ key on its own (CouchDB keeps such keys; pouchdb-server drops them, so the feed is rewritten on its way)', async () => {
    const { database, member } = await committee()
    await putOnServer(database, 'measure-plan:x', `{"kind":"measure-plan","id":"x","organizationId":"${ORG}","version":2,"updatedAt":"2026-12-02T00:00:00Z","data":{"constructor":{"polluted":true}}}`)
    const somchai = member('somchai')
    await seed(somchai.core)
    await syncOrganization(somchai.core, somchai.client, ORG)
    await putOnServer(database, 'organization:other', JSON.stringify({ kind: 'organization', id: 'other', organizationId: 'other', version: 1, updatedAt: '2026-12-02T00:00:00Z', data: { id: 'other', name: 'อื่น' } }))
    const asCouchDbWould: typeof fetch = async (input, init) => {
      const response = await fetch(input, init)
      if (!String(input).includes('/_changes')) return response
      return new Response((await response.text()).replaceAll('"constructor"', '"__proto__"'), { status: response.status, headers: response.headers })
    }
    const malee = member('malee', asCouchDbWould)
    const report = await syncOrganization(malee.core, malee.client, ORG)
    expect(report.problem).toBeNull()
    // The rest of the feed is taken; the hostile one is named and kept aside without its body.
    expect(report.pulled).toBe(2)
    expect(report.refused).toMatchObject([
      { kind: 'measure-plan', id: 'x', reason: expect.stringContaining('the key __proto__ at data.__proto__') as string },
      { kind: 'organization', id: 'other', reason: expect.stringContaining('not to') as string },
    ])
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined()
    const aside = await malee.core.quarantined()
    expect(aside.map(({ raw }) => raw)).toMatchObject([{ kind: 'measure-plan', id: 'x' }, { kind: 'organization', id: 'other' }])
    expect(JSON.stringify(aside[0]!.raw)).not.toContain('polluted')
  })
})

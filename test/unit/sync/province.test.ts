import { createServer, type Server } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DocumentCore, MemoryRecords } from '@/storage'
import { CouchClient } from '@/sync/couch'
import { syncOrganization } from '@/sync/replicate'
import { listDatabases, readProvince, type DatabaseRead, type OrganizationRecords } from '@/sync/province'
import { demoProvince, writesOf } from './province-demo'
import { startCouch, type TestCouch } from './server'

/**
 * A provincial reader, member of two organisation databases shared by their committees (through the
 * app's own sync, into a real CouchDB-protocol server), and not of a third, reads them all at once.
 */

let couch: TestCouch
let demo: Awaited<ReturnType<typeof demoProvince>>
const READER = { user: 'province', password: 'province-pass' }

/** The databases' update sequence: a write of any kind moves it. */
async function updateSeq(database: string): Promise<unknown> {
  return ((await couch.admin('GET', `/${database}`)).body as { update_seq: unknown }).update_seq
}

/** A committee shares its organisation the way the app does: its store, synced into its database. */
async function share(database: string, user: string, records: OrganizationRecords): Promise<void> {
  const core = new DocumentCore(new MemoryRecords())
  await core.putMany(writesOf(records))
  const report = await syncOrganization(core, new CouchClient({ server: couch.url, database, user, password: `${user}-pass` }), records.organization.id)
  expect(report.problem).toBeNull()
}

beforeAll(async () => {
  couch = await startCouch()
  demo = await demoProvince()
  for (const user of ['somchai', 'wanna', 'stranger']) await couch.addUser(user, `${user}-pass`)
  await couch.addUser(READER.user, READER.password)
  await couch.addDatabase('ita-nongson', ['somchai', READER.user])
  await couch.addDatabase('ita-bangtoei', ['wanna', READER.user])
  await couch.addDatabase('ita-banhaeng', ['stranger'])
  await share('ita-nongson', 'somchai', demo.nongson)
  await share('ita-bangtoei', 'wanna', demo.bangtoei)
  await share('ita-banhaeng', 'stranger', demo.banhaeng)
  // Past the app: a broken assessment of a later year, one claiming another organisation, and not an envelope.
  const broken = { ...demo.nongson.assessments[0]!, id: 'demo-nongson:2568', scores: { ...demo.nongson.assessments[0]!.scores, fiscalYear: 2568 }, threshold: 140 }
  for (const [id, body] of [
    ['assessment:demo-nongson:2568', { kind: 'assessment', id: broken.id, organizationId: 'demo-nongson', version: 1, updatedAt: '2026-12-02T00:00:00Z', data: broken }],
    ['assessment:demo-bangtoei:2569', { kind: 'assessment', id: 'demo-bangtoei:2569', organizationId: 'demo-bangtoei', version: 1, updatedAt: '2026-12-02T00:00:00Z', data: { ...broken, id: 'demo-bangtoei:2569', organizationId: 'demo-bangtoei' } }],
    ['follow-up:y', { hello: 'world' }],
  ] as const) expect((await couch.admin('PUT', `/ita-nongson/${encodeURIComponent(id)}`, body)).status).toBe(201)
}, 60_000)
afterAll(async () => couch?.stop())

const credentials = () => ({ server: couch.url, ...READER })

describe('reading the province', () => {
  it('reads every database the reader may read, names the one it may not, and writes nothing anywhere', async () => {
    const before = await Promise.all(['ita-nongson', 'ita-bangtoei', 'ita-banhaeng'].map(updateSeq))
    const asked: string[] = []
    const recording: typeof fetch = async (input, init) => {
      asked.push(`${init?.method ?? 'GET'} ${new URL(String(input)).pathname}`)
      return fetch(input, init)
    }
    const progress: Array<[number, number]> = []
    const read = await readProvince(credentials(), ['ita-nongson', 'ita-banhaeng', ' ita-bangtoei ', 'ita-nongson', 'ita-missing'], {
      fetch: recording, concurrency: 2, onProgress: (done, total) => progress.push([done, total]),
    })
    expect(read.ok).toBe(true)
    if (!read.ok) return
    const [nongson, banhaeng, bangtoei, missing] = read.databases as [DatabaseRead, DatabaseRead, DatabaseRead, DatabaseRead]
    expect(read.databases.map((entry) => entry.database)).toEqual(['ita-nongson', 'ita-banhaeng', 'ita-bangtoei', 'ita-missing'])
    expect(banhaeng).toEqual({ database: 'ita-banhaeng', ok: false, problem: 'no-access' })
    expect(missing).toEqual({ database: 'ita-missing', ok: false, problem: 'not-found' })

    expect(bangtoei.ok && bangtoei.organizations).toEqual([demo.bangtoei])
    expect(bangtoei.ok && bangtoei.refused).toEqual([])
    // The documents that failed the checks are left out, each named; everything else is the demo's, whole.
    expect(nongson.ok && nongson.organizations).toEqual([demo.nongson])
    const refused = nongson.ok ? nongson.refused : []
    expect(refused.map(({ kind, id }) => `${kind} ${id}`).sort()).toEqual(['assessment demo-bangtoei:2569', 'assessment demo-nongson:2568', 'follow-up y'])
    expect(refused.find(({ id }) => id === 'demo-nongson:2568')?.reason).toContain('threshold')
    expect(refused.find(({ id }) => id === 'demo-bangtoei:2569')?.reason).toContain('not to demo-nongson')

    expect(progress).toEqual([[0, 4], [1, 4], [2, 4], [3, 4], [4, 4]])
    // Read only: every request a GET, and no database moved on.
    expect(asked.length).toBeGreaterThan(4)
    expect(asked.filter((request) => !request.startsWith('GET '))).toEqual([])
    expect(await Promise.all(['ita-nongson', 'ita-bangtoei', 'ita-banhaeng'].map(updateSeq))).toEqual(before)
  })

  it('reads a database of more documents than one batch of the feed', async () => {
    await couch.addDatabase('ita-many', ['somchai', READER.user])
    const years = Array.from({ length: 60 }, (_, index) => ({ ...demo.nongson.assessments[0]!, id: `demo-nongson:${2600 + index}`, scores: { ...demo.nongson.assessments[0]!.scores, fiscalYear: 2600 + index } }))
    await share('ita-many', 'somchai', { ...demo.nongson, assessments: years })
    const read = await readProvince(credentials(), ['ita-many'])
    expect(read.ok && read.databases[0]!.ok && read.databases[0]!.organizations[0]!.assessments).toHaveLength(60)
  })

  it('stops before any database when the password is refused, or the server is not there', async () => {
    expect(await readProvince({ ...credentials(), password: 'wrong' }, ['ita-nongson'])).toEqual({ ok: false, problem: 'wrong-credentials' })
    expect(await readProvince({ ...credentials(), server: 'http://127.0.0.1:9' }, ['ita-nongson'])).toEqual({ ok: false, problem: 'unreachable' })
  })
})

describe('listing the databases', () => {
  it('takes the server\'s list where it gives one (pouchdb-server does), without the system databases', async () => {
    const listed = await listDatabases(credentials())
    expect(listed.ok && listed.databases).toEqual(expect.arrayContaining(['ita-nongson', 'ita-bangtoei', 'ita-banhaeng']))
    expect(listed.ok && listed.databases.some((name) => name.startsWith('_'))).toBe(false)
  })

  it('says it was refused where the server lists them to admins only, as CouchDB 3 does', async () => {
    // pouchdb-server lists its databases to anyone: this one answers `_all_dbs` with CouchDB 3's refusal to a non-admin.
    const couchDb3: Server = createServer((_request, response) => {
      response.writeHead(401, { 'content-type': 'application/json' }).end('{"error":"unauthorized","reason":"You are not a server admin."}')
    })
    await new Promise<void>((done) => couchDb3.listen(0, '127.0.0.1', done))
    const address = couchDb3.address()
    try {
      const server = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
      expect(await listDatabases({ ...credentials(), server })).toEqual({ ok: false, problem: 'refused' })
    } finally {
      await new Promise((done) => couchDb3.close(done))
    }
  })
})

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { cpus, loadavg } from 'node:os'
import { DocumentCore } from '../src/storage/core'
import { MemoryRecords } from '../src/storage/memory'
import {
  ACTION_PLAN, ASSESSMENT, CATALOGUE_OVERRIDES, DOCUMENT_KINDS, FOLLOW_UP, GROUP_ANALYSIS, MEASURE_LIBRARY_EXTENSION, MEASURE_PLAN,
  ORGANIZATION, RECOMMENDATION_OVERRIDES, REPORT_SETTINGS, type DocumentKind,
} from '../src/storage/kinds'
import type { DocumentWrite, Envelope } from '../src/storage/envelope'
import { canonicalJson } from '../src/storage/restore'
import { CouchClient } from '../src/sync/couch'
import { syncOrganization, type SyncReport } from '../src/sync/replicate'
import { AssessmentRecordSchema, OrganizationSchema, assessmentId } from '../src/domain/workspace'
import { DEMO_ORGANIZATION, DEMO_OVERRIDES_2567, DEMO_SCORES_2567 } from '../src/domain/demo/nongson-2567'
import { demoMeasurePlan } from '../src/domain/demo/nongson-2568-plan'
import { banhaengPlan2569 } from '../src/domain/demo/banhaeng-2569-plan'
import { bangtoeiFollowUp2567 } from '../src/domain/demo/bangtoei-2567-report'
import { ActionPlanSchema, actionPlanId } from '../src/domain/action-plan/schema'
import { cycleFor } from '../src/domain/action-plan/cycles'
import { FollowUpSchema, MeasurePlanSchema, measurePlanId, type FollowUpEntryInput } from '../src/domain/measures/schema'
import { startCouch, type TestCouch } from '../test/unit/sync/server'
import type { Benchmark, Measurement } from './run'

/**
 * The CouchDB sync (src/sync/replicate.ts) on realistic data, against a real CouchDB-protocol server
 * (pouchdb-server on 127.0.0.1 with users and per-database security, test/unit/sync/server.ts; data on
 * disk), into the in-memory store (the storage core over Maps; the browser's IndexedDB is slower to write).
 *
 * One organisation holds five fiscal years of everything the app stores (every kind of
 * src/storage/kinds.ts): per ITA year 2564-2568 the assessment (seed 002's 48 scores), catalogue
 * corrections, the seven group texts and recommendation edits; per plan year 2565-2569 the measure plan
 * (seed 002's 12 measures), the action plan (seed 003's 31 rows with their 29 project sheets, about
 * 260 KB) and the follow-up (both rounds of every measure and plan row, with both rounds' reports);
 * once: the organisation, its library templates and report signers. 38 documents, 2.2 MB of JSON.
 *
 * 1. A member pushes it to an empty database (timed: the first push), then a new member's empty store
 *    pulls it all (timed: the first sync), compared with the server's answers alone (the same requests,
 *    read and parsed, nothing checked or stored). Five runs each on fresh databases and stores, after
 *    untimed ones (one that counts the bytes; for the pull a warm-up pass); medians printed.
 * 2. A province: 100 such organisations (distinct ids, one database each; BENCH_SYNC_ORGANIZATIONS for
 *    another number), filled by the admin through `_bulk_docs` with the documents as the app pushed them
 *    (not timed). A provincial reader, member of every database, pulls all of them into one fresh store,
 *    one organisation after another as the app's sync store does. The mean per organisation is compared
 *    with one organisation's first sync: a ratio near 1 means it scales linearly. Then one more round
 *    over them all with nothing new, as the app repeats every 15 s while connected.
 * Every pull is checked (after the timing): every document arrived with its data, nothing refused,
 * rejected, quarantined or in conflict; the benchmark throws otherwise.
 */

const ASSESSMENT_YEARS = [2564, 2565, 2566, 2567, 2568]
const PROVINCE = Number(process.env.BENCH_SYNC_ORGANIZATIONS ?? 100)
const RUNS = 5
/** The pull's batch, as src/sync/replicate.ts asks the feed for. */
const PULL_BATCH = 50
/** Who members and the reader are on the server. */
const MEMBERS = [{ name: 'somchai', password: 'somchai-pass' }, { name: 'malee', password: 'malee-pass' }]
const READER = { name: 'province-reader', password: 'reader-pass' }

const FIXTURES = join(process.cwd(), 'test/fixtures/storage/documents')
/** The data of the first envelope of a frozen fixture (a document as the app saved it). */
function fixtureData(kind: DocumentKind): Record<string, unknown> {
  const envelopes = JSON.parse(readFileSync(join(FIXTURES, kind.kind, `v${kind.version}.json`), 'utf8')) as Envelope[]
  return envelopes[0]!.data as Record<string, unknown>
}

/** Park-Miller: the same "random" figures on every run. */
function sequence(seed: number): () => number {
  let state = seed
  return () => (state = (state * 48271) % 2147483647) / 2147483647
}

/** Everything the app stores for one organisation over five fiscal years, as the app would save it. */
function organizationDocuments(organizationId: string, index: number): DocumentWrite[] {
  const next = sequence(20240917 + index)
  const own = <T>(kind: DocumentKind<T>, id: string, data: T): DocumentWrite => ({ kind: kind as DocumentKind, id, organizationId, data })
  // A frozen fixture's data with this organisation's fields (validated by putMany as any write).
  const fromFixture = (kind: DocumentKind, id: string, fields: Record<string, unknown>): DocumentWrite => ({ kind, id, organizationId, data: { ...fixtureData(kind), ...fields } })
  const writes: DocumentWrite[] = [
    own(ORGANIZATION, organizationId, OrganizationSchema.parse({ ...DEMO_ORGANIZATION, units: [...DEMO_ORGANIZATION.units], id: organizationId })),
    fromFixture(MEASURE_LIBRARY_EXTENSION, organizationId, { id: organizationId, organizationId }),
    fromFixture(REPORT_SETTINGS, organizationId, { organizationId }),
  ]
  const report = bangtoeiFollowUp2567(organizationId)
  const results = report.entries
  for (const year of ASSESSMENT_YEARS) {
    const planYear = year + 1
    const id = assessmentId(organizationId, year)
    const scores = {
      ...DEMO_SCORES_2567, fiscalYear: year,
      // Seed 002's scores moved by up to ±5 each year (OIT's 0 and 100 kept).
      itemScores: DEMO_SCORES_2567.itemScores.map(({ code, score }) => ({
        code, score: typeof score !== 'number' || score === 0 || score === 100 ? score : Math.round(Math.min(100, Math.max(0, score + (next() - 0.5) * 10)) * 100) / 100,
      })),
    }
    writes.push(
      own(ASSESSMENT, id, AssessmentRecordSchema.parse({
        id, organizationId, scores, threshold: 85, overrides: DEMO_OVERRIDES_2567,
        source: { kind: 'file', name: `ผลการประเมิน ITA ${year}.xlsx`, importedAt: `${year - 543}-11-20T08:00:00.000Z` },
      })),
      fromFixture(CATALOGUE_OVERRIDES, id, { id, organizationId, fiscalYear: year }),
      // Seed 002's seven group texts as the app drafted them (30 K characters).
      fromFixture(GROUP_ANALYSIS, id, { organizationId, fiscalYear: year }),
      fromFixture(RECOMMENDATION_OVERRIDES, id, { organizationId, fiscalYear: year }),
    )
    const measures = MeasurePlanSchema.parse({ ...demoMeasurePlan(organizationId), id: measurePlanId(organizationId, planYear), fiscalYear: planYear, basedOnAssessmentYear: year })
    const plan = ActionPlanSchema.parse({ ...banhaengPlan2569(organizationId), id: actionPlanId(organizationId, planYear), fiscalYear: planYear, cycleId: cycleFor(planYear).id })
    // Both rounds of every measure and plan row, in the words of seed 001's 12-month report.
    const entries: FollowUpEntryInput[] = [...measures.measures.map((measure) => measure.id), ...plan.entries.map((entry) => (entry.ref === 'own' ? entry.measure.id : entry.measureId))]
      .flatMap((measureId, row) => ([6, 12] as const).map((round) => {
        const result = results[row % results.length]!
        return {
          ...result, measureId, round,
          status: round === 6 ? 'in-progress' as const : result.status,
          summary: `${result.outcome} (รอบ ${round} เดือน ปีงบประมาณ ${planYear})`,
          evidence: [`https://www.example.go.th/ita/${planYear}/${measureId}-${round}.pdf`],
          disbursed: Math.round(next() * 20000),
        }
      }))
    const reports = [6, 12].map((round) => ({ ...report.reports[0]!, round, asOf: `${planYear - 543 - (round === 6 ? 1 : 0)}-${round === 6 ? '04' : '10'}-05` }))
    writes.push(
      own(MEASURE_PLAN, measures.id, measures),
      own(ACTION_PLAN, plan.id, plan),
      own(FOLLOW_UP, plan.id, FollowUpSchema.parse({ id: plan.id, organizationId, fiscalYear: planYear, entries, reports })),
    )
  }
  const kinds = new Set(writes.map((write) => write.kind.kind))
  const missing = DOCUMENT_KINDS.filter((kind) => !kinds.has(kind.kind))
  if (missing.length) throw new Error(`the bench data lacks the kinds ${missing.map((kind) => kind.kind).join(', ')}`)
  return writes
}

async function filledStore(organizationId: string, index: number): Promise<DocumentCore> {
  const core = new DocumentCore(new MemoryRecords())
  await core.putMany(organizationDocuments(organizationId, index))
  return core
}

interface Bytes {
  sent: number
  /** The answers' JSON as read (the server gzips it on the wire). */
  received: number
  /** The same gzipped, about what travels. */
  receivedGzip: number
}

/** A fetch that counts what is sent and received (it reads each answer whole first: untimed runs only). */
function countingFetch(counter: Bytes): typeof fetch {
  return async (input, init) => {
    if (typeof init?.body === 'string') counter.sent += Buffer.byteLength(init.body)
    const response = await fetch(input, init)
    const bytes = new Uint8Array(await response.arrayBuffer())
    counter.received += bytes.byteLength
    counter.receivedGzip += gzipSync(bytes).byteLength
    const headers = new Headers(response.headers)
    headers.delete('content-encoding')
    return new Response(bytes, { status: response.status, statusText: response.statusText, headers })
  }
}

function client(couch: TestCouch, database: string, user: { name: string; password: string }, counter?: Bytes): CouchClient {
  return new CouchClient({ server: couch.url, database, user: user.name, password: user.password }, counter ? countingFetch(counter) : undefined)
}

/** What the server's answers alone take for a first sync: the database's info, then the changes feed with the documents, read and parsed. */
async function serverAlone(couch: TestCouch, database: string, user: { name: string; password: string }): Promise<number> {
  const headers = { accept: 'application/json', authorization: `Basic ${Buffer.from(`${user.name}:${user.password}`).toString('base64')}` }
  const start = performance.now()
  await (await fetch(`${couch.url}/${database}`, { headers })).text()
  let since: unknown = 0
  for (;;) {
    const answer = JSON.parse(await (await fetch(`${couch.url}/${database}/_changes?include_docs=true&limit=${PULL_BATCH}&since=${String(since)}`, { headers })).text()) as { results: unknown[]; last_seq: unknown }
    since = answer.last_seq
    if (answer.results.length < PULL_BATCH) break
  }
  return performance.now() - start
}

/** Throws unless the sync went through whole: nothing refused, rejected, in conflict or stopped. */
function assertClean(report: SyncReport, what: string): void {
  if (report.problem || report.refused.length || report.rejected.length || report.conflicts.length) {
    throw new Error(`${what}: ${JSON.stringify({ problem: report.problem, refused: report.refused, rejected: report.rejected, conflicts: report.conflicts.length })}`)
  }
}

/** Throws unless `store` holds exactly `expected`'s documents of the organisation, with the same data. */
async function assertHolds(store: DocumentCore, expected: readonly Envelope[], organizationId: string, what: string): Promise<void> {
  const held = new Map((await store.organizationRecords(organizationId)).map((envelope) => [`${envelope.kind} ${envelope.id}`, envelope]))
  if (held.size !== expected.length) throw new Error(`${what}: ${held.size} documents pulled, ${expected.length} expected`)
  for (const envelope of expected) {
    const here = held.get(`${envelope.kind} ${envelope.id}`)
    if (!here || canonicalJson(here.data) !== canonicalJson(envelope.data)) throw new Error(`${what}: ${envelope.kind} ${envelope.id} missing or different`)
  }
  if ((await store.quarantined()).length) throw new Error(`${what}: documents quarantined`)
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
const MB = 1024 * 1024

async function admin(couch: TestCouch, method: string, path: string, body?: unknown): Promise<unknown> {
  const answer = await couch.admin(method, path, body)
  if (answer.status >= 300) throw new Error(`${method} ${path}: ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`)
  return answer.body
}

export const benchmarks: Benchmark[] = [
  {
    name: `CouchDB sync: first push and first sync of one organisation (5 years), then a province of ${PROVINCE}`,
    run: async () => {
      console.log(`  (load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores at the start)`)
      const couch = await startCouch({ persistent: true })
      try {
        for (const user of [...MEMBERS, READER]) await couch.addUser(user.name, user.password)
        const ORG = 'bench-org-000'
        const template = await filledStore(ORG, 0)
        const expected = await template.organizationRecords(ORG)
        const docs = expected.length
        const jsonBytes = expected.reduce((sum, envelope) => sum + Buffer.byteLength(JSON.stringify(envelope)), 0)
        const actionPlanBytes = Buffer.byteLength(JSON.stringify(expected.find((envelope) => envelope.kind === ACTION_PLAN.kind)!.data))

        // 1. One organisation: the first push to an empty database, then a new member's first sync.
        const push: number[] = []
        const pull: number[] = []
        const alone: number[] = []
        const pushBytes: Bytes = { sent: 0, received: 0, receivedGzip: 0 }
        const pullBytes: Bytes = { sent: 0, received: 0, receivedGzip: 0 }
        // The first run, untimed, counts the bytes (and warms up). Every push first, then every pull, so
        // a pull does not meet the server still busy with the push just before it.
        const databases = Array.from({ length: RUNS + 1 }, (_, run) => `ita-single-${run}`)
        for (const [run, database] of databases.entries()) {
          await couch.addDatabase(database, MEMBERS.map((member) => member.name))
          const pusher = await filledStore(ORG, 0)
          const start = performance.now()
          const sent = await syncOrganization(pusher, client(couch, database, MEMBERS[0]!, run === 0 ? pushBytes : undefined), ORG)
          if (run > 0) push.push(performance.now() - start)
          assertClean(sent, 'first push')
          if (sent.pushed !== docs) throw new Error(`first push: ${sent.pushed} documents sent, ${docs} expected`)
        }
        // Twice over the databases, into fresh stores: the first pass warms up (the JIT, the server's
        // caches, as the province's pulls below find them), the second is timed.
        const newcomers: DocumentCore[] = []
        for (const timed of [false, true]) {
          for (const [run, database] of databases.entries()) {
            const newcomer = new DocumentCore(new MemoryRecords())
            newcomers.push(newcomer)
            const start = performance.now()
            const taken = await syncOrganization(newcomer, client(couch, database, MEMBERS[1]!, !timed && run === 0 ? pullBytes : undefined), ORG)
            if (timed && run > 0) pull.push(performance.now() - start)
            assertClean(taken, 'first sync')
            if (taken.pulled !== docs || taken.pushed !== 0) throw new Error(`first sync: ${taken.pulled} pulled and ${taken.pushed} pushed, ${docs} and 0 expected`)
          }
        }
        for (const database of databases.slice(1)) alone.push(await serverAlone(couch, database, MEMBERS[1]!))
        // Each newcomer holds every document (checked after the timing, as for the province).
        for (const newcomer of newcomers) await assertHolds(newcomer, expected, ORG, 'first sync')
        const firstSync = median(pull)

        // 2. A province: 100 organisations, one database each, filled by the admin with the documents
        // exactly as the app pushed them (the first database's, ids replaced).
        const setupStart = performance.now()
        const pushed = (await admin(couch, 'GET', '/ita-single-0/_all_docs?include_docs=true')) as { rows: Array<{ doc: Record<string, unknown> }> }
        const pushedText = JSON.stringify(pushed.rows.map(({ doc: { _rev: _drop, ...doc } }) => doc))
        if (pushed.rows.length !== docs || pushedText.split(ORG).length < docs) throw new Error('the pushed documents are not as expected')
        const ids = Array.from({ length: PROVINCE }, (_, index) => `bench-org-${String(index + 1).padStart(3, '0')}`)
        for (const id of ids) {
          const database = `ita-${id}`
          await couch.addDatabase(database, [...MEMBERS.map((member) => member.name), READER.name])
          const written = await admin(couch, 'POST', `/${database}/_bulk_docs`, { docs: JSON.parse(pushedText.replaceAll(ORG, id)) as unknown[] }) as Array<{ ok?: boolean }>
          if (written.length !== docs || written.some((row) => !row.ok)) throw new Error(`filling ${database} failed`)
        }
        const setupSeconds = (performance.now() - setupStart) / 1000
        console.log(`  (setup: ${PROVINCE} databases of ${docs} documents filled through _bulk_docs in ${setupSeconds.toFixed(1)} s, not timed)`)

        const reader = new DocumentCore(new MemoryRecords())
        const perOrganization: number[] = []
        const provinceStart = performance.now()
        for (const id of ids) {
          const start = performance.now()
          const report = await syncOrganization(reader, client(couch, `ita-${id}`, READER), id)
          perOrganization.push(performance.now() - start)
          assertClean(report, `province ${id}`)
          if (report.pulled !== docs || report.pushed !== 0) throw new Error(`province ${id}: ${report.pulled} pulled and ${report.pushed} pushed, ${docs} and 0 expected`)
        }
        const provinceSeconds = (performance.now() - provinceStart) / 1000
        // Every organisation whole in the reader's store (checked after the timing).
        for (const id of ids) {
          const expectedHere = expected.map((envelope) => JSON.parse(JSON.stringify(envelope).replaceAll(ORG, id)) as Envelope)
          await assertHolds(reader, expectedHere, id, `province ${id}`)
        }
        if ((await reader.revisions()).size !== PROVINCE * docs) throw new Error('the reader\'s store does not hold every organisation\'s documents')
        // Then a round with nothing new, as the app runs every 15 s while connected.
        const idleStart = performance.now()
        for (const id of ids) {
          const report = await syncOrganization(reader, client(couch, `ita-${id}`, READER), id)
          assertClean(report, `province ${id}, again`)
          if (report.pulled !== 0 || report.pushed !== 0) throw new Error(`province ${id}, again: ${report.pulled} pulled and ${report.pushed} pushed, none expected`)
        }
        const idleMs = performance.now() - idleStart
        const mean = perOrganization.reduce((sum, ms) => sum + ms, 0) / perOrganization.length
        const lastTen = perOrganization.slice(-10).reduce((sum, ms) => sum + ms, 0) / Math.min(10, perOrganization.length)

        console.log(`  (one organisation: ${docs} documents of ${DOCUMENT_KINDS.length} kinds over ${ASSESSMENT_YEARS.length} years; an action plan ${(actionPlanBytes / 1024).toFixed(0)} KB)`)
        const measurements: Measurement[] = [
          { name: 'one organisation\'s documents, JSON (UTF-8)', value: jsonBytes / MB, unit: 'MB' },
          { name: 'first push: JSON sent', value: pushBytes.sent / MB, unit: 'MB' },
          { name: `first push of one organisation, median of ${RUNS}`, value: median(push), unit: 'ms', target: 5000 },
          { name: 'first sync: JSON received', value: pullBytes.received / MB, unit: 'MB' },
          { name: 'first sync: the same gzipped (about what pouchdb-server sends)', value: pullBytes.receivedGzip / MB, unit: 'MB' },
          {
            name: `a new member's first sync of one organisation, median of ${RUNS}`, value: firstSync, unit: 'ms', target: 5000,
            baseline: median(alone), baselineName: 'the server\'s answers alone',
          },
          { name: `province: a reader's first sync of ${PROVINCE} organisations, one after another`, value: provinceSeconds, unit: 's', target: 120 },
          { name: 'province: per organisation, mean', value: mean, unit: 'ms', baseline: firstSync, baselineName: 'one organisation\'s first sync' },
          { name: 'province: per organisation, mean of the last ten', value: lastTen, unit: 'ms', baseline: firstSync, baselineName: 'one organisation\'s first sync' },
          { name: 'province: slowest organisation', value: Math.max(...perOrganization), unit: 'ms' },
          { name: `province: then a round over the ${PROVINCE} with nothing new (the app's every 15 s)`, value: idleMs, unit: 'ms' },
        ]
        return measurements
      } finally {
        await couch.stop()
      }
    },
  },
]

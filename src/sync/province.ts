import type { ActionPlan } from '@/domain/action-plan'
import type { CatalogueOverridesRecord } from '@/domain/catalogue-overrides'
import type { FollowUp, MeasurePlan } from '@/domain/measures'
import type { AssessmentRecord, Organization } from '@/domain/workspace'
import { DocumentCore, type IncomingDocument } from '@/storage/core'
import { ACTION_PLAN, ASSESSMENT, CATALOGUE_OVERRIDES, FOLLOW_UP, MEASURE_PLAN, ORGANIZATION } from '@/storage/kinds'
import { MemoryRecords } from '@/storage/memory'
import type { RecordKey } from '@/storage/raw'
import { CouchClient, SyncError, type CouchChange } from './couch'
import { envelopeOf, keyOfServerId } from './replicate'

/**
 * The provincial view's reading: every organisation database a reader may read, read only, each into a
 * throwaway store in memory. Nothing is written to the server (the reader below has no call that
 * writes) nor to this workspace: each database's documents go through the storage core's incoming
 * door (`acceptIncoming`) of a DocumentCore over Maps made for that database and dropped after, so a
 * server document is checked exactly as a synced one is (envelope, kind, owner, migration, schema),
 * and one that fails is quarantined there and never shown. One refused database does not stop the
 * others: each ends as its organisations' records or as a problem code.
 */

/** The read calls of the CouchDB client the province needs: nothing that writes. */
export type CouchReader = Pick<CouchClient, 'check' | 'changes' | 'sessionUser' | 'allDatabases'>

export interface ProvinceCredentials {
  server: string
  user: string
  password: string
}

export interface ReadOptions {
  /** The fetch to use (tests pass one that records what was asked, then asks the real server). */
  fetch?: typeof fetch
  /** Databases read at once; 4 by default. */
  concurrency?: number
  /** Called as each database is done (read or refused), with how many of how many. */
  onProgress?: (done: number, total: number) => void
}

/** Why a database could not be read. */
export type DatabaseProblem = 'no-access' | 'not-found' | 'unreachable' | 'bad-response' | 'server-error'

/** What an organisation's database holds that the provincial table uses, each document checked. */
export interface OrganizationRecords {
  organization: Organization
  assessments: AssessmentRecord[]
  catalogueOverrides: CatalogueOverridesRecord[]
  measurePlans: MeasurePlan[]
  followUps: FollowUp[]
  actionPlans: ActionPlan[]
}

export interface RefusedDocument {
  kind: string
  id: string
  /** Technical, English: what the storage core found. */
  reason: string
}

export type DatabaseRead =
  | { database: string; ok: true; organizations: OrganizationRecords[]; refused: RefusedDocument[] }
  | { database: string; ok: false; problem: DatabaseProblem; detail?: string }

export type ProvinceRead =
  | { ok: true; databases: DatabaseRead[] }
  /** Nothing was read: the password is refused, or the server cannot be reached at all. */
  | { ok: false; problem: 'wrong-credentials' | 'unreachable' | 'bad-response' }

export type DatabaseList =
  | { ok: true; databases: string[] }
  /** The server lists its databases to admins only (CouchDB 3), or could not be asked: the user types them. */
  | { ok: false; problem: 'refused' | 'unreachable' | 'bad-response' }

function readerFor(source: ProvinceCredentials, database: string, fetcher?: typeof fetch): CouchReader {
  return new CouchClient({ server: source.server, user: source.user, password: source.password, database }, fetcher)
}

/** The client is made per database; for the calls of the server itself (`_session`, `_all_dbs`) any valid name does. */
const SERVER_LEVEL = 'server'

/** The databases the server lists, via `_all_dbs`; refused on CouchDB 3 for a user who is not an admin. */
export async function listDatabases(source: ProvinceCredentials, options: Pick<ReadOptions, 'fetch'> = {}): Promise<DatabaseList> {
  try {
    return { ok: true, databases: await readerFor(source, SERVER_LEVEL, options.fetch).allDatabases() }
  } catch (error) {
    if (!(error instanceof SyncError)) throw error
    switch (error.problem.code) {
      case 'unreachable': return { ok: false, problem: 'unreachable' }
      case 'bad-response': return { ok: false, problem: 'bad-response' }
      default: return { ok: false, problem: 'refused' }
    }
  }
}

/** Names as typed: trimmed, blanks and repeats dropped, in their order. Names are checked by the form (checkDatabaseName). */
export function uniqueDatabases(names: readonly string[]): string[] {
  return [...new Set(names.map((name) => name.trim()).filter(Boolean))]
}

export async function readProvince(source: ProvinceCredentials, databases: readonly string[], options: ReadOptions = {}): Promise<ProvinceRead> {
  const names = uniqueDatabases(databases)
  // Once for all: a wrong password would otherwise come back as one refusal per database.
  try {
    if (await readerFor(source, SERVER_LEVEL, options.fetch).sessionUser() !== source.user) return { ok: false, problem: 'wrong-credentials' }
  } catch (error) {
    if (!(error instanceof SyncError)) throw error
    if (error.problem.code === 'unreachable') return { ok: false, problem: 'unreachable' }
    if (error.problem.code === 'bad-response') return { ok: false, problem: 'bad-response' }
    return { ok: false, problem: 'wrong-credentials' }
  }
  const results: DatabaseRead[] = new Array(names.length)
  let next = 0
  let done = 0
  options.onProgress?.(0, names.length)
  const worker = async () => {
    while (next < names.length) {
      const index = next++
      const database = names[index]!
      results[index] = await readDatabase(readerFor(source, database, options.fetch), database)
      options.onProgress?.(++done, names.length)
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency ?? 4, names.length)) }, worker))
  return { ok: true, databases: results }
}

// As the sync's pull: a batch stays well under the answer limit even of action plans with their sheets.
const BATCH = 50

async function readDatabase(reader: CouchReader, database: string): Promise<DatabaseRead> {
  try {
    await reader.check()
    const changes: CouchChange[] = []
    let since: string | number | null = null
    for (;;) {
      const batch = await reader.changes(since, BATCH)
      changes.push(...batch.results)
      since = batch.lastSeq
      if (batch.results.length < BATCH) break
    }
    return { database, ok: true, ...await checkDocuments(changes) }
  } catch (error) {
    if (!(error instanceof SyncError)) throw error
    switch (error.problem.code) {
      case 'no-access':
      case 'wrong-credentials': return { database, ok: false, problem: 'no-access' }
      case 'no-database': return { database, ok: false, problem: 'not-found' }
      case 'unreachable': return { database, ok: false, problem: 'unreachable' }
      case 'server-error': return { database, ok: false, problem: 'server-error', detail: `HTTP ${error.problem.status}` }
      case 'bad-response': return { database, ok: false, problem: 'bad-response', detail: error.problem.detail }
    }
  }
}

/**
 * The database's documents through a fresh core's incoming door. Its organisations are the ones it
 * holds an `organization:` document of; every other document is offered to the organisation it claims
 * (or, claiming none of those, to the first, whose core then refuses it as another organisation's).
 */
async function checkDocuments(changes: readonly CouchChange[]): Promise<{ organizations: OrganizationRecords[]; refused: RefusedDocument[] }> {
  const core = new DocumentCore(new MemoryRecords())
  const documents = changes.flatMap((change) => {
    const key = keyOfServerId(change.id)
    return key && !change.deleted ? [{ change, key }] : []
  })
  const organizationIds = [...new Set(documents.filter(({ key }) => key[0] === ORGANIZATION.kind).map(({ key }) => key[1]))]
  const refused: RefusedDocument[] = []
  const offered = new Map<string, Array<{ key: RecordKey; incoming: IncomingDocument }>>()
  for (const { change, key } of documents) {
    const raw = change.doc ? envelopeOf(change.doc) : null
    const claimed = key[0] === ORGANIZATION.kind ? key[1] : (raw as { organizationId?: unknown } | null)?.organizationId
    const owner = typeof claimed === 'string' && organizationIds.includes(claimed) ? claimed : organizationIds[0]
    if (owner === undefined) {
      refused.push({ kind: key[0], id: key[1], reason: 'the database holds no organisation document' })
      continue
    }
    const incoming: IncomingDocument = {
      key, raw, deleted: false, baseRevision: null,
      ...(change.hostile ? { hostile: `sent by the server with ${change.hostile}` } : {}),
    }
    offered.set(owner, [...offered.get(owner) ?? [], { key, incoming }])
  }
  for (const [owner, list] of offered) {
    const outcomes = await core.acceptIncoming(owner, list.map(({ incoming }) => incoming))
    outcomes.forEach((outcome, index) => {
      const [kind, id] = list[index]!.key
      if (outcome.outcome === 'refused') refused.push({ kind, id, reason: outcome.reason })
    })
  }
  const organizations: OrganizationRecords[] = []
  for (const organization of (await core.list(ORGANIZATION)).documents) {
    const of = organization.id
    organizations.push({
      organization,
      assessments: (await core.list(ASSESSMENT, of)).documents,
      catalogueOverrides: (await core.list(CATALOGUE_OVERRIDES, of)).documents,
      measurePlans: (await core.list(MEASURE_PLAN, of)).documents,
      followUps: (await core.list(FOLLOW_UP, of)).documents,
      actionPlans: (await core.list(ACTION_PLAN, of)).documents,
    })
  }
  core.close()
  return { organizations, refused }
}

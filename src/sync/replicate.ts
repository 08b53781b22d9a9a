import { z } from 'zod'
import type { DocumentBackend } from '@/storage/backend'
import type { IncomingDocument, IncomingOutcome } from '@/storage/core'
import { documentKey, type Envelope } from '@/storage/envelope'
import type { RecordKey } from '@/storage/raw'
import { canonicalJson } from '@/storage/restore'
import { isRecord, SyncError, type CouchChange, type CouchClient, type SyncProblem } from './couch'

/**
 * Keeps one organisation's documents in step with one CouchDB database, both ways.
 *
 * The server keeps the history; this store keeps, per document, the server revision (`_rev`) it was
 * last in step with and its own revision at that moment (the sync state, in the store's meta). Then:
 * - pull: each change from the server's feed is taken if the copy here has not changed since it was
 *   last in step; otherwise both are kept: the copy here stays, the server's waits beside it as a
 *   conflict for the committee to choose (keepMine / takeTheirs). Every document is checked by the
 *   storage core exactly as a read is; one that fails is quarantined, never stored.
 * - push: each copy changed here since it was last in step is sent with the `_rev` it was based on,
 *   so the server refuses it (409) when someone else saved first; that is a conflict too, never an
 *   overwrite. Deleted here -> deleted there, on the same terms.
 * Identical data on both sides is never a conflict. An interrupted sync loses nothing: what was not
 * confirmed is sent or taken again next time (the state is saved after each batch).
 * syncOrganization, keepMine and takeTheirs each read the state and write it back, so a caller runs
 * them one at a time per organisation (`exclusively` in ./exclusive.ts): a choice made during a round
 * would otherwise be undone by the round's write.
 *
 * Why not PouchDB in the browser: the store here already validates, migrates, quarantines and writes
 * atomically across documents (PouchDB's bulkDocs is per document), and the committee's conflicts are
 * the ones the app already shows between two tabs. The server keeps the revision trees, so the browser
 * needs only the revision it is based on, and no library (PouchDB would add 42.8 KB gzip).
 */

/** What a sync needs of a store: the storage core's incoming door, its records, and its meta. */
export type SyncStore = Pick<DocumentBackend, 'acceptIncoming' | 'organizationRecords' | 'getMeta' | 'setMeta'>

/** A server copy waiting beside the copy here, for the committee to choose. */
export interface RemoteConflict {
  kind: string
  id: string
  /** The server's revision of its copy. */
  rev: string
  /** The server's copy as it came (untrusted until taken), or null when it was deleted there. */
  remote: Record<string, unknown> | null
}

export interface SyncReport {
  /** Documents taken from the server (written or deleted here). */
  pulled: number
  /** Which documents those are, for the screens showing them to reload. */
  changed: Array<{ kind: string; id: string }>
  /** Documents sent to the server. */
  pushed: number
  /** Conflicts waiting, after this sync (earlier ones included). */
  conflicts: RemoteConflict[]
  /** Server documents put in the quarantine this time, with the reason. */
  refused: Array<{ kind: string; id: string; reason: string }>
  /** Documents the server refused to take (other than conflicts), with its error code. */
  rejected: Array<{ kind: string; id: string; error: string }>
  /** Set when the sync stopped before it was done; what was done until then stands. */
  problem: SyncProblem | null
}

const StateSchema = z.object({
  database: z.string(),
  since: z.union([z.string(), z.number()]).nullable(),
  /** [documentKey, server rev, revision here] of each document in step. */
  docs: z.array(z.tuple([z.string(), z.string(), z.number().int()])),
  conflicts: z.array(z.object({ kind: z.string(), id: z.string(), rev: z.string(), remote: z.record(z.string(), z.unknown()).nullable() })),
})
type StoredState = z.infer<typeof StateSchema>

interface State {
  since: string | number | null
  inStep: Map<string, { rev: string; revision: number }>
  conflicts: Map<string, RemoteConflict>
}

export function stateKey(organizationId: string): string {
  return `sync:${organizationId}`
}

/** The sync state of an organisation for a database; a missing, damaged or other database's one starts afresh (safe: identical data is recognised). */
async function loadState(core: SyncStore, organizationId: string, database: string): Promise<State> {
  const parsed = StateSchema.safeParse(await core.getMeta(stateKey(organizationId)))
  if (!parsed.success || parsed.data.database !== database) return { since: null, inStep: new Map(), conflicts: new Map() }
  return {
    since: parsed.data.since,
    inStep: new Map(parsed.data.docs.map(([key, rev, revision]) => [key, { rev, revision }])),
    conflicts: new Map(parsed.data.conflicts.map((conflict) => [documentKey(conflict.kind, conflict.id), conflict])),
  }
}

async function saveState(core: SyncStore, organizationId: string, database: string, state: State): Promise<void> {
  const stored: StoredState = {
    database,
    since: state.since,
    docs: [...state.inStep].map(([key, { rev, revision }]) => [key, rev, revision]),
    conflicts: [...state.conflicts.values()],
  }
  await core.setMeta(stateKey(organizationId), stored)
}

/** The server document id of a record: `kind:id` (kinds hold no colon). */
export function serverId(kind: string, id: string): string {
  return `${kind}:${id}`
}

/** Where a server document goes here: `kind:id` split at its first colon; null for `_design/` and other ids of no record. */
export function keyOfServerId(serverDocId: string): RecordKey | null {
  const colon = serverDocId.indexOf(':')
  if (colon <= 0 || serverDocId.startsWith('_')) return null
  return [serverDocId.slice(0, colon), serverDocId.slice(colon + 1)]
}

/** The record as the server keeps it: the envelope without this store's revision. */
function serverDoc(envelope: Envelope, rev: string | undefined): Record<string, unknown> {
  const { revision: _revision, ...rest } = envelope
  return { _id: serverId(envelope.kind, envelope.id), ...(rev ? { _rev: rev } : {}), ...rest }
}

/** The envelope part of a server document (its `_` fields dropped). */
export function envelopeOf(doc: Record<string, unknown>): Record<string, unknown> {
  const envelope: Record<string, unknown> = {}
  for (const [field, value] of Object.entries(doc)) if (!field.startsWith('_')) envelope[field] = value
  return envelope
}

// A batch stays well under the 32 MB answer limit even of action plans with all their sheets (about 260 KB each).
const PULL_BATCH = 50
const PUSH_BATCH = 100

export async function syncOrganization(core: SyncStore, client: CouchClient, organizationId: string): Promise<SyncReport> {
  const database = client.target.database
  const state = await loadState(core, organizationId, database)
  const report: SyncReport = { pulled: 0, changed: [], pushed: 0, conflicts: [], refused: [], rejected: [], problem: null }
  try {
    await client.check()
    await pull(core, client, organizationId, state, report)
    await push(core, client, organizationId, state, report)
  } catch (error) {
    if (!(error instanceof SyncError)) throw error
    report.problem = error.problem
  } finally {
    await saveState(core, organizationId, database, state)
  }
  report.conflicts = [...state.conflicts.values()]
  return report
}

async function pull(core: SyncStore, client: CouchClient, organizationId: string, state: State, report: SyncReport): Promise<void> {
  for (;;) {
    const batch = await client.changes(state.since, PULL_BATCH)
    const taken: Array<{ change: CouchChange; key: RecordKey }> = []
    for (const change of batch.results) {
      const key = keyOfServerId(change.id)
      if (!key) continue
      // Our own write coming back, or one already taken.
      if (state.inStep.get(documentKey(key[0], key[1]))?.rev === change.rev) continue
      taken.push({ change, key })
    }
    const incoming: IncomingDocument[] = taken.map(({ change, key }) => ({
      key, deleted: change.deleted, raw: change.doc ? envelopeOf(change.doc) : null,
      baseRevision: state.inStep.get(documentKey(key[0], key[1]))?.revision ?? null,
      ...(change.hostile ? { hostile: `sent by the server with ${change.hostile}` } : {}),
    }))
    const outcomes = incoming.length ? await core.acceptIncoming(organizationId, incoming) : []
    outcomes.forEach((outcome, index) => {
      const { change, key } = taken[index]!
      note(state, report, key, change.rev, outcome, change.doc)
      if (outcome.outcome === 'written') {
        report.pulled++
        report.changed.push({ kind: key[0], id: key[1] })
      }
    })
    state.since = batch.lastSeq
    await saveState(core, organizationId, client.target.database, state)
    if (batch.results.length < PULL_BATCH) return
  }
}

/** Records what became of a server copy: in step, waiting as a conflict, or refused. */
function note(state: State, report: SyncReport, key: RecordKey, rev: string, outcome: IncomingOutcome, doc: Record<string, unknown> | null): void {
  const name = documentKey(key[0], key[1])
  switch (outcome.outcome) {
    case 'written':
    case 'same':
      state.conflicts.delete(name)
      if (outcome.revision === null) state.inStep.delete(name)
      else state.inStep.set(name, { rev, revision: outcome.revision })
      return
    case 'changed-here':
      state.conflicts.set(name, { kind: key[0], id: key[1], rev, remote: doc ? envelopeOf(doc) : null })
      return
    case 'refused':
      report.refused.push({ kind: key[0], id: key[1], reason: outcome.reason })
  }
}

async function push(core: SyncStore, client: CouchClient, organizationId: string, state: State, report: SyncReport): Promise<void> {
  const here = await core.organizationRecords(organizationId)
  const present = new Set(here.map((envelope) => documentKey(envelope.kind, envelope.id)))
  const outgoing: Array<{ key: string; envelope: Envelope | null; doc: Record<string, unknown> }> = []
  for (const envelope of here) {
    const key = documentKey(envelope.kind, envelope.id)
    const step = state.inStep.get(key)
    if (state.conflicts.has(key) || step?.revision === envelope.revision) continue
    outgoing.push({ key, envelope, doc: serverDoc(envelope, step?.rev) })
  }
  for (const [key, step] of state.inStep) {
    if (present.has(key) || state.conflicts.has(key)) continue
    const [kind, id] = JSON.parse(key) as [string, string]
    outgoing.push({ key, envelope: null, doc: { _id: serverId(kind, id), _rev: step.rev, _deleted: true } })
  }
  for (let start = 0; start < outgoing.length; start += PUSH_BATCH) {
    const batch = outgoing.slice(start, start + PUSH_BATCH)
    const results = await client.bulkDocs(batch.map(({ doc }) => doc))
    for (const [index, result] of results.entries()) {
      const { key, envelope } = batch[index]!
      const [kind, id] = JSON.parse(key) as [string, string]
      if (result.ok) {
        report.pushed++
        if (envelope) state.inStep.set(key, { rev: result.rev, revision: envelope.revision })
        else state.inStep.delete(key)
      } else if (result.error === 'conflict') {
        await settleRefusedPush(client, state, report, key, envelope)
      } else {
        report.rejected.push({ kind, id, error: result.error })
      }
    }
    await saveState(core, organizationId, client.target.database, state)
  }
}

/** The server had a newer copy than the one ours was based on: identical -> in step; else both kept. */
async function settleRefusedPush(client: CouchClient, state: State, report: SyncReport, key: string, envelope: Envelope | null): Promise<void> {
  const [kind, id] = JSON.parse(key) as [string, string]
  let theirs: Record<string, unknown> | null
  try {
    theirs = await client.get(serverId(kind, id))
  } catch (error) {
    // The server's copy is not one the app reads: ours stays here unsent, the copy there is named.
    if (!(error instanceof SyncError) || error.problem.code !== 'bad-response') throw error
    report.refused.push({ kind, id, reason: `the server's copy: ${error.problem.detail}` })
    return
  }
  const rev = theirs && typeof theirs._rev === 'string' ? theirs._rev : null
  if (!theirs || !rev) return
  const remote = envelopeOf(theirs)
  if (envelope && isRecord(remote) && remote.organizationId === envelope.organizationId && canonicalJson(remote.data) === canonicalJson(envelope.data)) {
    state.inStep.set(key, { rev, revision: envelope.revision })
    state.conflicts.delete(key)
    return
  }
  state.conflicts.set(key, { kind, id, rev, remote })
}

/**
 * The committee keeps its copy: the next sync sends it over the server's (based on the server's
 * revision now, so it is refused again if that moved meanwhile).
 */
export async function keepMine(core: SyncStore, organizationId: string, database: string, kind: string, id: string): Promise<void> {
  const state = await loadState(core, organizationId, database)
  const key = documentKey(kind, id)
  const conflict = state.conflicts.get(key)
  if (!conflict) return
  state.conflicts.delete(key)
  // Revision 0 is never a stored one: the copy here counts as changed, and is sent.
  state.inStep.set(key, { rev: conflict.rev, revision: 0 })
  await saveState(core, organizationId, database, state)
}

/**
 * The committee takes the server's copy: written here over its own (checked as any incoming document;
 * a copy that fails is quarantined and the conflict stays), or deleted here when it was deleted there.
 */
export async function takeTheirs(core: SyncStore, organizationId: string, database: string, kind: string, id: string): Promise<IncomingOutcome | null> {
  const state = await loadState(core, organizationId, database)
  const key = documentKey(kind, id)
  const conflict = state.conflicts.get(key)
  if (!conflict) return null
  const current = (await core.organizationRecords(organizationId)).find((envelope) => envelope.kind === kind && envelope.id === id)
  const [outcome] = await core.acceptIncoming(organizationId, [{
    key: [kind, id], raw: conflict.remote, deleted: conflict.remote === null, baseRevision: current?.revision ?? null,
  }])
  if (outcome!.outcome === 'written' || outcome!.outcome === 'same') {
    state.conflicts.delete(key)
    if (outcome!.revision === null) state.inStep.delete(key)
    else state.inStep.set(key, { rev: conflict.rev, revision: outcome!.revision })
    await saveState(core, organizationId, database, state)
  }
  return outcome!
}

/** The conflicts waiting for an organisation and database. */
export async function pendingConflicts(core: SyncStore, organizationId: string, database: string): Promise<RemoteConflict[]> {
  return [...(await loadState(core, organizationId, database)).conflicts.values()]
}

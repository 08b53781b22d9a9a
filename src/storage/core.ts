import { kindNamed, ORGANIZATION, type DocumentKind } from './kinds'
import {
  DocumentProblem, EnvelopeSchema, RevisionConflictError, documentKey, inconsistency, prepareWrites, revisionConflicts, upgradeData,
  type BulkChange, type DataIssue, type DocumentWrite, type Envelope, type QuarantineEntry, type Stored, type UnreadableDocument, type WriteReceipt,
} from './envelope'
import type { DocumentBackend, LoadResult, ReadAllResult } from './backend'
import type { RawRecordStore, RecordKey } from './raw'
import { canonicalJson } from './restore'

/**
 * A document as it arrived from elsewhere (a sync server): untrusted until the core has checked it.
 * `raw` is an envelope without a revision (revisions are this store's own); `key` is where it goes,
 * from the sender's document id, so a deletion (which has no body) has one too.
 */
export interface IncomingDocument {
  key: RecordKey
  raw: unknown
  deleted: boolean
  /**
   * The revision the copy here had when it was last in step with the sender (null: there was none).
   * The incoming copy is written only if the copy here is still that one; otherwise it was changed
   * here meanwhile, and it is left as it is for the caller to keep both.
   */
  baseRevision: number | null
  /** Set when the receiver already found it unfit to hand on (a key reaching a prototype): quarantined as this reason, its body not kept. */
  hostile?: string
}

export type IncomingOutcome =
  /** Written (or deleted, revision null): this is the revision now stored. */
  | { outcome: 'written'; revision: number | null }
  /** The copy here already holds the same data (or is already absent): nothing written. */
  | { outcome: 'same'; revision: number | null }
  /** Changed here since it was last in step: left as it is. */
  | { outcome: 'changed-here'; revision: number | null }
  /** Not a readable document of this organisation: put in the quarantine, nothing here touched. */
  | { outcome: 'refused'; reason: string; code: QuarantineEntry['code'] }

/**
 * The document rules, written once over any RawRecordStore (IndexedDB, memory, later a replicated one).
 * Everything is a document in an envelope: `{ kind, id, organizationId, version, revision, updatedAt, data }`.
 * Reads migrate old versions step by step and validate; a document that fails is moved to the quarantine
 * with the reason, never dropped. Writes validate first, so nothing invalid is ever stored, and carry the
 * revision they were based on, checked inside the same transaction that writes, so one tab never
 * overwrites what another saved.
 */
export class DocumentCore implements DocumentBackend {
  readonly persistent: boolean
  onQuarantine?: (document: UnreadableDocument) => void

  constructor(protected readonly records: RawRecordStore) {
    this.persistent = records.persistent
  }

  /** All documents of a kind (optionally of one organisation), migrated and validated. */
  async list<T>(kind: DocumentKind<T>, organizationId?: string): Promise<LoadResult<T>> {
    const result: LoadResult<T> = { documents: [], entries: [], quarantined: [] }
    for (const envelope of await this.records.list(kind.kind, organizationId)) {
      const stored = await this.read(kind, envelope)
      if ('reason' in stored) result.quarantined.push({ id: envelope.id, reason: stored.reason })
      else {
        result.documents.push(stored.data)
        result.entries.push(stored)
      }
    }
    return result
  }

  async get<T>(kind: DocumentKind<T>, id: string): Promise<T | null> {
    return (await this.getStored(kind, id))?.data ?? null
  }

  async getStored<T>(kind: DocumentKind<T>, id: string): Promise<Stored<T> | null> {
    const envelope = await this.records.get([kind.kind, id])
    if (!envelope) return null
    const stored = await this.read(kind, envelope)
    return 'reason' in stored ? null : stored
  }

  /** Reads one envelope: migrated (and the upgrade saved) or put in quarantine with the reason. */
  private async read<T>(kind: DocumentKind<T>, envelope: Envelope): Promise<Stored<T> | { reason: string }> {
    let data: T
    try {
      data = upgradeData(kind, envelope.version, envelope.data)
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      await this.quarantine(envelope, reason, error instanceof DocumentProblem ? error.code : 'invalid-data', error instanceof DocumentProblem ? error.issues : [])
      return { reason }
    }
    let revision = envelope.revision
    if (envelope.version !== kind.version) {
      // A failed rewrite (storage full) is no reason to doubt the document: it is migrated again next time.
      revision = await this.rewrite(envelope, kind.version, data).catch(() => envelope.revision)
    }
    return { id: envelope.id, organizationId: envelope.organizationId, revision, updatedAt: envelope.updatedAt, data }
  }

  async putMany(entries: readonly DocumentWrite[]): Promise<WriteReceipt[]> {
    const envelopes = prepareWrites(entries, new Date().toISOString())
    let receipts: WriteReceipt[] = []
    await this.records.transact({ keys: envelopes.map((envelope) => [envelope.kind, envelope.id] as const) }, (current) => {
      const stored = envelopes.map((envelope) => current.get(documentKey(envelope.kind, envelope.id)))
      const conflicts = revisionConflicts(envelopes, stored)
      if (conflicts.length) throw new RevisionConflictError(conflicts)
      const put = envelopes.map(({ baseRevision: _base, ...envelope }, index) => ({ ...envelope, revision: (stored[index]?.revision ?? 0) + 1 }))
      receipts = put.map(({ kind, id, revision }) => ({ kind, id, revision }))
      return { put }
    })
    return receipts
  }

  async put<T>(kind: DocumentKind<T>, id: string, organizationId: string | null, data: T, baseRevision?: number | null): Promise<WriteReceipt> {
    const [receipt] = await this.putMany([{ kind: kind as DocumentKind, id, organizationId, data, baseRevision }])
    return receipt!
  }

  async delete(kind: DocumentKind, id: string): Promise<void> {
    const key: RecordKey = [kind.kind, id]
    await this.records.transact({}, () => ({ delete: [key] }))
  }

  async deleteOrganization(organizationId: string, organizationKind: DocumentKind = ORGANIZATION): Promise<void> {
    await this.records.transact({ organizationId }, (current) => ({
      delete: [...[...current.values()].map((envelope) => [envelope.kind, envelope.id] as const), [organizationKind.kind, organizationId]],
    }))
  }

  async readAll(): Promise<ReadAllResult> {
    const result: ReadAllResult = { envelopes: [], quarantined: [], unknown: [] }
    for (const raw of await this.records.listAll()) {
      const envelope = EnvelopeSchema.safeParse(raw)
      if (!envelope.success) {
        await this.quarantine(raw, 'not a document envelope', 'bad-envelope')
        result.quarantined.push({ kind: String((raw as { kind?: unknown }).kind), id: String((raw as { id?: unknown }).id), reason: 'not a document envelope' })
        continue
      }
      const kind = kindNamed(envelope.data.kind)
      if (!kind) {
        result.unknown.push({ kind: envelope.data.kind, id: envelope.data.id })
        continue
      }
      const stored = await this.read(kind, envelope.data)
      if ('reason' in stored) result.quarantined.push({ kind: kind.kind, id: envelope.data.id, reason: stored.reason })
      else result.envelopes.push({ ...envelope.data, version: kind.version, revision: stored.revision, data: stored.data })
    }
    return result
  }

  async revisions(): Promise<Map<string, number>> {
    const revisions = new Map<string, number>()
    for (const envelope of await this.records.listAll()) revisions.set(documentKey(envelope.kind, envelope.id), envelope.revision)
    return revisions
  }

  async applyBulk(change: BulkChange): Promise<void> {
    // Everything the change checks or bumps is read in the transaction that applies it.
    const keys: RecordKey[] = [
      ...[...change.expected.keys()].map((key) => JSON.parse(key) as [string, string]),
      ...change.put.map((envelope) => [envelope.kind, envelope.id] as const),
    ]
    await this.records.transact({ keys }, (current) => {
      const conflicts = [...change.expected].filter(([key, revision]) => (current.get(key)?.revision ?? null) !== revision)
      if (conflicts.length) {
        throw new RevisionConflictError(conflicts.map(([key, expected]) => {
          const [kind, id] = JSON.parse(key) as [string, string]
          return { kind, id, expected, actual: current.get(key)?.revision ?? null }
        }))
      }
      return {
        delete: change.delete.map(({ kind, id }) => [kind, id] as const),
        put: change.put.map((envelope) => ({ ...envelope, revision: (current.get(documentKey(envelope.kind, envelope.id))?.revision ?? 0) + 1 })),
      }
    })
  }

  /**
   * Takes documents that arrived from a sync server, each on its own: validated and migrated exactly as
   * a read is (one that fails, or that claims another organisation, goes to the quarantine with the
   * reason and nothing here is touched), then, in one transaction, written only where the copy here is
   * still the revision the caller last saw in step. Keeps the sender's updatedAt.
   */
  async acceptIncoming(organizationId: string, incoming: readonly IncomingDocument[]): Promise<IncomingOutcome[]> {
    const outcomes: IncomingOutcome[] = new Array(incoming.length)
    const checked: Array<{ index: number; envelope: Omit<Envelope, 'revision'> | null }> = []
    for (const [index, document] of incoming.entries()) {
      const problem = document.hostile ? { reason: document.hostile, code: 'bad-envelope' as const }
        : document.deleted ? null : checkIncoming(organizationId, document)
      if (problem && 'reason' in problem) {
        const raw = document.hostile ? { kind: document.key[0], id: document.key[1], hostile: document.hostile } : document.raw
        await this.quarantine(raw, problem.reason, problem.code, problem.issues ?? [], false)
        outcomes[index] = { outcome: 'refused', reason: problem.reason, code: problem.code }
      } else checked.push({ index, envelope: problem })
    }
    if (!checked.length) return outcomes
    await this.records.transact({ keys: checked.map(({ index }) => incoming[index]!.key) }, (current) => {
      const put: Envelope[] = []
      const remove: RecordKey[] = []
      for (const { index, envelope } of checked) {
        const { key, baseRevision } = incoming[index]!
        const here = current.get(documentKey(key[0], key[1]))
        const revision = here?.revision ?? null
        if (envelope === null ? !here : here !== undefined && here.organizationId === envelope.organizationId && canonicalJson(here.data) === canonicalJson(envelope.data)) {
          outcomes[index] = { outcome: 'same', revision }
        } else if (revision !== baseRevision) {
          outcomes[index] = { outcome: 'changed-here', revision }
        } else if (envelope === null) {
          remove.push(key)
          outcomes[index] = { outcome: 'written', revision: null }
        } else {
          put.push({ ...envelope, revision: (revision ?? 0) + 1 })
          outcomes[index] = { outcome: 'written', revision: (revision ?? 0) + 1 }
        }
      }
      return { delete: remove, put }
    })
    return outcomes
  }

  /** The raw records of one organisation (its own document included), with this store's revisions. */
  async organizationRecords(organizationId: string): Promise<Envelope[]> {
    let found: Envelope[] = []
    await this.records.transact({ organizationId }, (current) => {
      found = [...current.values()]
      return {}
    })
    return found
  }

  async isEmpty(): Promise<boolean> {
    return (await this.records.count()) === 0
  }

  async getMeta<T>(key: string): Promise<T | undefined> {
    return await this.records.getMeta(key) as T | undefined
  }

  async setMeta(key: string, value: unknown): Promise<void> {
    await this.records.setMeta(key, value)
  }

  async quarantined(): Promise<QuarantineEntry[]> {
    return this.records.quarantined()
  }

  async discardQuarantined(seq: number): Promise<void> {
    await this.records.discardQuarantined(seq)
  }

  /**
   * Moves an unreadable record aside in one transaction: it is in one place or the other, never lost.
   * A record that arrived from elsewhere (`stored` false) is only added to the quarantine: the copy
   * saved here under the same key is not the one that failed.
   */
  private async quarantine(raw: unknown, reason: string, code: QuarantineEntry['code'], issues: DataIssue[] = [], stored = true): Promise<void> {
    const key = raw as { kind?: unknown; id?: unknown } | null
    const recordKey: RecordKey | null = stored && typeof key?.kind === 'string' && typeof key.id === 'string' ? [key.kind, key.id] : null
    const detail = issues.length ? { issues } : {}
    await this.records.transact({}, () => ({
      delete: recordKey ? [recordKey] : [],
      quarantine: [{ quarantinedAt: new Date().toISOString(), reason, code, ...detail, raw }],
    }))
    this.onQuarantine?.({ kind: String(key?.kind), id: String(key?.id), reason, code, ...detail })
  }

  /** Saves a migrated document, unless another tab changed it meanwhile; returns the revision now stored. */
  private async rewrite(envelope: Envelope, version: number, data: unknown): Promise<number> {
    let revision = envelope.revision
    await this.records.transact({ keys: [[envelope.kind, envelope.id]] }, (current) => {
      const now = current.get(documentKey(envelope.kind, envelope.id))
      if (now?.revision !== envelope.revision) {
        revision = now?.revision ?? envelope.revision
        return {}
      }
      revision = envelope.revision + 1
      return { put: [{ ...envelope, version, data, revision }] }
    })
    return revision
  }

  close(): void {
    this.records.close()
  }
}

const IncomingEnvelopeSchema = EnvelopeSchema.omit({ revision: true })

/**
 * Checks a document that arrived from elsewhere as a read is checked: an envelope, of a kind this app
 * knows, of this organisation, at the key it was sent under, whose data migrates and validates and
 * agrees with its envelope. Returns the envelope in the current shape, or why not.
 */
function checkIncoming(organizationId: string, document: IncomingDocument): Omit<Envelope, 'revision'> | { reason: string; code: QuarantineEntry['code']; issues?: DataIssue[] } {
  const envelope = IncomingEnvelopeSchema.safeParse(document.raw)
  if (!envelope.success) return { reason: 'not a document envelope', code: 'bad-envelope' }
  const { kind: kindName, id, organizationId: owner } = envelope.data
  if (kindName !== document.key[0] || id !== document.key[1]) return { reason: `sent as ${document.key.join(' ')} but is ${kindName} ${id}`, code: 'bad-envelope' }
  if (owner !== organizationId) return { reason: `belongs to ${owner ?? 'no organisation'}, not to ${organizationId}`, code: 'bad-envelope' }
  const kind = kindNamed(kindName)
  if (!kind) return { reason: `a kind this version of the app does not know (${kindName})`, code: 'newer-shape' }
  let data: unknown
  try {
    data = upgradeData(kind, envelope.data.version, envelope.data.data)
  } catch (error) {
    const problem = error instanceof DocumentProblem ? error : new DocumentProblem('invalid-data', String(error))
    return { reason: problem.message, code: problem.code, issues: problem.issues }
  }
  const wrong = inconsistency(kindName, id, owner, data)
  if (wrong) return { reason: wrong, code: 'invalid-data' }
  return { kind: kindName, id, organizationId: owner, version: kind.version, updatedAt: envelope.data.updatedAt, data }
}

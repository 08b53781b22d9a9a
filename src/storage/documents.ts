import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb'
import { kindNamed, ORGANIZATION, type DocumentKind } from './kinds'
import {
  DocumentProblem, EnvelopeSchema, RevisionConflictError, documentKey, guardWrite, prepareWrites, revisionConflicts, upgradeData,
  type BulkChange, type DataIssue, type DocumentWrite, type Envelope, type QuarantineEntry, type Stored, type UnreadableDocument, type WriteReceipt,
} from './envelope'
import type { DocumentBackend, LoadResult, ReadAllResult } from './backend'

/**
 * The one place that talks to IndexedDB. Everything is a document in an envelope:
 * `{ kind, id, organizationId, version, revision, updatedAt, data }`. Reads migrate old versions
 * step by step and validate; a document that fails is moved to `quarantine` with the reason, never
 * dropped. Writes validate first, so nothing invalid is ever stored, and carry the revision they were
 * based on, so one tab never overwrites what another saved.
 */

// Kept importable from here, where they were first defined.
export { DocumentValidationError, EnvelopeSchema, upgradeData } from './envelope'
export type { Envelope, QuarantineEntry } from './envelope'
export type { LoadResult } from './backend'

export const DATABASE_NAME = 'ita-committee'

interface Schema extends DBSchema {
  documents: { key: [string, string]; value: Envelope; indexes: { byOrganization: string; byKind: string } }
  quarantine: { key: number; value: QuarantineEntry }
  meta: { key: string; value: { key: string; value: unknown } }
}

export type Database = IDBPDatabase<Schema>

/** An upgrade step of the database's object stores and indexes, run inside the upgrade transaction. */
export type DatabaseUpgrade = (db: IDBPDatabase, tx: IDBPTransaction<unknown, string[], 'versionchange'>) => void

/**
 * The database's own schema history: object stores and indexes (the documents in them carry their own
 * shape versions, see kinds.ts). DATABASE_UPGRADES[n] turns a database at version n into version n + 1;
 * a new version appends one step and never edits an old one. Opening runs every step from the stored
 * version up inside one upgrade transaction, so an interrupted upgrade leaves the old version intact.
 * Each step is tested from a dump of the older database in test/fixtures/storage/database/.
 *
 *   v1  documents [kind, id] (indexes byOrganization, byKind), quarantine (auto seq), meta (key)
 */
export const DATABASE_UPGRADES: readonly DatabaseUpgrade[] = [
  (db) => {
    const documents = db.createObjectStore('documents', { keyPath: ['kind', 'id'] })
    documents.createIndex('byOrganization', 'organizationId')
    documents.createIndex('byKind', 'kind')
    db.createObjectStore('quarantine', { keyPath: 'seq', autoIncrement: true })
    db.createObjectStore('meta', { keyPath: 'key' })
  },
]
export const DATABASE_VERSION = DATABASE_UPGRADES.length

export interface OpenOptions {
  /** The upgrade steps to run (tests add a future step); defaults to DATABASE_UPGRADES. */
  upgrades?: readonly DatabaseUpgrade[]
  /**
   * Another tab opened a newer version of the app, which needs this connection closed to upgrade the
   * database. The connection is closed; the page should ask the user to reload.
   */
  onNewerVersion?: () => void
}

export function openDatabase(name = DATABASE_NAME, options: OpenOptions = {}): Promise<Database> {
  const upgrades = options.upgrades ?? DATABASE_UPGRADES
  return openDB<Schema>(name, upgrades.length, {
    upgrade(db, oldVersion, _newVersion, tx) {
      for (let version = oldVersion; version < upgrades.length; version++) {
        upgrades[version]!(db as unknown as IDBPDatabase, tx as unknown as IDBPTransaction<unknown, string[], 'versionchange'>)
      }
    },
    blocking(_current, _blocked, event) {
      (event.target as IDBDatabase).close()
      options.onNewerVersion?.()
    },
  })
}

type WriteTransaction = IDBPTransaction<Schema, ['documents'], 'readwrite'>

/**
 * Waits for a transaction to commit. On abort it rejects with the transaction's own error: idb's `done`
 * rejects at the first failed request, before the browser has set that error, so a quota failure would
 * read as a bare AbortError. Call right after creating the transaction, before anything is awaited.
 */
function committed(tx: WriteTransaction): Promise<void> {
  tx.done.catch(() => undefined)
  const result = new Promise<void>((resolve, reject) => {
    tx.addEventListener('complete', () => resolve())
    tx.addEventListener('abort', () => reject(tx.error ?? new DOMException('The transaction was aborted', 'AbortError')))
  })
  result.catch(() => undefined)
  return result
}

/** Requests of a transaction fail with it; their own promises must not also report the failure unhandled. */
function quietly(request: Promise<unknown>): void {
  request.catch(() => undefined)
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

export class DocumentStore implements DocumentBackend {
  readonly persistent = true
  onQuarantine?: (document: UnreadableDocument) => void

  constructor(readonly db: Database) {}

  static async open(name = DATABASE_NAME, options: OpenOptions = {}): Promise<DocumentStore> {
    return new DocumentStore(await openDatabase(name, options))
  }

  /** All documents of a kind (optionally of one organisation), migrated and validated. */
  async list<T>(kind: DocumentKind<T>, organizationId?: string): Promise<LoadResult<T>> {
    const envelopes = organizationId === undefined
      ? await this.db.getAllFromIndex('documents', 'byKind', kind.kind)
      : (await this.db.getAllFromIndex('documents', 'byOrganization', organizationId)).filter((envelope) => envelope.kind === kind.kind)
    const result: LoadResult<T> = { documents: [], entries: [], quarantined: [] }
    for (const envelope of envelopes) {
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
    const envelope = await this.db.get('documents', [kind.kind, id])
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
      const reason = reasonOf(error)
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
    return guardWrite(async () => {
      const tx = this.db.transaction('documents', 'readwrite')
      const done = committed(tx)
      const stored = await Promise.all(envelopes.map((envelope) => tx.store.get([envelope.kind, envelope.id])))
      const conflicts = revisionConflicts(envelopes, stored)
      if (conflicts.length) {
        tx.abort()
        throw new RevisionConflictError(conflicts)
      }
      const receipts = envelopes.map(({ baseRevision: _base, ...envelope }, index) => {
        const revision = (stored[index]?.revision ?? 0) + 1
        quietly(tx.store.put({ ...envelope, revision }))
        return { kind: envelope.kind, id: envelope.id, revision }
      })
      await done
      return receipts
    })
  }

  async put<T>(kind: DocumentKind<T>, id: string, organizationId: string | null, data: T, baseRevision?: number | null): Promise<WriteReceipt> {
    const [receipt] = await this.putMany([{ kind: kind as DocumentKind, id, organizationId, data, baseRevision }])
    return receipt!
  }

  async delete(kind: DocumentKind, id: string): Promise<void> {
    await this.db.delete('documents', [kind.kind, id])
  }

  async deleteOrganization(organizationId: string, organizationKind: DocumentKind = ORGANIZATION): Promise<void> {
    const tx = this.db.transaction('documents', 'readwrite')
    const keys = await tx.store.index('byOrganization').getAllKeys(organizationId)
    await Promise.all([...keys.map((key) => tx.store.delete(key)), tx.store.delete([organizationKind.kind, organizationId])])
    await tx.done
  }

  async readAll(): Promise<ReadAllResult> {
    const result: ReadAllResult = { envelopes: [], quarantined: [], unknown: [] }
    for (const raw of await this.db.getAll('documents')) {
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
    for (const envelope of await this.db.getAll('documents')) revisions.set(documentKey(envelope.kind, envelope.id), envelope.revision)
    return revisions
  }

  async applyBulk(change: BulkChange): Promise<void> {
    await guardWrite(async () => {
      const tx = this.db.transaction('documents', 'readwrite')
      const done = committed(tx)
      const current = new Map<string, number>()
      for (const envelope of await tx.store.getAll()) current.set(documentKey(envelope.kind, envelope.id), envelope.revision)
      const conflicts = [...change.expected].filter(([key, revision]) => (current.get(key) ?? null) !== revision)
      if (conflicts.length) {
        tx.abort()
        throw new RevisionConflictError(conflicts.map(([key, expected]) => {
          const [kind, id] = JSON.parse(key) as [string, string]
          return { kind, id, expected, actual: current.get(key) ?? null }
        }))
      }
      for (const { kind, id } of change.delete) quietly(tx.store.delete([kind, id]))
      for (const envelope of change.put) {
        quietly(tx.store.put({ ...envelope, revision: (current.get(documentKey(envelope.kind, envelope.id)) ?? 0) + 1 }))
      }
      await done
    })
  }

  async isEmpty(): Promise<boolean> {
    return (await this.db.count('documents')) === 0
  }

  async getMeta<T>(key: string): Promise<T | undefined> {
    return (await this.db.get('meta', key))?.value as T | undefined
  }

  async setMeta(key: string, value: unknown): Promise<void> {
    await guardWrite(() => this.db.put('meta', { key, value }))
  }

  async quarantined(): Promise<QuarantineEntry[]> {
    return this.db.getAll('quarantine')
  }

  async discardQuarantined(seq: number): Promise<void> {
    await this.db.delete('quarantine', seq)
  }

  /** Moves an unreadable document aside in one transaction: it is in one store or the other, never lost. */
  private async quarantine(envelope: unknown, reason: string, code: QuarantineEntry['code'], issues: DataIssue[] = []): Promise<void> {
    const tx = this.db.transaction(['documents', 'quarantine'], 'readwrite')
    quietly(tx.objectStore('quarantine').add({ quarantinedAt: new Date().toISOString(), reason, code, ...(issues.length ? { issues } : {}), raw: envelope }))
    const key = envelope as { kind?: unknown; id?: unknown } | null
    if (typeof key?.kind === 'string' && typeof key.id === 'string') quietly(tx.objectStore('documents').delete([key.kind, key.id]))
    await tx.done
    this.onQuarantine?.({ kind: String(key?.kind), id: String(key?.id), reason, code, ...(issues.length ? { issues } : {}) })
  }

  /** Saves a migrated document, unless another tab changed it meanwhile; returns the revision now stored. */
  private async rewrite(envelope: Envelope, version: number, data: unknown): Promise<number> {
    const tx = this.db.transaction('documents', 'readwrite')
    const current = await tx.store.get([envelope.kind, envelope.id])
    if (current?.revision !== envelope.revision) {
      await tx.done
      return current?.revision ?? envelope.revision
    }
    const revision = envelope.revision + 1
    await tx.store.put({ ...envelope, version, data, revision })
    await tx.done
    return revision
  }

  close(): void {
    this.db.close()
  }
}

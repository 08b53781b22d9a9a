import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb'
import { documentKey, guardWrite, type Envelope, type QuarantineEntry } from './envelope'
import { DocumentCore } from './core'
import type { RawRecordStore, RecordDecision, RecordKey, RecordSelection } from './raw'

/**
 * The one place that talks to IndexedDB: the database's schema and its upgrades, and the raw records in
 * it (IndexedDbRecords). The document rules (validation, migration, quarantine, revisions) are the
 * core's (core.ts); DocumentStore is that core over this database.
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

type WriteTransaction = IDBPTransaction<Schema, ['documents', 'quarantine'], 'readwrite'>

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

/** Aborts a transaction that may already have aborted itself (a failed read): nothing is written either way. */
function abort(tx: WriteTransaction): void {
  try {
    tx.abort()
  } catch {
    // Already finished aborting.
  }
}

/** Requests of a transaction fail with it; their own promises must not also report the failure unhandled. */
function quietly(request: Promise<unknown>): void {
  request.catch(() => undefined)
}

/**
 * The raw records in IndexedDB, as they are on disk: `documents` keyed [kind, id] (indexes byOrganization,
 * byKind), `quarantine` with an auto-increment seq, `meta` keyed by name. No validation here.
 */
export class IndexedDbRecords implements RawRecordStore {
  readonly persistent = true

  constructor(readonly db: Database) {}

  get(key: RecordKey): Promise<Envelope | undefined> {
    return this.db.get('documents', [key[0], key[1]])
  }

  async list(kind: string, organizationId?: string): Promise<Envelope[]> {
    if (organizationId === undefined) return this.db.getAllFromIndex('documents', 'byKind', kind)
    return (await this.db.getAllFromIndex('documents', 'byOrganization', organizationId)).filter((envelope) => envelope.kind === kind)
  }

  listAll(): Promise<Envelope[]> {
    return this.db.getAll('documents')
  }

  count(): Promise<number> {
    return this.db.count('documents')
  }

  async getMeta(key: string): Promise<unknown> {
    return (await this.db.get('meta', key))?.value
  }

  async setMeta(key: string, value: unknown): Promise<void> {
    await guardWrite(() => this.db.put('meta', { key, value }))
  }

  quarantined(): Promise<QuarantineEntry[]> {
    return this.db.getAll('quarantine')
  }

  async discardQuarantined(seq: number): Promise<void> {
    await this.db.delete('quarantine', seq)
  }

  /**
   * One readwrite transaction over documents and quarantine: the selected records are read, `decide` runs
   * synchronously on them (no await between, so the transaction stays open and no other tab can write in
   * between), and its changes are queued in the same transaction, which commits all or aborts all.
   */
  async transact(selection: RecordSelection, decide: RecordDecision): Promise<void> {
    await guardWrite(async () => {
      const tx = this.db.transaction(['documents', 'quarantine'], 'readwrite')
      const done = committed(tx)
      const documents = tx.objectStore('documents')
      const reads: Array<Promise<Array<Envelope | undefined>>> = []
      if (selection.all) reads.push(documents.getAll())
      if (selection.organizationId !== undefined) reads.push(documents.index('byOrganization').getAll(selection.organizationId))
      if (selection.keys?.length) reads.push(Promise.all(selection.keys.map((key) => documents.get([key[0], key[1]]))))
      let changes
      try {
        const current = new Map<string, Envelope>()
        for (const found of await Promise.all(reads)) {
          for (const envelope of found) if (envelope) current.set(documentKey(envelope.kind, envelope.id), envelope)
        }
        changes = decide(current)
      } catch (error) {
        abort(tx)
        throw error
      }
      try {
        for (const key of changes.delete ?? []) quietly(documents.delete([key[0], key[1]]))
        for (const envelope of changes.put ?? []) quietly(documents.put(envelope))
        for (const entry of changes.quarantine ?? []) quietly(tx.objectStore('quarantine').add(entry))
      } catch (error) {
        // A value that cannot be stored throws as it is queued (DataCloneError): undo what was queued before it.
        abort(tx)
        throw error
      }
      await done
    })
  }

  close(): void {
    this.db.close()
  }
}

/** The documents in the browser's IndexedDB: the document core over IndexedDbRecords. */
export class DocumentStore extends DocumentCore {
  constructor(readonly db: Database) {
    super(new IndexedDbRecords(db))
  }

  static async open(name = DATABASE_NAME, options: OpenOptions = {}): Promise<DocumentStore> {
    return new DocumentStore(await openDatabase(name, options))
  }
}

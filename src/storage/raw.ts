import type { Envelope, QuarantineEntry } from './envelope'

/**
 * Where saved records physically live, with no rules of its own: raw envelopes as they are on disk, read
 * and written without validation, migration or revision checks. Those rules are the core's (core.ts),
 * written once over this interface, so the IndexedDB store (documents.ts) and the in-memory one
 * (memory.ts) cannot drift apart, and a replicated store (CouchDB/PouchDB sync) can later be one more
 * implementation carrying the same records.
 *
 * Records are typed as envelopes because that is what the app writes, but a store may hold anything
 * (hand-edited, from an older or newer app): whoever reads them checks.
 */

/** A record's key: its kind and id. */
export type RecordKey = readonly [kind: string, id: string]

/** Which current records a transaction reads before it decides: the union of what is named. */
export interface RecordSelection {
  keys?: readonly RecordKey[]
  /** Every record whose organizationId is this one. */
  organizationId?: string
  /** Every record (a whole-database change). */
  all?: boolean
}

/** What a transaction writes, applied in this order: deletes, puts, then the quarantine entries added. */
export interface RecordChanges {
  delete?: readonly RecordKey[]
  put?: readonly Envelope[]
  /** Entries added to the quarantine (the store gives each its seq). */
  quarantine?: ReadonlyArray<Omit<QuarantineEntry, 'seq'>>
}

/**
 * Decides a transaction's changes from the current records it selected (keyed by documentKey; absent
 * records are not in the map). It runs synchronously inside the transaction; throwing aborts it, and
 * nothing is written.
 */
export type RecordDecision = (current: ReadonlyMap<string, Envelope>) => RecordChanges

export interface RawRecordStore {
  /** false when nothing survives closing the page. */
  readonly persistent: boolean
  get(key: RecordKey): Promise<Envelope | undefined>
  /** The records of a kind, or of a kind and an organisation. */
  list(kind: string, organizationId?: string): Promise<Envelope[]>
  listAll(): Promise<Envelope[]>
  count(): Promise<number>
  getMeta(key: string): Promise<unknown>
  setMeta(key: string, value: unknown): Promise<void>
  quarantined(): Promise<QuarantineEntry[]>
  discardQuarantined(seq: number): Promise<void>
  /**
   * The one atomic write: reads the selected records and applies what `decide` returns from them in the
   * same transaction, all or nothing, so a check made on what was read cannot race another tab's write.
   * Rejects with what `decide` threw, or StorageFullError when the browser's quota is used up.
   */
  transact(selection: RecordSelection, decide: RecordDecision): Promise<void>
  close(): void
}

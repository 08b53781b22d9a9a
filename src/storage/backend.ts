import type { DocumentKind } from './kinds'
import type { BulkChange, DocumentWrite, Envelope, QuarantineEntry, Stored, UnreadableDocument, WriteReceipt } from './envelope'
import type { IncomingDocument, IncomingOutcome } from './core'

export interface LoadResult<T> {
  /** The documents' data, current shape, validated. */
  documents: T[]
  /** The same documents with their ids and revisions. */
  entries: Array<Stored<T>>
  /** Documents moved aside because they could not be read, with the reason. */
  quarantined: Array<{ id: string; reason: string }>
}

export interface ReadAllResult {
  /** Every readable document of a known kind, migrated to the current shape. */
  envelopes: Envelope[]
  /** Documents put aside while reading, with the reason. */
  quarantined: Array<{ kind: string; id: string; reason: string }>
  /** Documents of a kind this version of the app does not know (saved by a newer one): left in place. */
  unknown: Array<{ kind: string; id: string }>
}

/**
 * What the stores save through: the browser's IndexedDB (DocumentStore) or, when the browser refuses
 * storage, memory (MemoryDocumentStore). Both validate, migrate and check revisions the same way.
 */
export interface DocumentBackend {
  /** false for the in-memory fallback: nothing survives closing the page. */
  readonly persistent: boolean
  /** Told about each document put aside while reading (by list, get or readAll), once it is aside. */
  onQuarantine?: (document: UnreadableDocument) => void
  list<T>(kind: DocumentKind<T>, organizationId?: string): Promise<LoadResult<T>>
  /** The document's data, migrated and validated, or null (absent, or put in quarantine). */
  get<T>(kind: DocumentKind<T>, id: string): Promise<T | null>
  /** The same with its id, organisation, revision and updatedAt. */
  getStored<T>(kind: DocumentKind<T>, id: string): Promise<Stored<T> | null>
  /** Validates and saves several documents at once: all or none. */
  putMany(entries: readonly DocumentWrite[]): Promise<WriteReceipt[]>
  delete(kind: DocumentKind, id: string): Promise<void>
  /** Deletes an organisation and every document that belongs to it, at once. */
  deleteOrganization(organizationId: string, organizationKind?: DocumentKind): Promise<void>
  /** Everything saved, for a backup file. */
  readAll(): Promise<ReadAllResult>
  /** The current revision of every document, keyed by documentKey. */
  revisions(): Promise<Map<string, number>>
  /** Applies a restore at once: all or nothing. */
  applyBulk(change: BulkChange): Promise<void>
  isEmpty(): Promise<boolean>
  getMeta<T>(key: string): Promise<T | undefined>
  setMeta(key: string, value: unknown): Promise<void>
  /** Takes documents that arrived from a sync server, checked as a read is (see DocumentCore). */
  acceptIncoming(organizationId: string, incoming: readonly IncomingDocument[]): Promise<IncomingOutcome[]>
  /** The raw records of one organisation, with this store's revisions (what a sync sends). */
  organizationRecords(organizationId: string): Promise<Envelope[]>
  quarantined(): Promise<QuarantineEntry[]>
  /** Deletes one quarantined entry, on the user's explicit request. */
  discardQuarantined(seq: number): Promise<void>
  close(): void
}

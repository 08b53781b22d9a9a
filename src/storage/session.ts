import { documentStore } from './index'
import { MemoryDocumentStore } from './memory'
import { RevisionConflictError, StorageFullError, documentKey, prepareWrites, type BulkChange, type DocumentWrite, type RevisionConflict, type UnreadableDocument, type WriteReceipt } from './envelope'
import type { DocumentKind } from './kinds'
import type { DocumentBackend, LoadResult, ReadAllResult } from './backend'
import { openChangeChannel, type ChangeChannel, type DocumentChanges } from './channel'
import type { BackupDates } from './reminder'

/**
 * One tab's session with its saved documents, without Vue or Pinia: the backend it opened (the
 * browser's database, or memory when refused), the revision each document was last read at (every
 * write is based on it, so a tab never saves over another tab's change), the cross-tab channel, and
 * what is wrong with storage now, as codes. The persistence store wraps it for the screens; the UI
 * turns its codes into Thai (src/ui/storage-texts.ts).
 */

export type StorageMode = 'opening' | 'browser' | 'memory'

/**
 * What is wrong with storage now: refused (private browsing: documents live in memory), a database
 * from a newer version, a newer version opened in another tab, storage full, or a write that failed.
 */
export type StorageProblem = 'refused' | 'newer-database' | 'newer-version-opened' | 'full' | 'failed'

export type SaveResult =
  | { ok: true; receipts: WriteReceipt[] }
  /** Another tab saved first: nothing was written; the owners of the documents are told to reload them. */
  | { ok: false; reason: 'conflict'; conflicts: RevisionConflict[] }
  /** Storage is full or has become unusable: nothing was written; `problem` says so. */
  | { ok: false; reason: 'storage-full' | 'failed' }

export type RestoreResult = { ok: true } | { ok: false; reason: 'moved' | 'storage-full' | 'failed' }

export interface SaveOptions {
  /** Seeding the demo: not the user's work (no backup reminder), and losing a race with another tab seeding is no news. */
  seeding?: boolean
}

/** The session's observable state; the persistence store passes a reactive object, tests a plain one. */
export interface SessionState {
  mode: StorageMode
  problem: StorageProblem | null
  /** Documents this tab could not save because another tab saved them first, until dismissed. */
  conflicts: Array<{ kind: string; id: string }>
  /** Documents put aside while this tab read them. */
  unreadable: UnreadableDocument[]
  quarantinedCount: number
  backupDates: BackupDates
  /** Writes begun and not yet settled. */
  pendingWrites: number
}

export function initialSessionState(): SessionState {
  return {
    mode: 'opening', problem: null, conflicts: [], unreadable: [], quarantinedCount: 0,
    backupDates: { lastBackupAt: null, lastChangeAt: null, snoozedUntil: null }, pendingWrites: 0,
  }
}

export const META = { lastBackupAt: 'lastBackupAt', lastChangeAt: 'lastChangeAt', snoozedUntil: 'backupReminderSnoozedUntil' } as const

/** How the session opens its backend: the app's database by default; tests may pass their own. */
export type BackendOpener = (onNewerVersion: () => void) => Promise<DocumentBackend>

const openDatabaseBackend: BackendOpener = (onNewerVersion) => documentStore({ onNewerVersion })

type Failure = Extract<SaveResult, { ok: false }>

export class StorageSession {
  private readonly revisions = new Map<string, number>()
  private readonly listeners = new Set<(changes: DocumentChanges) => void>()
  private opening: Promise<DocumentBackend> | null = null
  private channel: ChangeChannel | null = null

  constructor(readonly state: SessionState = initialSessionState(), private readonly opener: BackendOpener = openDatabaseBackend) {}

  open(): Promise<DocumentBackend> {
    this.opening ??= this.openBackend()
    return this.opening
  }

  private async openBackend(): Promise<DocumentBackend> {
    let backend: DocumentBackend
    try {
      backend = await this.opener(() => { this.state.problem = 'newer-version-opened' })
      this.state.mode = 'browser'
    } catch (error) {
      // Private browsing, storage switched off, or a database from a newer version of the app.
      this.state.problem = (error as { name?: string } | null)?.name === 'VersionError' ? 'newer-database' : 'refused'
      backend = new MemoryDocumentStore()
      this.state.mode = 'memory'
    }
    backend.onQuarantine = (document) => {
      this.state.unreadable = [...this.state.unreadable, document]
      void this.refreshQuarantinedCount()
    }
    this.channel = openChangeChannel((changes) => {
      if (changes === 'all') this.revisions.clear()
      this.emit(changes)
    })
    await this.loadBackupDates(backend)
    this.state.quarantinedCount = (await backend.quarantined()).length
    return backend
  }

  private async loadBackupDates(backend: DocumentBackend): Promise<void> {
    const read = async (key: string) => {
      const value = await backend.getMeta<unknown>(key)
      return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? value : null
    }
    this.state.backupDates = { lastBackupAt: await read(META.lastBackupAt), lastChangeAt: await read(META.lastChangeAt), snoozedUntil: await read(META.snoozedUntil) }
  }

  private emit(changes: DocumentChanges): void {
    for (const listener of this.listeners) listener(changes)
  }

  /** Runs `listener` when documents changed other than through this tab's own saves; returns the unsubscribe. */
  onDocumentsChanged(listener: (changes: DocumentChanges) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  revisionOf(kind: DocumentKind | string, id: string): number | null {
    return this.revisions.get(documentKey(typeof kind === 'string' ? kind : kind.kind, id)) ?? null
  }

  async refreshQuarantinedCount(): Promise<void> {
    this.state.quarantinedCount = (await (await this.open()).quarantined()).length
  }

  /** Every readable document of a kind, remembering the revisions later saves are based on. */
  async list<T>(kind: DocumentKind<T>, organizationId?: string): Promise<LoadResult<T>> {
    const result = await (await this.open()).list(kind, organizationId)
    for (const entry of result.entries) this.revisions.set(documentKey(kind.kind, entry.id), entry.revision)
    return result
  }

  /** One document (null when none, or put aside), remembering its revision (or that there was none). */
  async get<T>(kind: DocumentKind<T>, id: string): Promise<T | null> {
    const stored = await (await this.open()).getStored(kind, id)
    if (stored) this.revisions.set(documentKey(kind.kind, id), stored.revision)
    else this.revisions.delete(documentKey(kind.kind, id))
    return stored?.data ?? null
  }

  /** Counts a write in `pendingWrites` from now until it settles. */
  async whileWriting<T>(write: Promise<T>): Promise<T> {
    this.state.pendingWrites++
    try {
      return await write
    } finally {
      this.state.pendingWrites--
    }
  }

  /**
   * Saves documents together (all or nothing). Each is based on `baseRevision` when given (an editor
   * passes the revision it started from), else on the revision last read here (null: new).
   */
  saveDocuments(writes: readonly DocumentWrite[], options: SaveOptions = {}): Promise<SaveResult> {
    return this.whileWriting(this.putDocuments(writes, options))
  }

  private async putDocuments(writes: readonly DocumentWrite[], options: SaveOptions): Promise<SaveResult> {
    const opened = await this.open()
    const based = writes.map((write) => ('baseRevision' in write ? write : { ...write, baseRevision: this.revisionOf(write.kind, write.id) }))
    let receipts: WriteReceipt[]
    try {
      receipts = await opened.putMany(based)
    } catch (error) {
      // A document that does not pass its schema is a bug of the caller, not a storage failure.
      if ((error as { name?: string } | null)?.name === 'DocumentValidationError') throw error
      return this.failed(error, options)
    }
    await this.saved(opened, receipts, [], options)
    return { ok: true, receipts }
  }

  /**
   * Saves some documents and deletes others in one transaction, all or nothing (an import, and the undo
   * that puts back what it replaced and removes what it added). Every document touched is expected at the
   * revision a write names (`baseRevision`), else the one last read here (absent when never read).
   */
  writeDocuments(puts: readonly DocumentWrite[], deletes: ReadonlyArray<{ kind: DocumentKind; id: string }>): Promise<SaveResult> {
    return this.whileWriting(this.bulkWrite(puts, deletes))
  }

  private async bulkWrite(puts: readonly DocumentWrite[], deletes: ReadonlyArray<{ kind: DocumentKind; id: string }>): Promise<SaveResult> {
    const opened = await this.open()
    const envelopes = prepareWrites(puts, new Date().toISOString()).map(({ baseRevision: _base, ...envelope }) => envelope)
    const expected = new Map<string, number | null>()
    for (const write of puts) expected.set(documentKey(write.kind.kind, write.id), 'baseRevision' in write ? write.baseRevision ?? null : this.revisionOf(write.kind, write.id))
    for (const { kind, id } of deletes) expected.set(documentKey(kind.kind, id), this.revisionOf(kind, id))
    try {
      await opened.applyBulk({ put: envelopes, delete: deletes.map(({ kind, id }) => ({ kind: kind.kind, id })), expected })
    } catch (error) {
      return this.failed(error, {})
    }
    const receipts = envelopes.map(({ kind, id }) => ({ kind, id, revision: (expected.get(documentKey(kind, id)) ?? 0) + 1 }))
    await this.saved(opened, receipts, deletes.map(({ kind, id }) => ({ kind: kind.kind, id })), {})
    return { ok: true, receipts }
  }

  /** Deletes documents together (all or nothing), unless another tab changed one since it was read here. */
  deleteDocuments(targets: ReadonlyArray<{ kind: DocumentKind; id: string }>): Promise<SaveResult> {
    return this.writeDocuments([], targets)
  }

  /** After a write went through: the revisions it made, the problem it clears, the other tabs, the reminder. */
  private async saved(opened: DocumentBackend, receipts: readonly WriteReceipt[], deleted: ReadonlyArray<{ kind: string; id: string }>, options: SaveOptions): Promise<void> {
    for (const receipt of receipts) this.revisions.set(documentKey(receipt.kind, receipt.id), receipt.revision)
    for (const { kind, id } of deleted) this.revisions.delete(documentKey(kind, id))
    if (this.state.problem === 'full' || this.state.problem === 'failed') this.state.problem = null
    this.channel?.announce([...receipts, ...deleted].map(({ kind, id }) => ({ kind, id })))
    if (options.seeding) return
    const at = new Date().toISOString()
    this.state.backupDates = { ...this.state.backupDates, lastChangeAt: at }
    await opened.setMeta(META.lastChangeAt, at).catch(() => undefined)
  }

  /** The one place a refused write becomes a result: a conflict (the owners reload), storage full, or failed. */
  private failed(error: unknown, options: SaveOptions): Failure {
    if (error instanceof RevisionConflictError) {
      if (!options.seeding) this.state.conflicts = [...this.state.conflicts, ...error.conflicts.map(({ kind, id }) => ({ kind, id }))]
      for (const conflict of error.conflicts) this.revisions.delete(documentKey(conflict.kind, conflict.id))
      this.emit(error.conflicts.map(({ kind, id }) => ({ kind, id })))
      return { ok: false, reason: 'conflict', conflicts: error.conflicts }
    }
    if (error instanceof StorageFullError) {
      this.state.problem = 'full'
      return { ok: false, reason: 'storage-full' }
    }
    this.state.problem ??= 'failed'
    return { ok: false, reason: 'failed' }
  }

  async deleteOrganization(organizationId: string): Promise<void> {
    await (await this.open()).deleteOrganization(organizationId)
    this.channel?.announce('all')
    this.emit('all')
  }

  async getMeta<T>(key: string): Promise<T | undefined> {
    return (await this.open()).getMeta<T>(key)
  }

  /** Saves a setting; a failure (storage full) is not worth more than the message storage already gives. */
  async setMeta(key: string, value: unknown): Promise<void> {
    await (await this.open()).setMeta(key, value).catch(() => undefined)
  }

  async readAll(): Promise<ReadAllResult> {
    return (await this.open()).readAll()
  }

  /** Notes a backup made now (for the reminder). */
  async noteBackup(at: Date): Promise<void> {
    this.state.backupDates = { ...this.state.backupDates, lastBackupAt: at.toISOString() }
    await this.setMeta(META.lastBackupAt, at.toISOString())
  }

  /** Remembers "remind me later" until `until`; saved first, so the reminder goes only once it will be remembered. */
  async snoozeUntil(until: string): Promise<void> {
    await this.setMeta(META.snoozedUntil, until)
    this.state.backupDates = { ...this.state.backupDates, snoozedUntil: until }
  }

  /** Applies a restore in one transaction, unless something changed since it was planned; every owner reloads. */
  restore(change: BulkChange): Promise<RestoreResult> {
    return this.whileWriting(this.applyRestore(change))
  }

  private async applyRestore(change: BulkChange): Promise<RestoreResult> {
    const opened = await this.open()
    try {
      await opened.applyBulk(change)
    } catch (error) {
      // A restore refused is told on the data screen itself; only a full disk is storage's news too.
      if (error instanceof RevisionConflictError) return { ok: false, reason: 'moved' }
      if (error instanceof StorageFullError) {
        this.state.problem = 'full'
        return { ok: false, reason: 'storage-full' }
      }
      return { ok: false, reason: 'failed' }
    }
    this.revisions.clear()
    for (const [key, revision] of await opened.revisions()) this.revisions.set(key, revision)
    this.channel?.announce('all')
    this.emit('all')
    return { ok: true }
  }

  /**
   * Runs a change that arrived from elsewhere (a sync server) against the backend, outside this tab's
   * own saves: the screens of this tab and the other tabs reload what it changed, exactly as after
   * another tab's save, so an editor based on the older revision is refused and told, never saved over it.
   */
  async receive<T extends { changed: ReadonlyArray<{ kind: string; id: string }> }>(run: (backend: DocumentBackend) => Promise<T>): Promise<T> {
    const result = await run(await this.open())
    if (result.changed.length) {
      const changes = result.changed.map(({ kind, id }) => ({ kind, id }))
      this.channel?.announce(changes)
      this.emit(changes)
    }
    await this.refreshQuarantinedCount()
    return result
  }

  async quarantined() {
    const entries = await (await this.open()).quarantined()
    this.state.quarantinedCount = entries.length
    return entries
  }

  async discardQuarantined(seq: number): Promise<void> {
    await (await this.open()).discardQuarantined(seq)
    await this.refreshQuarantinedCount()
  }

  /** Stops hearing other tabs and closes the backend (a test's tab, or a page going away). */
  async close(): Promise<void> {
    this.channel?.close()
    this.channel = null
    if (this.opening) (await this.opening).close()
  }

  dismissConflict(index: number): void {
    this.state.conflicts = this.state.conflicts.filter((_conflict, at) => at !== index)
  }
}

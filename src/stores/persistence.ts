import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import {
  MemoryDocumentStore, RevisionConflictError, StorageFullError, documentKey, documentStore, prepareWrites,
  type DocumentBackend, type DocumentKind, type DocumentWrite, type LoadResult, type QuarantineEntry, type RevisionConflict, type UnreadableDocument,
  type WriteReceipt,
} from '@/storage'
import { buildBackup, inScope, type Backup, type BackupScope } from '@/storage/backup'
import { planRestore, type RestoreMode, type RestorePlan } from '@/storage/restore'
import { openChangeChannel, type ChangeChannel, type DocumentChanges } from '@/storage/channel'
import { backupReminder, snoozeUntil, type BackupDates } from '@/storage/reminder'
import { STORAGE_TEXT, conflictNotice } from '@/ui/storage-texts'

export type StorageMode = 'opening' | 'browser' | 'memory'

export type SaveResult =
  | { ok: true; receipts: WriteReceipt[] }
  /** Another tab saved first: nothing was written; the owners of the documents are told to reload them. */
  | { ok: false; reason: 'conflict'; conflicts: RevisionConflict[] }
  /** Storage is full or has become unusable: nothing was written; `problem` says so. */
  | { ok: false; reason: 'storage-full' | 'failed' }

/** Thrown by `ensureSaved` for callers that report any failure the same way. */
export class NotSavedError extends Error {
  constructor(readonly result: Extract<SaveResult, { ok: false }>) {
    super(`not saved: ${result.reason}`)
  }
}

/**
 * Turns a save that did not happen (conflict, storage full) into an error, for callers whose catch
 * already says "not saved, what was there is intact". null (nothing to save) passes.
 */
export function ensureSaved<T extends SaveResult | null>(result: T): T {
  if (result && !result.ok) throw new NotSavedError(result)
  return result
}

export interface SaveOptions {
  /** Seeding the demo: not the user's work (no backup reminder), and losing a race with another tab seeding is no news. */
  seeding?: boolean
}

export type RestoreResult = { ok: true } | { ok: false; reason: 'moved' | 'storage-full' | 'failed' }

const META = { lastBackupAt: 'lastBackupAt', lastChangeAt: 'lastChangeAt', snoozedUntil: 'backupReminderSnoozedUntil' } as const

/**
 * The single path by which stores save documents. Each write carries the revision it was based on
 * (by default the one last read through here), so a tab never overwrites what another tab saved: on a
 * conflict nothing is written, the user is told in Thai, and the stores holding those documents are
 * asked to reload them. Other tabs are told about every save (BroadcastChannel) and reload too.
 * When the browser refuses storage, documents live in memory and export still works.
 *
 * A store that saves a kind of its own: read with `list` or `get`, save with `saveDocument(s)`, and reload
 * on `onDocumentsChanged` (changes from other tabs, a restore, a deletion, or a conflict).
 */
export const usePersistenceStore = defineStore('persistence', () => {
  const mode = ref<StorageMode>('opening')
  /** What is wrong with storage now (refused, full, newer version), in Thai; null when all is well. */
  const problem = ref<string | null>(null)
  /** Things the user should know about (another tab's changes), in Thai, until dismissed. */
  const notices = ref<string[]>([])
  const quarantinedCount = ref(0)
  /** Documents put aside while this tab read them, for the notice every screen shows (in Thai there). */
  const unreadable = ref<UnreadableDocument[]>([])
  const backupDates = ref<BackupDates>({ lastBackupAt: null, lastChangeAt: null, snoozedUntil: null })
  const now = ref(new Date())
  /** Writes begun and not yet settled (the header says "saving", and leaving the page asks first). */
  const pendingWrites = ref(0)
  /** Editors holding typed text that is not saved yet (an open measure editor), by a key of their own. */
  const unsavedEditors = ref<ReadonlySet<string>>(new Set())
  /**
   * Why the latest write was not saved (storage full, or failing), until a write succeeds again; the
   * header must not say "saved" meanwhile. Null when the latest write was saved.
   */
  const saveFailure = computed<'storage-full' | 'failed' | null>(() => problem.value === STORAGE_TEXT.full ? 'storage-full'
    : problem.value === STORAGE_TEXT.failed ? 'failed' : null)
  /**
   * Whether leaving the page now could lose work: a write in flight, an editor with unsaved text, or the
   * latest write refused (what it held lives only in this page until a save succeeds or it is exported).
   */
  const workAtRisk = computed(() => pendingWrites.value > 0 || unsavedEditors.value.size > 0 || saveFailure.value !== null)

  const revisions = new Map<string, number>()
  const listeners = new Set<(changes: DocumentChanges) => void>()
  let backend: DocumentBackend | null = null
  let opening: Promise<DocumentBackend> | null = null
  let channel: ChangeChannel | null = null

  const reminder = computed(() => backupReminder(backupDates.value, now.value))

  function open(): Promise<DocumentBackend> {
    opening ??= openBackend()
    return opening
  }

  async function openBackend(): Promise<DocumentBackend> {
    try {
      backend = await documentStore({ onNewerVersion: () => { problem.value = STORAGE_TEXT.newerVersionOpened } })
      mode.value = 'browser'
    } catch (error) {
      // Private browsing, storage switched off, or a database from a newer version of the app.
      problem.value = (error as { name?: string } | null)?.name === 'VersionError' ? STORAGE_TEXT.newerDatabase : STORAGE_TEXT.refused
      backend = new MemoryDocumentStore()
      mode.value = 'memory'
    }
    backend.onQuarantine = (document) => {
      unreadable.value = [...unreadable.value, document]
      void refreshQuarantinedCount()
    }
    channel = openChangeChannel((changes) => {
      if (changes === 'all') revisions.clear()
      emit(changes)
    })
    await loadBackupDates(backend)
    quarantinedCount.value = (await backend.quarantined()).length
    return backend
  }

  async function loadBackupDates(opened: DocumentBackend): Promise<void> {
    const read = async (key: string) => {
      const value = await opened.getMeta<unknown>(key)
      return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? value : null
    }
    backupDates.value = { lastBackupAt: await read(META.lastBackupAt), lastChangeAt: await read(META.lastChangeAt), snoozedUntil: await read(META.snoozedUntil) }
  }

  function emit(changes: DocumentChanges): void {
    for (const listener of listeners) listener(changes)
  }

  /** Runs `listener` when documents changed other than through this tab's own saves; returns the unsubscribe. */
  function onDocumentsChanged(listener: (changes: DocumentChanges) => void): () => void {
    listeners.add(listener)
    return () => listeners.delete(listener)
  }

  function revisionOf(kind: DocumentKind | string, id: string): number | null {
    return revisions.get(documentKey(typeof kind === 'string' ? kind : kind.kind, id)) ?? null
  }

  async function refreshQuarantinedCount(): Promise<void> {
    quarantinedCount.value = (await (await open()).quarantined()).length
  }

  /** Every readable document of a kind, remembering the revisions later saves are based on. */
  async function list<T>(kind: DocumentKind<T>, organizationId?: string): Promise<LoadResult<T>> {
    const result = await (await open()).list(kind, organizationId)
    for (const entry of result.entries) revisions.set(documentKey(kind.kind, entry.id), entry.revision)
    return result
  }

  /**
   * One document (null when there is none, or it could not be read and was put aside), remembering
   * its revision as `list` does: a later save is based on it, and on "none" when there was none.
   */
  async function get<T>(kind: DocumentKind<T>, id: string): Promise<T | null> {
    const stored = await (await open()).getStored(kind, id)
    if (stored) revisions.set(documentKey(kind.kind, id), stored.revision)
    else revisions.delete(documentKey(kind.kind, id))
    return stored?.data ?? null
  }

  /**
   * Saves documents together (all or nothing). Each is based on `baseRevision` when given (an editor
   * passes the revision it started from), else on the revision last read here (null: new).
   */
  function saveDocuments(writes: readonly DocumentWrite[], options: SaveOptions = {}): Promise<SaveResult> {
    return whileWriting(putDocuments(writes, options))
  }

  /** Counts a write in `pendingWrites` from now until it settles (stores wrap their queued saves in it). */
  async function whileWriting<T>(write: Promise<T>): Promise<T> {
    pendingWrites.value++
    try {
      return await write
    } finally {
      pendingWrites.value--
    }
  }

  /** Marks (or clears) an editor's unsaved text, so that leaving the page asks first. */
  function holdUnsaved(key: string, unsaved: boolean): void {
    if (unsaved === unsavedEditors.value.has(key)) return
    const next = new Set(unsavedEditors.value)
    if (unsaved) next.add(key)
    else next.delete(key)
    unsavedEditors.value = next
  }

  async function putDocuments(writes: readonly DocumentWrite[], options: SaveOptions): Promise<SaveResult> {
    const opened = await open()
    const based = writes.map((write) => ('baseRevision' in write ? write : { ...write, baseRevision: revisionOf(write.kind, write.id) }))
    try {
      const receipts = await opened.putMany(based)
      for (const receipt of receipts) revisions.set(documentKey(receipt.kind, receipt.id), receipt.revision)
      if (problem.value === STORAGE_TEXT.full || problem.value === STORAGE_TEXT.failed) problem.value = null
      channel?.announce(receipts.map(({ kind, id }) => ({ kind, id })))
      if (!options.seeding) await noteChange(opened)
      return { ok: true, receipts }
    } catch (error) {
      if (error instanceof RevisionConflictError) {
        if (!options.seeding) notices.value = [...notices.value, ...error.conflicts.map((conflict) => conflictNotice(conflict.kind, conflict.id))]
        for (const conflict of error.conflicts) revisions.delete(documentKey(conflict.kind, conflict.id))
        emit(error.conflicts.map(({ kind, id }) => ({ kind, id })))
        return { ok: false, reason: 'conflict', conflicts: error.conflicts }
      }
      if (error instanceof StorageFullError) {
        problem.value = STORAGE_TEXT.full
        return { ok: false, reason: 'storage-full' }
      }
      if ((error as { name?: string } | null)?.name === 'DocumentValidationError') throw error
      problem.value ??= STORAGE_TEXT.failed
      return { ok: false, reason: 'failed' }
    }
  }

  function saveDocument<T>(kind: DocumentKind<T>, id: string, organizationId: string | null, data: T, baseRevision?: number | null): Promise<SaveResult> {
    const write: DocumentWrite = { kind: kind as DocumentKind, id, organizationId, data }
    return saveDocuments([baseRevision === undefined ? write : { ...write, baseRevision }])
  }

  async function noteChange(opened: DocumentBackend): Promise<void> {
    const at = new Date().toISOString()
    backupDates.value = { ...backupDates.value, lastChangeAt: at }
    now.value = new Date()
    await opened.setMeta(META.lastChangeAt, at).catch(() => undefined)
  }

  /**
   * Saves some documents and deletes others in one transaction, all or nothing (an import, and the undo
   * that puts back what it replaced and removes what it added). Every document touched is expected at the
   * revision a write names (`baseRevision`), else the one last read here (absent when never read): if another tab changed one since, nothing is
   * written, the user is told, and the owners reload. Everything is validated before anything is written.
   */
  function writeDocuments(
    puts: readonly DocumentWrite[],
    deletes: ReadonlyArray<{ kind: DocumentKind; id: string }>,
  ): Promise<SaveResult> {
    return whileWriting(bulkWrite(puts, deletes))
  }

  async function bulkWrite(
    puts: readonly DocumentWrite[],
    deletes: ReadonlyArray<{ kind: DocumentKind; id: string }>,
  ): Promise<SaveResult> {
    const opened = await open()
    const envelopes = prepareWrites(puts, new Date().toISOString()).map(({ baseRevision: _base, ...envelope }) => envelope)
    const expected = new Map<string, number | null>()
    for (const write of puts) expected.set(documentKey(write.kind.kind, write.id), 'baseRevision' in write ? write.baseRevision ?? null : revisionOf(write.kind, write.id))
    for (const { kind, id } of deletes) expected.set(documentKey(kind.kind, id), revisionOf(kind, id))
    try {
      await opened.applyBulk({ put: envelopes, delete: deletes.map(({ kind, id }) => ({ kind: kind.kind, id })), expected })
    } catch (error) {
      if (error instanceof RevisionConflictError) {
        notices.value = [...notices.value, ...error.conflicts.map((conflict) => conflictNotice(conflict.kind, conflict.id))]
        for (const conflict of error.conflicts) revisions.delete(documentKey(conflict.kind, conflict.id))
        emit(error.conflicts.map(({ kind, id }) => ({ kind, id })))
        return { ok: false, reason: 'conflict', conflicts: error.conflicts }
      }
      if (error instanceof StorageFullError) {
        problem.value = STORAGE_TEXT.full
        return { ok: false, reason: 'storage-full' }
      }
      problem.value ??= STORAGE_TEXT.failed
      return { ok: false, reason: 'failed' }
    }
    const receipts = envelopes.map(({ kind, id }) => ({ kind, id, revision: (expected.get(documentKey(kind, id)) ?? 0) + 1 }))
    for (const receipt of receipts) revisions.set(documentKey(receipt.kind, receipt.id), receipt.revision)
    for (const { kind, id } of deletes) revisions.delete(documentKey(kind.kind, id))
    channel?.announce([...receipts, ...deletes.map(({ kind, id }) => ({ kind: kind.kind, id }))].map(({ kind, id }) => ({ kind, id })))
    await noteChange(opened)
    return { ok: true, receipts }
  }

  /** Deletes documents together (all or nothing), unless another tab changed one since it was read here. */
  function deleteDocuments(targets: ReadonlyArray<{ kind: DocumentKind; id: string }>): Promise<SaveResult> {
    return writeDocuments([], targets)
  }

  async function deleteOrganization(organizationId: string): Promise<void> {
    await (await open()).deleteOrganization(organizationId)
    channel?.announce('all')
    emit('all')
  }

  async function getMeta<T>(key: string): Promise<T | undefined> {
    return (await open()).getMeta<T>(key)
  }

  /** Saves a setting; a failure (storage full) is not worth more than the message storage already gives. */
  async function setMeta(key: string, value: unknown): Promise<void> {
    await (await open()).setMeta(key, value).catch(() => undefined)
  }

  /** The backup file of everything or of one organisation, built from what is saved (or held in memory). */
  async function exportBackup(scope: BackupScope, app: string): Promise<{ text: string; count: number }> {
    const opened = await open()
    const all = await opened.readAll()
    const documents = all.envelopes.filter((envelope) => inScope(envelope, scope))
    const createdAt = new Date()
    const text = buildBackup(documents, scope, createdAt, app)
    backupDates.value = { ...backupDates.value, lastBackupAt: createdAt.toISOString() }
    now.value = createdAt
    await opened.setMeta(META.lastBackupAt, createdAt.toISOString()).catch(() => undefined)
    return { text, count: documents.length }
  }

  async function previewRestore(backup: Backup, restoreMode: RestoreMode, overwriteNewer: boolean): Promise<RestorePlan> {
    const all = await (await open()).readAll()
    return planRestore(all.envelopes, backup, restoreMode, overwriteNewer)
  }

  /** Applies a previewed restore in one transaction, unless something changed since the preview. */
  function applyRestore(plan: RestorePlan): Promise<RestoreResult> {
    return whileWriting(restore(plan))
  }

  async function restore(plan: RestorePlan): Promise<RestoreResult> {
    const opened = await open()
    try {
      await opened.applyBulk(plan.change)
    } catch (error) {
      if (error instanceof RevisionConflictError) return { ok: false, reason: 'moved' }
      if (error instanceof StorageFullError) {
        problem.value = STORAGE_TEXT.full
        return { ok: false, reason: 'storage-full' }
      }
      return { ok: false, reason: 'failed' }
    }
    revisions.clear()
    for (const [key, revision] of await opened.revisions()) revisions.set(key, revision)
    channel?.announce('all')
    emit('all')
    return { ok: true }
  }

  async function quarantineEntries(): Promise<QuarantineEntry[]> {
    const entries = await (await open()).quarantined()
    quarantinedCount.value = entries.length
    return entries
  }

  async function discardQuarantined(seq: number): Promise<void> {
    await (await open()).discardQuarantined(seq)
    quarantinedCount.value = (await (await open()).quarantined()).length
  }

  async function snoozeReminder(): Promise<void> {
    const until = snoozeUntil(new Date())
    // Saved first, so the reminder is gone only once "later" will be remembered.
    await setMeta(META.snoozedUntil, until)
    backupDates.value = { ...backupDates.value, snoozedUntil: until }
  }

  function dismissNotice(index: number): void {
    notices.value = notices.value.filter((_notice, at) => at !== index)
  }

  return {
    mode, problem, notices, quarantinedCount, unreadable, backupDates, reminder, pendingWrites, unsavedEditors, saveFailure, workAtRisk, holdUnsaved, whileWriting,
    open, list, get, revisionOf, saveDocument, saveDocuments, writeDocuments, deleteDocuments, deleteOrganization, onDocumentsChanged,
    getMeta, setMeta,
    exportBackup, previewRestore, applyRestore, quarantineEntries, discardQuarantined, snoozeReminder, dismissNotice,
  }
})

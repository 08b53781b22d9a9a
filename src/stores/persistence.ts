import { defineStore } from 'pinia'
import { computed, markRaw, reactive, ref, toRefs } from 'vue'
import type { DocumentKind, DocumentWrite, LoadResult } from '@/storage'
import type { DocumentChanges } from '@/storage/channel'
import { StorageSession, initialSessionState, type SaveOptions, type SaveResult } from '@/storage/session'

export type { RestoreResult, SaveOptions, SaveResult, StorageMode, StorageProblem } from '@/storage/session'

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

/**
 * The single path by which stores save documents: this tab's storage session (src/storage/session.ts:
 * revisions, conflicts, the cross-tab channel, problems as codes), made reactive for the screens, plus
 * what only the screens need (editors holding unsaved text, whether leaving could lose work). Backup,
 * restore, the reminder and quarantine are the backup store's.
 *
 * A store that saves a kind of its own: read with `list` or `get`, save with `saveDocument(s)`, and reload
 * on `onDocumentsChanged` (changes from other tabs, a restore, a deletion, or a conflict).
 */
export const usePersistenceStore = defineStore('persistence', () => {
  const state = reactive(initialSessionState())
  const session = markRaw(new StorageSession(state))
  /** Editors holding typed text that is not saved yet (an open measure editor), by a key of their own. */
  const unsavedEditors = ref<ReadonlySet<string>>(new Set())
  /**
   * Why the latest write was not saved (storage full, or failing), until a write succeeds again; the
   * header must not say "saved" meanwhile. Null when the latest write was saved.
   */
  const saveFailure = computed<'storage-full' | 'failed' | null>(() => state.problem === 'full' ? 'storage-full' : state.problem === 'failed' ? 'failed' : null)
  /**
   * Whether leaving the page now could lose work: a write in flight, an editor with unsaved text, or the
   * latest write refused (what it held lives only in this page until a save succeeds or it is exported).
   */
  const workAtRisk = computed(() => state.pendingWrites > 0 || unsavedEditors.value.size > 0 || saveFailure.value !== null)

  /** Marks (or clears) an editor's unsaved text, so that leaving the page asks first. */
  function holdUnsaved(key: string, unsaved: boolean): void {
    if (unsaved === unsavedEditors.value.has(key)) return
    const next = new Set(unsavedEditors.value)
    if (unsaved) next.add(key)
    else next.delete(key)
    unsavedEditors.value = next
  }

  function saveDocument<T>(kind: DocumentKind<T>, id: string, organizationId: string | null, data: T, baseRevision?: number | null): Promise<SaveResult> {
    const write: DocumentWrite = { kind: kind as DocumentKind, id, organizationId, data }
    return session.saveDocuments([baseRevision === undefined ? write : { ...write, baseRevision }])
  }

  return {
    ...toRefs(state), session, unsavedEditors, saveFailure, workAtRisk, holdUnsaved,
    open: () => session.open(),
    list: <T>(kind: DocumentKind<T>, organizationId?: string): Promise<LoadResult<T>> => session.list(kind, organizationId),
    get: <T>(kind: DocumentKind<T>, id: string): Promise<T | null> => session.get(kind, id),
    revisionOf: (kind: DocumentKind | string, id: string) => session.revisionOf(kind, id),
    whileWriting: <T>(write: Promise<T>): Promise<T> => session.whileWriting(write),
    saveDocument,
    saveDocuments: (writes: readonly DocumentWrite[], options?: SaveOptions) => session.saveDocuments(writes, options),
    writeDocuments: (puts: readonly DocumentWrite[], deletes: ReadonlyArray<{ kind: DocumentKind; id: string }>) => session.writeDocuments(puts, deletes),
    deleteDocuments: (targets: ReadonlyArray<{ kind: DocumentKind; id: string }>) => session.deleteDocuments(targets),
    deleteOrganization: (organizationId: string) => session.deleteOrganization(organizationId),
    onDocumentsChanged: (listener: (changes: DocumentChanges) => void) => session.onDocumentsChanged(listener),
    getMeta: <T>(key: string) => session.getMeta<T>(key),
    setMeta: (key: string, value: unknown) => session.setMeta(key, value),
    dismissConflict: (index: number) => session.dismissConflict(index),
  }
})

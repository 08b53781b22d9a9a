import 'fake-indexeddb/auto'
import { IDBFactory } from 'fake-indexeddb'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, expect, vi } from 'vitest'

/**
 * The workspace store over a fresh (fake) IndexedDB per test of the importing file; `openWorkspace`
 * opens a new store on the same database, as a page reload does.
 */
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory()
})

export async function openWorkspace() {
  vi.resetModules()
  setActivePinia(createPinia())
  const { useWorkspaceStore } = await import('@/stores/workspace')
  const workspace = useWorkspaceStore()
  await workspace.load()
  // Saved in IndexedDB, not held in memory only (the store's fallback when storage is refused).
  expect(workspace.status).toBe('ready')
  return workspace
}

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
  // The app's start-up (the demo seeded into the empty database, then the workspace loaded), on fresh modules.
  const { startWorkspace } = await import('@/app/start')
  const workspace = await startWorkspace()
  // Saved in IndexedDB, not held in memory only (the store's fallback when storage is refused).
  expect(workspace.status).toBe('ready')
  return workspace
}

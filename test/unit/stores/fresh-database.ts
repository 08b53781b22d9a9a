import 'fake-indexeddb/auto'
import { IDBFactory } from 'fake-indexeddb'
import { beforeEach } from 'vitest'
import { closeDocumentStore } from '@/storage'

/**
 * Each test of the importing file starts on a fresh, empty (fake) IndexedDB: the app's cached connection
 * is closed and a new factory put in place, so no test depends on what an earlier one saved. The stores'
 * own modules are kept (unlike fresh-workspace.ts, which reloads them for a page reload).
 *
 * The tabs of an earlier test stop hearing others too: their change channels are closed, so a later
 * test's saves do not make them reload from the database closed under them.
 */
const channels = new Set<BroadcastChannel>()
class ClosableChannel extends BroadcastChannel {
  constructor(name: string) {
    super(name)
    channels.add(this)
  }

  override close(): void {
    channels.delete(this)
    super.close()
  }
}
globalThis.BroadcastChannel = ClosableChannel

beforeEach(async () => {
  for (const channel of [...channels]) channel.close()
  await closeDocumentStore()
  globalThis.indexedDB = new IDBFactory()
})

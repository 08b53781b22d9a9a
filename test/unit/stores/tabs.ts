import './fresh-database'
import { afterEach, beforeEach, vi } from 'vitest'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { usePersistenceStore } from '@/stores/persistence'
import { useBackupStore } from '@/stores/backup'
import { useWorkspaceStore } from '@/stores/workspace'
import { readBackupText } from '@/storage/backup'
import { startWorkspace } from '@/app/start'

/**
 * Browser tabs for store tests: each tab is a Pinia instance on the file's (fake) IndexedDB. Tabs hear
 * each other through a stand-in BroadcastChannel that each test starts afresh (so the tabs of earlier
 * tests stay silent), and a tab can be opened deaf, as one whose notice of another tab's save has not
 * arrived yet: only the revision check then keeps it from saving over that save.
 */
class TestChannel {
  static open = new Set<TestChannel>()
  static hearing = true
  readonly hears = TestChannel.hearing
  onmessage: ((event: MessageEvent) => void) | null = null

  constructor(readonly name: string) {
    TestChannel.open.add(this)
  }

  postMessage(data: unknown): void {
    for (const other of TestChannel.open) {
      if (other !== this && other.name === this.name && other.hears) {
        setTimeout(() => {
          if (TestChannel.open.has(other)) other.onmessage?.({ data } as MessageEvent)
        })
      }
    }
  }

  close(): void {
    TestChannel.open.delete(this)
  }
}

/** Installs the stand-in channel for each test of the file (each starts on a fresh database: fresh-database.ts). */
export function useTabs(): void {
  beforeEach(() => {
    vi.stubGlobal('BroadcastChannel', TestChannel)
    TestChannel.open.clear()
  })
  afterEach(async () => {
    // The test's tabs hear no more, and what they started finishes before the next test clears the documents.
    TestChannel.open.clear()
    await flush()
    vi.unstubAllGlobals()
  })
}

/** Opens the app in a new tab (the demo is seeded into an empty database); `hearing: false` for a tab that misses other tabs' notices. */
export async function openTab({ hearing = true } = {}) {
  const pinia = createPinia()
  setActivePinia(pinia)
  TestChannel.hearing = hearing
  try {
    const workspace = useWorkspaceStore()
    const persistence = usePersistenceStore()
    const backup = useBackupStore()
    await startWorkspace({ persistence, workspace })
    /** A store of this tab (a tab's stores find each other through its Pinia). */
    const use = <S>(useStore: (pinia?: Pinia) => S): S => useStore(pinia)
    return { pinia, workspace, persistence, backup, use }
  } finally {
    TestChannel.hearing = true
  }
}

/** Lets notices between tabs arrive and the reloads they start finish. */
export const flush = () => new Promise((resolve) => setTimeout(resolve, 30))

/** Waits (two seconds at most) until what a notice from another tab, or a reload, should bring holds. */
export function eventually(assertion: () => void | Promise<void>): Promise<void> {
  return vi.waitFor(assertion, { timeout: 2000, interval: 10 })
}

/** Restores a backup text in a tab, replacing what is saved, as the data screen does. */
export async function restore(backup: ReturnType<typeof useBackupStore>, text: string): Promise<void> {
  const read = readBackupText(text)
  if (!read.ok) throw new Error(read.problem.code)
  const plan = await backup.previewRestore(read.backup, 'replace', true)
  const result = await backup.applyRestore(plan)
  if (!result.ok) throw new Error(result.reason)
}

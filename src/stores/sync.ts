import { defineStore } from 'pinia'
import { computed, markRaw, ref, shallowRef, watch } from 'vue'
import { admittedOrigins } from '@/app/connect-policy'
import { CouchClient, SyncError, type SyncProblem } from '@/sync/couch'
import { differingFields, type FieldDifference } from '@/sync/conflicts'
import { exclusively, syncLockName } from '@/sync/exclusive'
import { keepMine, pendingConflicts, syncOrganization, takeTheirs, type RemoteConflict, type SyncReport } from '@/sync/replicate'
import { listDatabases as listServerDatabases, readProvince as readServerProvince, type DatabaseList, type ProvinceCredentials, type ProvinceRead } from '@/sync/province'
import {
  DatabaseNameSchema, SETTINGS_KEY, SyncSettingsSchema, databaseKey, normalizeServer, type SyncSettings,
} from '@/sync/settings'
import { readAllowedOrigins, writeAllowedOrigins } from '@/sync/origins'
import { usePersistenceStore } from './persistence'
import { useWorkspaceStore } from './workspace'

/**
 * Sharing organisations through the committee's CouchDB server: the server and user (saved once for
 * the workspace), the database of each shared organisation (saved per organisation), and the password
 * (this page's memory only). While connected, every shared organisation syncs at once, every
 * SYNC_EVERY_MS, shortly after each save here, and when the browser comes back online. Without a
 * server, a database and a password nothing is sent anywhere.
 */

export type SyncStatus =
  /** No server configured. */
  | 'off'
  /** Configured; waiting for the password (typed once per page). */
  | 'waiting'
  /** The address was set after this page started: the page's policy admits it after a reload. */
  | 'reload-needed'
  | 'syncing'
  | 'in-step'
  | 'offline'
  | 'problem'

export interface ConflictView extends RemoteConflict {
  organizationId: string
  hereUpdatedAt: string | null
  thereUpdatedAt: string | null
  differences: FieldDifference[]
}

export type JoinOutcome =
  | { ok: true; organizationId: string }
  | { ok: false; reason: 'not-connected' | 'bad-name' | 'no-organization' | 'several-organizations' }
  | { ok: false; reason: 'problem'; problem: SyncProblem }

export const SYNC_EVERY_MS = 15_000
const AFTER_SAVE_MS = 1_500

function localStorageOrNull(): Storage | null {
  try {
    return globalThis.localStorage ?? null
  } catch {
    return null
  }
}

function originAdmitted(server: string): boolean {
  const admitted = admittedOrigins()
  // No policy on the page (the dev server): every origin is admitted.
  return admitted === null || admitted.includes(new URL(server).origin)
}

export const useSyncStore = defineStore('sync', () => {
  const persistence = usePersistenceStore()
  const workspace = useWorkspaceStore()
  const settings = ref<SyncSettings | null>(null)
  /** The database of each shared organisation. */
  const databases = ref<Record<string, string>>({})
  const status = ref<SyncStatus>('off')
  const problem = ref<SyncProblem | null>(null)
  const lastReport = ref<SyncReport | null>(null)
  const lastSyncedAt = ref<string | null>(null)
  const conflicts = ref<ConflictView[]>([])
  const password = shallowRef<string | null>(null)
  let timer: ReturnType<typeof setInterval> | null = null
  let soon: ReturnType<typeof setTimeout> | null = null
  let running: Promise<void> | null = null
  let again = false

  const connected = computed(() => password.value !== null)
  const currentDatabase = computed(() => (workspace.currentOrganization ? databases.value[workspace.currentOrganization.id] ?? null : null))

  function clientFor(database: string): CouchClient | null {
    if (!settings.value || password.value === null) return null
    return markRaw(new CouchClient({ server: settings.value.server, user: settings.value.user, password: password.value, database }))
  }

  function credentials(): ProvinceCredentials | null {
    return settings.value && password.value !== null ? { server: settings.value.server, user: settings.value.user, password: password.value } : null
  }

  async function load(): Promise<void> {
    const parsed = SyncSettingsSchema.safeParse(await persistence.getMeta(SETTINGS_KEY))
    settings.value = parsed.success ? parsed.data : null
    await loadDatabases()
    if (!connected.value) status.value = settings.value ? (originAdmitted(settings.value.server) ? 'waiting' : 'reload-needed') : 'off'
    await refreshConflicts()
  }

  async function loadDatabases(): Promise<void> {
    const found: Record<string, string> = {}
    for (const organization of workspace.organizations) {
      const name = DatabaseNameSchema.safeParse(await persistence.getMeta(databaseKey(organization.id)))
      if (name.success) found[organization.id] = name.data
    }
    databases.value = found
  }

  /** Saves the server and user; the page must reload first when its policy does not admit the server yet. */
  async function configure(next: SyncSettings): Promise<'saved' | 'reload-needed' | 'not-remembered'> {
    const server = normalizeServer(next.server)
    if (!server.ok) throw new Error('configure: a bad address (checked by the form)')
    await loaded
    const saved: SyncSettings = { server: server.server, user: next.user.trim() }
    stop()
    await persistence.setMeta(SETTINGS_KEY, saved)
    settings.value = saved
    const storage = localStorageOrNull()
    const origins = readAllowedOrigins(storage)
    if (!origins.includes(server.origin) && !writeAllowedOrigins(storage, [...origins, server.origin])) return 'not-remembered'
    status.value = originAdmitted(saved.server) ? 'waiting' : 'reload-needed'
    return status.value === 'reload-needed' ? 'reload-needed' : 'saved'
  }

  /** Stops sharing on this machine: server and databases forgotten here; nothing on the server is touched. */
  async function forget(): Promise<void> {
    stop()
    await persistence.setMeta(SETTINGS_KEY, null)
    for (const id of Object.keys(databases.value)) await persistence.setMeta(databaseKey(id), null)
    settings.value = null
    databases.value = {}
    status.value = 'off'
    conflicts.value = []
    lastReport.value = null
    problem.value = null
  }

  /** Shares an organisation of this workspace in a database (its documents go there at the next sync). */
  async function share(organizationId: string, database: string): Promise<void> {
    const name = DatabaseNameSchema.parse(database.trim())
    await persistence.setMeta(databaseKey(organizationId), name)
    databases.value = { ...databases.value, [organizationId]: name }
    if (connected.value) await syncNow()
  }

  async function unshare(organizationId: string): Promise<void> {
    await persistence.setMeta(databaseKey(organizationId), null)
    const { [organizationId]: _gone, ...rest } = databases.value
    databases.value = rest
    await refreshConflicts()
  }

  /** Brings an organisation shared by another member into this workspace from its database. */
  async function join(database: string): Promise<JoinOutcome> {
    const name = DatabaseNameSchema.safeParse(database.trim())
    if (!name.success) return { ok: false, reason: 'bad-name' }
    const client = clientFor(name.data)
    if (!client) return { ok: false, reason: 'not-connected' }
    let ids: string[]
    try {
      await client.check()
      ids = await client.organizationIds()
    } catch (error) {
      if (error instanceof SyncError) return { ok: false, reason: 'problem', problem: error.problem }
      throw error
    }
    if (ids.length === 0) return { ok: false, reason: 'no-organization' }
    if (ids.length > 1) return { ok: false, reason: 'several-organizations' }
    const organizationId = ids[0]!
    await persistence.setMeta(databaseKey(organizationId), name.data)
    databases.value = { ...databases.value, [organizationId]: name.data }
    await syncNow()
    await workspace.settled()
    const years = workspace.yearsOf(organizationId)
    if (years.length) await workspace.select(organizationId, years[0]!)
    return { ok: true, organizationId }
  }

  /** Connects with the password (kept in this page's memory only), syncs now, then keeps syncing. */
  async function connect(typed: string): Promise<void> {
    if (!settings.value) return
    password.value = typed
    await syncNow()
    if (password.value === null) return
    timer ??= setInterval(() => void syncNow(), SYNC_EVERY_MS)
  }

  /** Forgets the password and stops syncing (the settings stay). */
  function stop(): void {
    if (timer) clearInterval(timer)
    if (soon) clearTimeout(soon)
    timer = soon = null
    password.value = null
    if (status.value !== 'off' && status.value !== 'reload-needed' && status.value !== 'problem') status.value = settings.value ? 'waiting' : 'off'
  }

  /** One round over every shared organisation; a call while one runs makes it run once more after. */
  async function syncNow(): Promise<void> {
    if (running) {
      again = true
      return running
    }
    running = (async () => {
      do {
        again = false
        await runOnce()
      } while (again && connected.value)
    })().finally(() => { running = null })
    return running
  }

  async function runOnce(): Promise<void> {
    if (!connected.value) return
    if (typeof navigator !== 'undefined' && navigator.onLine === false) {
      status.value = 'offline'
      return
    }
    status.value = 'syncing'
    const total: SyncReport = { pulled: 0, changed: [], pushed: 0, conflicts: [], refused: [], rejected: [], problem: null }
    for (const [organizationId, database] of Object.entries(databases.value)) {
      const client = clientFor(database)
      if (!client) return
      let report: SyncReport
      try {
        report = await exclusively(syncLockName(organizationId), () => persistence.session.receive((backend) => syncOrganization(backend, client, organizationId)))
      } catch (error) {
        report = { ...total, problem: error instanceof SyncError ? error.problem : { code: 'bad-response', detail: String(error).slice(0, 200) } }
      }
      total.pulled += report.pulled
      total.pushed += report.pushed
      total.changed.push(...report.changed)
      total.conflicts.push(...report.conflicts)
      total.refused.push(...report.refused)
      total.rejected.push(...report.rejected)
      total.problem ??= report.problem
    }
    lastReport.value = total
    problem.value = total.problem
    const code = total.problem?.code
    if (!code) {
      status.value = 'in-step'
      lastSyncedAt.value = new Date().toISOString()
    } else if (code === 'unreachable') {
      status.value = 'offline'
    } else {
      // Refused credentials or rights do not get better by retrying every few seconds.
      if (code === 'wrong-credentials' || code === 'no-access') stop()
      status.value = 'problem'
    }
    await refreshConflicts()
  }

  async function refreshConflicts(): Promise<void> {
    const backend = await persistence.session.open()
    const views: ConflictView[] = []
    for (const [organizationId, database] of Object.entries(databases.value)) {
      const waiting = await pendingConflicts(backend, organizationId, database)
      if (!waiting.length) continue
      const here = new Map((await backend.organizationRecords(organizationId)).map((envelope) => [`${envelope.kind} ${envelope.id}`, envelope]))
      for (const conflict of waiting) {
        const mine = here.get(`${conflict.kind} ${conflict.id}`)
        views.push({
          ...conflict, organizationId,
          hereUpdatedAt: mine?.updatedAt ?? null,
          thereUpdatedAt: typeof conflict.remote?.updatedAt === 'string' ? conflict.remote.updatedAt : null,
          differences: differingFields(mine?.data, conflict.remote?.data),
        })
      }
    }
    conflicts.value = views
  }

  async function chooseMine(conflict: ConflictView): Promise<void> {
    const database = databases.value[conflict.organizationId]
    if (!database) return
    // After any round under way (its state written back would otherwise bring the conflict back).
    const backend = await persistence.session.open()
    await exclusively(syncLockName(conflict.organizationId), () => keepMine(backend, conflict.organizationId, database, conflict.kind, conflict.id))
    await refreshConflicts()
    if (connected.value) await syncNow()
  }

  /** Takes the server's copy; false when it failed the checks (it is then in the quarantine). */
  async function chooseTheirs(conflict: ConflictView): Promise<boolean> {
    const database = databases.value[conflict.organizationId]
    if (!database) return false
    const outcome = await exclusively(syncLockName(conflict.organizationId), () => persistence.session.receive(async (backend) => {
      const taken = await takeTheirs(backend, conflict.organizationId, database, conflict.kind, conflict.id)
      return { taken, changed: taken?.outcome === 'written' ? [{ kind: conflict.kind, id: conflict.id }] : [] }
    }))
    await refreshConflicts()
    if (connected.value) await syncNow()
    return outcome.taken?.outcome === 'written' || outcome.taken?.outcome === 'same'
  }

  /** The databases the server lists, for the provincial view (CouchDB 3 lists them to admins only); null when not connected. */
  async function listDatabases(): Promise<DatabaseList | null> {
    const source = credentials()
    return source ? listServerDatabases(source) : null
  }

  /**
   * Reads organisation databases for the provincial view, read only: nothing is written to this
   * workspace or to the server. A refused password is forgotten, so the password is asked again.
   */
  async function readProvince(names: readonly string[], onProgress?: (done: number, total: number) => void): Promise<ProvinceRead | null> {
    const source = credentials()
    if (!source) return null
    const read = await readServerProvince(source, names, { onProgress })
    if (!read.ok && read.problem === 'wrong-credentials') stop()
    return read
  }

  // A save here is sent shortly after, while connected.
  watch(() => persistence.backupDates.lastChangeAt, () => {
    if (!connected.value) return
    if (soon) clearTimeout(soon)
    soon = setTimeout(() => void syncNow(), AFTER_SAVE_MS)
  })
  watch(() => workspace.organizations.map((organization) => organization.id).join(' '), () => void loadDatabases())
  if (typeof window !== 'undefined') {
    window.addEventListener('online', () => void syncNow())
    window.addEventListener('offline', () => { if (connected.value) status.value = 'offline' })
  }
  // Settings saved before the saved ones were read would be overwritten by them: configure waits.
  const loaded = load()

  return {
    settings, databases, currentDatabase, status, problem, lastReport, lastSyncedAt, conflicts, connected,
    configure, forget, share, unshare, join, connect, stop, syncNow, chooseMine, chooseTheirs, refreshConflicts, listDatabases, readProvince,
  }
})

import { findForbiddenKey, parseJsonText } from '@/storage/safe-json'

/**
 * The few calls of the CouchDB HTTP API the sync needs, over `fetch`: a database's info, its changes
 * feed, `_bulk_docs`, one document, and who the server says the user is. Everything a server answers is
 * untrusted: read as text up to a size limit, parsed by the app's guarded JSON reader (depth, prototype
 * keys), and checked for the shape used. Failures are SyncError with a code, worded in Thai by the UI.
 *
 * The password is given per client, kept only in this object's memory, and sent as HTTP Basic
 * authentication to the one server configured; it is never stored.
 */

export type SyncProblem =
  /** No answer: the server is down or silent (REQUEST_TIMEOUT_MS), the address is wrong, the network is off, or CORS refused. */
  | { code: 'unreachable' }
  /** The server does not accept this user and password. */
  | { code: 'wrong-credentials' }
  /** The user is known but may not read or write this database. */
  | { code: 'no-access' }
  /** The database does not exist on the server. */
  | { code: 'no-database' }
  | { code: 'server-error'; status: number }
  /** The answer is not what a CouchDB server sends (or too large). */
  | { code: 'bad-response'; detail: string }

export class SyncError extends Error {
  constructor(readonly problem: SyncProblem) {
    super(`sync: ${problem.code}${'detail' in problem ? ` (${problem.detail})` : ''}${'status' in problem ? ` (${problem.status})` : ''}`)
    this.name = 'SyncError'
  }
}

export interface CouchTarget {
  /** The server's address, e.g. https://couch.example.go.th (an origin, perhaps with a path prefix). */
  server: string
  database: string
  user?: string
  password?: string
}

/** A changed document in the feed: its id, the winning revision, and the document unless deleted. */
export interface CouchChange {
  id: string
  rev: string
  deleted: boolean
  doc: Record<string, unknown> | null
  /** Set when the document holds a key that reaches a prototype: `doc` is then null, never handed on. */
  hostile?: string
}

export interface CouchChanges {
  results: CouchChange[]
  /** Opaque (a number for PouchDB, a string for CouchDB 2+): given back as `since`. */
  lastSeq: string | number
}

export type BulkResult = { id: string; ok: true; rev: string } | { id: string; ok: false; error: string }

/** Largest answer read from a server (a changes batch of 200 documents stays well below it). */
export const MAX_RESPONSE_BYTES = 32 * 1024 * 1024
/**
 * The longest one request may take, answer included: a server that takes the connection and never
 * answers would otherwise hold the sync round (and a conflict's choice, which waits for the round)
 * for good. Five minutes carries a full push batch (up to about 26 MB) over a slow office line.
 */
export const REQUEST_TIMEOUT_MS = 5 * 60_000
const JSON_LIMITS = { maxBytes: MAX_RESPONSE_BYTES, maxDepth: 64 }

/** CouchDB's rule for database names, so a bad one is said before anything is sent. */
export const DATABASE_NAME = /^[a-z][a-z0-9_$()+/-]{0,237}$/

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

export class CouchClient {
  private readonly base: string
  private readonly auth: string | null

  constructor(
    readonly target: CouchTarget,
    private readonly fetcher: typeof fetch = (...args) => globalThis.fetch(...args),
    private readonly timeoutMs = REQUEST_TIMEOUT_MS,
  ) {
    const url = new URL(target.server)
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new SyncError({ code: 'bad-response', detail: `not an http(s) address: ${url.protocol}` })
    if (!DATABASE_NAME.test(target.database)) throw new SyncError({ code: 'bad-response', detail: `not a CouchDB database name: ${target.database}` })
    this.base = `${url.origin}${url.pathname.replace(/\/+$/, '')}`
    this.auth = target.user ? `Basic ${base64(`${target.user}:${target.password ?? ''}`)}` : null
  }

  /** The server's origin, for the Content-Security-Policy. */
  get origin(): string {
    return new URL(this.base).origin
  }

  /** Who the server takes these credentials for (null: anonymous), via `_session`. */
  async sessionUser(): Promise<string | null> {
    const answer = await this.request('GET', '/_session')
    const context = isRecord(answer) && isRecord(answer.userCtx) ? answer.userCtx : null
    if (!context) throw new SyncError({ code: 'bad-response', detail: '_session without userCtx' })
    return typeof context.name === 'string' ? context.name : null
  }

  /**
   * The names of every database on the server, via `_all_dbs`. CouchDB 3 answers it to server admins
   * only by default (no-access for everyone else); the caller then asks for the names instead.
   * Names that are not CouchDB database names of a user (the `_users`, `_replicator` system ones) are left out.
   */
  async allDatabases(): Promise<string[]> {
    const answer = await this.request('GET', '/_all_dbs')
    if (!Array.isArray(answer)) throw new SyncError({ code: 'bad-response', detail: '_all_dbs is not a list' })
    return answer.filter((name): name is string => typeof name === 'string' && DATABASE_NAME.test(name))
  }

  /** Checks that the database is there and may be read; says which of the reasons it is not. */
  async check(): Promise<void> {
    try {
      await this.request('GET', this.databasePath(''))
    } catch (error) {
      if (error instanceof SyncError && error.problem.code === 'no-access' && this.target.user) {
        // 401 for a wrong password and for a user without rights look alike: ask who we are.
        const user = await this.sessionUser().catch(() => null)
        if (user !== this.target.user) throw new SyncError({ code: 'wrong-credentials' })
      }
      throw error
    }
  }

  async changes(since: string | number | null, limit: number): Promise<CouchChanges> {
    const query = new URLSearchParams({ include_docs: 'true', limit: String(limit), since: since === null ? '0' : String(since) })
    // Checked per document below: one hostile document is refused on its own, not the whole feed.
    const answer = await this.request('GET', this.databasePath(`/_changes?${query}`), undefined, false)
    if (!isRecord(answer) || !Array.isArray(answer.results) || (typeof answer.last_seq !== 'string' && typeof answer.last_seq !== 'number')) {
      throw new SyncError({ code: 'bad-response', detail: '_changes without results or last_seq' })
    }
    const results: CouchChange[] = []
    for (const row of answer.results) {
      if (!isRecord(row) || typeof row.id !== 'string' || !Array.isArray(row.changes)) throw new SyncError({ code: 'bad-response', detail: 'a _changes row without id or changes' })
      const { doc, ...frame } = row
      const forbiddenInFrame = findForbiddenKey(frame)
      if (forbiddenInFrame) throw new SyncError({ code: 'bad-response', detail: `a _changes row with the key ${forbiddenInFrame.key}` })
      const rev = (row.changes[0] as { rev?: unknown } | undefined)?.rev
      if (typeof rev !== 'string') throw new SyncError({ code: 'bad-response', detail: `a _changes row without a revision (${row.id.slice(0, 80)})` })
      const deleted = row.deleted === true
      const forbidden = deleted ? null : findForbiddenKey(doc)
      if (forbidden) results.push({ id: row.id, rev, deleted, doc: null, hostile: `the key ${forbidden.key} at ${forbidden.path.slice(0, 200)}` })
      else results.push({ id: row.id, rev, deleted, doc: !deleted && isRecord(doc) ? doc : null })
    }
    return { results, lastSeq: answer.last_seq }
  }

  /** Sends documents; the answer for each, in the order sent (servers need not keep the order: rows are matched by id). */
  async bulkDocs(docs: ReadonlyArray<Record<string, unknown>>): Promise<BulkResult[]> {
    const answer = await this.request('POST', this.databasePath('/_bulk_docs'), { docs })
    if (!Array.isArray(answer) || answer.length !== docs.length) throw new SyncError({ code: 'bad-response', detail: '_bulk_docs answered a different number of rows' })
    const rows = new Map<string, Record<string, unknown>>()
    for (const row of answer) {
      if (!isRecord(row) || typeof row.id !== 'string' || rows.has(row.id)) throw new SyncError({ code: 'bad-response', detail: '_bulk_docs row without an id, or twice for one' })
      rows.set(row.id, row)
    }
    return docs.map((doc) => {
      const sent = String(doc._id)
      const row = rows.get(sent)
      if (!row) throw new SyncError({ code: 'bad-response', detail: `_bulk_docs has no row for ${sent.slice(0, 80)}` })
      if (typeof row.rev === 'string' && row.error === undefined) return { id: sent, ok: true, rev: row.rev }
      return { id: sent, ok: false, error: typeof row.error === 'string' ? row.error.slice(0, 100) : 'unknown' }
    })
  }

  /** The organisations whose documents this database holds (the ids of its `organization:` documents). */
  async organizationIds(): Promise<string[]> {
    const query = new URLSearchParams({ startkey: '"organization:"', endkey: '"organization:\uffff"', limit: '100' })
    const answer = await this.request('GET', this.databasePath(`/_all_docs?${query}`))
    if (!isRecord(answer) || !Array.isArray(answer.rows)) throw new SyncError({ code: 'bad-response', detail: '_all_docs without rows' })
    return answer.rows.flatMap((row) => (isRecord(row) && typeof row.id === 'string' && row.id.startsWith('organization:') ? [row.id.slice('organization:'.length)] : []))
  }

  /** One document, or null when absent or deleted. */
  async get(id: string): Promise<Record<string, unknown> | null> {
    try {
      const answer = await this.request('GET', this.databasePath(`/${encodeURIComponent(id)}`))
      if (!isRecord(answer)) throw new SyncError({ code: 'bad-response', detail: 'a document that is not an object' })
      return answer
    } catch (error) {
      if (error instanceof SyncError && error.problem.code === 'no-database') return null
      throw error
    }
  }

  private databasePath(rest: string): string {
    return `/${encodeURIComponent(this.target.database)}${rest}`
  }

  private async request(method: 'GET' | 'POST', path: string, body?: unknown, refuseForbiddenKeys = true): Promise<unknown> {
    const headers: Record<string, string> = { accept: 'application/json' }
    if (this.auth) headers.authorization = this.auth
    if (body !== undefined) headers['content-type'] = 'application/json'
    let response: Response
    let text: string
    try {
      response = await this.fetcher(`${this.base}${path}`, {
        method, headers, body: body === undefined ? undefined : JSON.stringify(body),
        // The password goes in the header to this server only: no cookies, no cache, no referrer.
        credentials: 'omit', cache: 'no-store', referrerPolicy: 'no-referrer', redirect: 'error',
        signal: AbortSignal.timeout(this.timeoutMs),
      })
      text = await readLimited(response)
    } catch (error) {
      // Too large is the answer's fault; anything else (refused, cut off, timed out) is no answer.
      if (error instanceof SyncError) throw error
      throw new SyncError({ code: 'unreachable' })
    }
    if (response.status === 401 || response.status === 403) throw new SyncError({ code: 'no-access' })
    if (response.status === 404) throw new SyncError({ code: 'no-database' })
    if (response.status >= 500) throw new SyncError({ code: 'server-error', status: response.status })
    if (!response.ok) throw new SyncError({ code: 'bad-response', detail: `HTTP ${response.status}` })
    const parsed = parseJsonText(text, { ...JSON_LIMITS, allowForbiddenKeys: !refuseForbiddenKeys })
    if (!parsed.ok) throw new SyncError({ code: 'bad-response', detail: `not JSON the app accepts (${parsed.problem.code})` })
    return parsed.value
  }
}

/** The body as text, refusing one larger than MAX_RESPONSE_BYTES rather than reading it all. */
async function readLimited(response: Response): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? 0)
  if (declared > MAX_RESPONSE_BYTES) throw new SyncError({ code: 'bad-response', detail: `answer of ${declared} bytes` })
  if (!response.body) return ''
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > MAX_RESPONSE_BYTES) {
      await reader.cancel()
      throw new SyncError({ code: 'bad-response', detail: `answer over ${MAX_RESPONSE_BYTES} bytes` })
    }
    chunks.push(value)
  }
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes)
}

function base64(text: string): string {
  let binary = ''
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte)
  return btoa(binary)
}

import { z } from 'zod'
import { DATABASE_NAME } from './couch'

/**
 * Where the workspace shares: a CouchDB server's address and the user name (one per workspace, in the
 * store's meta), and per organisation the database holding its documents. The password never is kept
 * (it is typed once per page and held in memory only).
 *
 * The origins of the configured servers are also kept in localStorage (./origins.ts), because the
 * page's Content-Security-Policy is fixed when the page starts: a server set or changed takes effect
 * after the page reloads.
 */

export const SyncSettingsSchema = z.object({
  server: z.string().max(500),
  user: z.string().min(1).max(200),
})
export type SyncSettings = z.infer<typeof SyncSettingsSchema>

export const SETTINGS_KEY = 'sync-settings'

/** Meta key of the database an organisation is shared in. */
export function databaseKey(organizationId: string): string {
  return `sync-database:${organizationId}`
}

export const DatabaseNameSchema = z.string().regex(DATABASE_NAME)

export type ServerProblem = 'empty' | 'not-an-address' | 'not-http' | 'has-credentials' | 'has-query'

/** The server address as the app uses it (origin and path, no trailing slash), or why it is not one. */
export function normalizeServer(text: string): { ok: true; server: string; origin: string } | { ok: false; problem: ServerProblem } {
  const trimmed = text.trim()
  if (!trimmed) return { ok: false, problem: 'empty' }
  let url: URL
  try {
    url = new URL(trimmed)
  } catch {
    return { ok: false, problem: 'not-an-address' }
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, problem: 'not-http' }
  if (url.username || url.password) return { ok: false, problem: 'has-credentials' }
  if (url.search || url.hash) return { ok: false, problem: 'has-query' }
  return { ok: true, server: `${url.origin}${url.pathname.replace(/\/+$/, '')}`, origin: url.origin }
}

export type DatabaseProblem = 'empty' | 'not-a-name'

export function checkDatabaseName(text: string): DatabaseProblem | null {
  if (!text.trim()) return 'empty'
  return DATABASE_NAME.test(text.trim()) ? null : 'not-a-name'
}

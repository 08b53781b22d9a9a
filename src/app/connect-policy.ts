import { readAllowedOrigins } from '@/sync/origins'

/**
 * Narrows the page's connections to its own origin and the sync servers the committee configured.
 * The built page's static policy (build/csp.ts) admits any http(s) connection, because a <meta> policy
 * cannot be widened later; this second policy, added before anything connects, is enforced with it,
 * so the effective rule is the narrower one: 'self' plus the configured servers, nothing else. With no
 * server configured it is 'self' alone, as before sync existed. Runs in production builds only (the
 * dev server has no policy at all: it needs inline scripts for hot reload).
 */
export function connectPolicy(origins: readonly string[]): string {
  return ["connect-src 'self'", ...origins].join(' ')
}

export function applyConnectPolicy(doc: Document = document, storage: Storage | null = safeLocalStorage()): string {
  const policy = connectPolicy(readAllowedOrigins(storage))
  const meta = doc.createElement('meta')
  meta.httpEquiv = 'Content-Security-Policy'
  meta.content = policy
  meta.dataset.policy = 'connect'
  doc.head.prepend(meta)
  return policy
}

/**
 * The origins this page admits (read at its start): a server outside them needs a reload first. null
 * when the page has no connection policy (the dev server): every origin is admitted.
 */
export function admittedOrigins(doc: Document = document): string[] | null {
  const meta = doc.querySelector<HTMLMetaElement>('meta[data-policy="connect"]')
  return meta ? meta.content.split(/\s+/).slice(2) : null
}

function safeLocalStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null
  } catch {
    return null
  }
}

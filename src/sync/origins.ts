/**
 * The origins of the configured sync servers, kept in localStorage (an address, not a secret) because
 * the page's Content-Security-Policy is fixed when the page starts (src/app/connect-policy.ts reads them
 * before anything connects). This module imports nothing, so the first load carries only it, not the
 * sync client.
 */

/** localStorage key of the origins the page's policy admits at its next start. */
export const ALLOWED_ORIGINS_KEY = 'ita-committee-sync-origins'
const MAX_ORIGINS = 20

/** Only exact http(s) origins pass, so nothing else can be written into the policy. */
export function cleanOrigins(value: unknown): string[] {
  if (!Array.isArray(value)) return []
  const origins = new Set<string>()
  for (const entry of value.slice(0, MAX_ORIGINS)) {
    if (typeof entry !== 'string') continue
    try {
      const url = new URL(entry)
      if ((url.protocol === 'https:' || url.protocol === 'http:') && url.origin === entry) origins.add(entry)
    } catch { /* not an origin: left out */ }
  }
  return [...origins]
}

export function readAllowedOrigins(storage: Pick<Storage, 'getItem'> | null): string[] {
  try {
    const text = storage?.getItem(ALLOWED_ORIGINS_KEY)
    return text ? cleanOrigins(JSON.parse(text) as unknown) : []
  } catch {
    return []
  }
}

export function writeAllowedOrigins(storage: Pick<Storage, 'setItem'> | null, origins: readonly string[]): boolean {
  try {
    storage?.setItem(ALLOWED_ORIGINS_KEY, JSON.stringify(cleanOrigins([...origins])))
    return storage !== null
  } catch {
    return false
  }
}

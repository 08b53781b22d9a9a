import { ORGANIZATION } from './kinds'
import { documentKey, type BulkChange, type Envelope } from './envelope'
import type { Backup } from './backup'

/**
 * What restoring a backup would change, worked out before anything is written so the user can look
 * first. Pure: it compares the documents saved now with those in the file.
 *
 * - added: in the file, not saved here
 * - unchanged: the same data in both
 * - replaced: different here, and the file's copy is at least as recent (updatedAt)
 * - conflicts: different here, and the copy here was changed after the file's: merge keeps it unless
 *   the user chooses to overwrite newer work; replace overwrites it
 * - removed (replace only): saved here within the file's scope (everything, or its organisation), not in the file
 */

export type RestoreMode = 'merge' | 'replace'

export interface RestoreRow {
  organizationId: string | null
  /** Organisation name from the file or from what is saved; untrusted text, shown as text only. */
  organizationName: string
  kind: string
  added: number
  replaced: number
  unchanged: number
  conflicts: number
  removed: number
}

export interface RestorePlan {
  mode: RestoreMode
  overwriteNewer: boolean
  rows: RestoreRow[]
  totals: Omit<RestoreRow, 'organizationId' | 'organizationName' | 'kind'>
  /** What applying writes, in one transaction. */
  change: BulkChange
}

/** Key order does not make data different. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) return inner
    const sorted: Record<string, unknown> = Object.create(null) as Record<string, unknown>
    for (const key of Object.keys(inner).sort()) sorted[key] = (inner as Record<string, unknown>)[key]
    return sorted
  })
}

function nameOf(envelope: Envelope | undefined): string | null {
  const name = (envelope?.data as { name?: unknown } | undefined)?.name
  return typeof name === 'string' && name ? name : null
}

/**
 * Plans a restore. `current` is every readable document saved now (current shape) with its revision;
 * `backup` a validated file.
 */
export function planRestore(current: readonly Envelope[], backup: Backup, mode: RestoreMode, overwriteNewer = false): RestorePlan {
  const saved = new Map(current.map((envelope) => [documentKey(envelope.kind, envelope.id), envelope]))
  const incomingKeys = new Set<string>()
  const rows = new Map<string, RestoreRow>()
  const put: Envelope[] = []
  const toDelete: Array<{ kind: string; id: string }> = []
  const expected = new Map<string, number | null>()

  const organizationName = (organizationId: string | null): string => {
    if (organizationId === null) return ''
    const key = documentKey(ORGANIZATION.kind, organizationId)
    return nameOf(backup.documents.find((envelope) => envelope.kind === ORGANIZATION.kind && envelope.id === organizationId))
      ?? nameOf(saved.get(key)) ?? organizationId
  }
  const rowOf = (organizationId: string | null, kind: string): RestoreRow => {
    const key = JSON.stringify([organizationId, kind])
    let row = rows.get(key)
    if (!row) {
      row = { organizationId, organizationName: organizationName(organizationId), kind, added: 0, replaced: 0, unchanged: 0, conflicts: 0, removed: 0 }
      rows.set(key, row)
    }
    return row
  }

  for (const incoming of backup.documents) {
    const key = documentKey(incoming.kind, incoming.id)
    incomingKeys.add(key)
    const here = saved.get(key)
    expected.set(key, here?.revision ?? null)
    const row = rowOf(incoming.organizationId, incoming.kind)
    if (!here) {
      row.added++
      put.push(incoming)
    } else if (here.organizationId === incoming.organizationId && canonicalJson(here.data) === canonicalJson(incoming.data)) {
      row.unchanged++
    } else if (here.updatedAt > incoming.updatedAt) {
      row.conflicts++
      if (mode === 'replace' || overwriteNewer) put.push(incoming)
    } else {
      row.replaced++
      put.push(incoming)
    }
  }

  if (mode === 'replace') {
    const scope = backup.scope
    for (const [key, here] of saved) {
      if (incomingKeys.has(key)) continue
      if (scope.type === 'organization' && here.organizationId !== scope.organizationId) continue
      rowOf(here.organizationId, here.kind).removed++
      toDelete.push({ kind: here.kind, id: here.id })
      expected.set(key, here.revision)
    }
  }

  const list = [...rows.values()].sort((a, b) => a.organizationName.localeCompare(b.organizationName, 'th') || a.kind.localeCompare(b.kind))
  const totals = { added: 0, replaced: 0, unchanged: 0, conflicts: 0, removed: 0 }
  for (const row of list) for (const field of Object.keys(totals) as Array<keyof typeof totals>) totals[field] += row[field]
  return {
    mode, overwriteNewer, rows: list, totals,
    change: { put: put.map(({ revision: _revision, ...envelope }) => envelope), delete: toDelete, expected },
  }
}

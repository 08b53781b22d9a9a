import { z } from 'zod'
import { ORGANIZATION, type DocumentKind } from './kinds'

/**
 * The envelope every saved document travels in, in the database and in backup files, and the rules both
 * backends (IndexedDB and memory) apply to it: validation before writing, migration and validation when
 * reading, the revision check that keeps two tabs from overwriting each other, and the errors they raise.
 */

export const EnvelopeSchema = z.object({
  kind: z.string().min(1).max(100),
  id: z.string().min(1).max(200),
  organizationId: z.string().min(1).max(200).nullable(),
  version: z.number().int().min(1).max(10_000),
  revision: z.number().int().min(1),
  updatedAt: z.string().max(40),
  data: z.unknown(),
})
export type Envelope = z.infer<typeof EnvelopeSchema>

/** A document as read back: current shape, with the revision a later write must be based on. */
export interface Stored<T> {
  id: string
  organizationId: string | null
  revision: number
  updatedAt: string
  data: T
}

export interface DocumentWrite {
  kind: DocumentKind
  id: string
  organizationId: string | null
  data: unknown
  /**
   * The revision this change was based on: a number when editing what was read, null when creating
   * something new. Left out, the write is unconditional (seeding, tests). A mismatch means another tab
   * saved in between: nothing of the batch is written and RevisionConflictError is thrown.
   */
  baseRevision?: number | null
}

export interface WriteReceipt {
  kind: string
  id: string
  revision: number
}

export interface QuarantineEntry {
  seq?: number
  quarantinedAt: string
  /** Why it was put aside (technical, English). */
  reason: string
  /** What kind of problem, for the Thai wording; missing on entries saved before codes existed. */
  code?: DocumentProblemCode | 'bad-envelope'
  /** What failed validation and where, for the Thai wording; missing when there is no such detail. */
  issues?: DataIssue[]
  /** The envelope exactly as it was found. */
  raw: unknown
}

/** A document just put aside while reading, as the app tells the user about it. */
export interface UnreadableDocument {
  kind: string
  id: string
  /** Technical reason (English), kept for the data screen. */
  reason: string
  code?: QuarantineEntry['code']
  issues?: DataIssue[]
}

/** One validation problem: where (a path such as `scores.itemScores[2].score`) and what (zod's code and limits). */
export interface DataIssue {
  path: string
  code: string
  expected?: string
  limit?: number | string
  message: string
}

export function formatPath(segments: ReadonlyArray<PropertyKey>, prefix = ''): string {
  let path = prefix
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`
    else path += path ? `.${String(segment)}` : String(segment)
  }
  return path
}

export function toIssues(error: z.ZodError, prefix = ''): DataIssue[] {
  return error.issues.slice(0, 5).map((issue) => {
    const limits = issue as { expected?: unknown; maximum?: unknown; minimum?: unknown }
    const limit = limits.maximum ?? limits.minimum
    return {
      path: formatPath(issue.path, prefix),
      code: issue.code,
      ...(typeof limits.expected === 'string' ? { expected: limits.expected } : {}),
      ...(typeof limit === 'number' || typeof limit === 'bigint' ? { limit: Number(limit) } : {}),
      message: issue.message,
    }
  })
}

export function describeIssues(issues: readonly DataIssue[]): string {
  return issues.map((issue) => `${issue.path || '(root)'}: ${issue.message}`).join('; ')
}

export type DocumentProblemCode = 'newer-shape' | 'no-migration' | 'migration-failed' | 'invalid-data'

/** Why stored or restored data of a known kind cannot be read. */
export class DocumentProblem extends Error {
  constructor(readonly code: DocumentProblemCode, message: string, readonly issues: DataIssue[] = []) {
    super(message)
    this.name = 'DocumentProblem'
  }
}

/** Migrates data of a kind from the shape it was saved in to the current one, then validates it. */
export function upgradeData<T>(kind: DocumentKind<T>, version: number, data: unknown): T {
  if (version > kind.version) {
    throw new DocumentProblem('newer-shape', `saved by a newer version of the app (shape ${version}, this app reads up to ${kind.version})`)
  }
  let current = data
  for (let step = version; step < kind.version; step++) {
    const migrate = kind.migrations[step]
    if (!migrate) throw new DocumentProblem('no-migration', `no migration from shape ${step}`)
    try {
      current = migrate(current)
    } catch (error) {
      throw new DocumentProblem('migration-failed', `migration from shape ${step} failed: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  const parsed = kind.schema.safeParse(current)
  if (!parsed.success) {
    const issues = toIssues(parsed.error)
    throw new DocumentProblem('invalid-data', describeIssues(issues), issues)
  }
  return parsed.data
}

/** Thrown when the app itself tries to save data that does not validate; nothing of the batch is saved. */
export class DocumentValidationError extends Error {
  constructor(readonly kind: string, readonly id: string, readonly issues: string) {
    super(`${kind} ${id}: ${issues}`)
    this.name = 'DocumentValidationError'
  }
}

export interface RevisionConflict {
  kind: string
  id: string
  /** The revision the write was based on (null: expected not to exist). */
  expected: number | null
  /** The revision found (null: it was deleted). */
  actual: number | null
}

/** Another tab saved (or deleted) a document since this one read it; nothing of the batch was written. */
export class RevisionConflictError extends Error {
  constructor(readonly conflicts: RevisionConflict[]) {
    super(`changed elsewhere: ${conflicts.map((conflict) => `${conflict.kind} ${conflict.id} (${conflict.expected ?? 'new'} -> ${conflict.actual ?? 'deleted'})`).join(', ')}`)
    this.name = 'RevisionConflictError'
  }
}

/** The browser refused the write because its storage quota is used up; nothing of the batch was written. */
export class StorageFullError extends Error {
  constructor(cause?: unknown) {
    super('storage quota exceeded', { cause })
    this.name = 'StorageFullError'
  }
}

export function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED'
}

/** Runs a write, turning the browser's quota failure into StorageFullError. */
export async function guardWrite<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write()
  } catch (error) {
    if (isQuotaError(error)) throw new StorageFullError(error)
    // A transaction aborted by quota reports the abort, with the cause on the transaction's error.
    if (isQuotaError((error as { cause?: unknown } | null)?.cause)) throw new StorageFullError(error)
    throw error
  }
}

export function documentKey(kind: string, id: string): string {
  return JSON.stringify([kind, id])
}

/**
 * Checks that an envelope agrees with its data: an organisation is its own organisation, and data that
 * names its organisation names the envelope's. Returns what is wrong, or null.
 */
export function inconsistency(kind: string, id: string, organizationId: string | null, data: unknown): string | null {
  if (kind === ORGANIZATION.kind && organizationId !== id) return `an organisation must belong to itself (organizationId ${organizationId ?? 'null'}, id ${id})`
  if (data !== null && typeof data === 'object') {
    const named = (data as { organizationId?: unknown }).organizationId
    if (typeof named === 'string' && named !== organizationId) return `data.organizationId ${named} differs from the envelope's ${organizationId ?? 'null'}`
    if (kind === ORGANIZATION.kind) {
      const ownId = (data as { id?: unknown }).id
      if (typeof ownId === 'string' && ownId !== id) return `data.id ${ownId} differs from the envelope's ${id}`
    }
  }
  return null
}

/** Validates what the app wants to save and puts it in envelopes of the current shape (revision set later). */
export function prepareWrites(entries: readonly DocumentWrite[], now: string): Array<Omit<Envelope, 'revision'> & { baseRevision?: number | null }> {
  return entries.map(({ kind, id, organizationId, data, baseRevision }) => {
    const parsed = kind.schema.safeParse(data)
    if (!parsed.success) throw new DocumentValidationError(kind.kind, id, describeIssues(toIssues(parsed.error)))
    const wrong = inconsistency(kind.kind, id, organizationId, parsed.data)
    if (wrong) throw new DocumentValidationError(kind.kind, id, wrong)
    return { kind: kind.kind, id, organizationId, version: kind.version, updatedAt: now, data: parsed.data, baseRevision }
  })
}

/** The conflicts between what writes were based on and what is stored now. */
export function revisionConflicts(
  writes: ReadonlyArray<{ kind: string; id: string; baseRevision?: number | null }>,
  stored: ReadonlyArray<{ revision: number } | undefined>,
): RevisionConflict[] {
  const conflicts: RevisionConflict[] = []
  writes.forEach((write, index) => {
    if (write.baseRevision === undefined) return
    const actual = stored[index]?.revision ?? null
    if (actual !== write.baseRevision) conflicts.push({ kind: write.kind, id: write.id, expected: write.baseRevision, actual })
  })
  return conflicts
}

/**
 * A change of the whole database applied at once (restore): documents to put (current shape, their own
 * updatedAt) and keys to delete, with the revision each touched document had when the change was planned.
 * If any of them moved since, nothing is applied (RevisionConflictError).
 */
export interface BulkChange {
  put: ReadonlyArray<Omit<Envelope, 'revision'>>
  delete: ReadonlyArray<{ kind: string; id: string }>
  /** documentKey -> revision when planned (null: did not exist). */
  expected: ReadonlyMap<string, number | null>
}

import { z } from 'zod'
import { DOCUMENT_KINDS, ORGANIZATION, type DocumentKind } from './kinds'
import { DocumentProblem, EnvelopeSchema, documentKey, inconsistency, toIssues, upgradeData, type DataIssue, type Envelope } from './envelope'
import { parseJsonText, readJson, type JsonLimits, type JsonProblem } from './safe-json'
import { sealedBackupOf, type SealedBackup, type SealedProblem } from './sealed-backup'

/**
 * The backup file: one JSON file holding every document of the database, or of one organisation, in
 * their envelopes. Pure: building and reading a file needs no storage.
 *
 * The file format has its own version, separate from each document kind's shape version (documents in
 * a file are migrated like stored ones). BACKUP_MIGRATIONS[n] turns a file of version n into n + 1; each
 * is tested from a fixture in test/fixtures/storage/backup/.
 *
 *   v1  { format, version: 1, createdAt, app, scope: { type: 'all' } | { type: 'organization', organizationId }, documents }
 */

export const BACKUP_FORMAT = 'ita-committee-backup'
export const BACKUP_VERSION = 1
export const BACKUP_MIGRATIONS: Readonly<Record<number, (file: Record<string, unknown>) => Record<string, unknown>>> = {}

/** Files above this are refused before being read: a backup of many organisations over years is a few MB. */
export const MAX_BACKUP_BYTES = 40 * 1024 * 1024
/** Saved data nests about eight levels deep; anything far deeper is not a backup. */
export const MAX_BACKUP_DEPTH = 64
export const MAX_BACKUP_DOCUMENTS = 50_000

export const BACKUP_LIMITS: JsonLimits = { maxBytes: MAX_BACKUP_BYTES, maxDepth: MAX_BACKUP_DEPTH }

const IsoDateTime = z.string().max(40).regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/)

export const BackupScopeSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('all') }),
  z.object({ type: z.literal('organization'), organizationId: z.string().min(1).max(200) }),
])
export type BackupScope = z.infer<typeof BackupScopeSchema>

const BackupHeaderSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  createdAt: IsoDateTime,
  app: z.string().max(200).default(''),
  scope: BackupScopeSchema,
  documents: z.array(z.unknown()),
})

export interface Backup {
  createdAt: string
  app: string
  scope: BackupScope
  /** Every document, migrated to the current shape of its kind and validated. */
  documents: Envelope[]
}

export type BackupProblem =
  | JsonProblem
  | { code: 'not-backup' }
  | { code: 'newer-version'; version: number }
  | { code: 'bad-version' }
  | { code: 'bad-header'; path: string; issue: DataIssue }
  | { code: 'too-many-documents'; count: number; limit: number }
  | { code: 'bad-envelope'; index: number; issue: DataIssue }
  | { code: 'unknown-kind'; index: number; kind: string; id: string }
  | { code: 'bad-document'; index: number; kind: string; id: string; problem: DocumentProblem['code']; issues: DataIssue[]; detail: string }
  | { code: 'inconsistent-document'; index: number; kind: string; id: string; detail: string }
  | { code: 'duplicate-document'; index: number; kind: string; id: string }
  | { code: 'outside-scope'; index: number; kind: string; id: string; organizationId: string | null }
  | { code: 'organization-missing'; index: number; kind: string; id: string; organizationId: string }
  /** A file sealed with a passphrase (sealed-backup.ts): to be opened, then read as its text. */
  | { code: 'sealed'; sealed: SealedBackup }
  | SealedProblem

export type BackupReadResult = { ok: true; backup: Backup } | { ok: false; problem: BackupProblem }

export function buildBackup(documents: readonly Envelope[], scope: BackupScope, createdAt: Date, app: string): string {
  const file = { format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: createdAt.toISOString(), app, scope, documents }
  return JSON.stringify(file, null, 1)
}

/** Which documents a backup of a scope holds: one organisation's are its own document and those that belong to it. */
export function inScope(envelope: Pick<Envelope, 'organizationId'>, scope: BackupScope): boolean {
  return scope.type === 'all' || envelope.organizationId === scope.organizationId
}

/** Reads a backup from the bytes of a file. */
export function readBackupBytes(bytes: Uint8Array, kinds: readonly DocumentKind[] = DOCUMENT_KINDS): BackupReadResult {
  const json = readJson(bytes, BACKUP_LIMITS)
  return json.ok ? readBackupValue(json.value, kinds) : json
}

/** Reads a backup from pasted text. */
export function readBackupText(text: string, kinds: readonly DocumentKind[] = DOCUMENT_KINDS): BackupReadResult {
  const json = parseJsonText(text, BACKUP_LIMITS)
  return json.ok ? readBackupValue(json.value, kinds) : json
}

/** Migrates a file of an older format version step by step. */
export function migrateBackupFile(
  file: Record<string, unknown>,
  migrations: Readonly<Record<number, (file: Record<string, unknown>) => Record<string, unknown>>> = BACKUP_MIGRATIONS,
  target = BACKUP_VERSION,
): Record<string, unknown> | null {
  let current = file
  for (let version = current.version as number; version < target; version++) {
    const migrate = migrations[version]
    if (!migrate) return null
    current = migrate(current)
  }
  return current
}

/** Validates a parsed backup file, every document in it, and how they hang together. */
export function readBackupValue(value: unknown, kinds: readonly DocumentKind[] = DOCUMENT_KINDS): BackupReadResult {
  const fail = (problem: BackupProblem): BackupReadResult => ({ ok: false, problem })
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return fail({ code: 'not-backup' })
  const sealed = sealedBackupOf(value)
  if (sealed) return fail(sealed.ok ? { code: 'sealed', sealed: sealed.sealed } : sealed.problem)
  let file = value as Record<string, unknown>
  if (file.format !== BACKUP_FORMAT) return fail({ code: 'not-backup' })
  if (typeof file.version !== 'number' || !Number.isInteger(file.version) || file.version < 1) return fail({ code: 'bad-version' })
  if (file.version > BACKUP_VERSION) return fail({ code: 'newer-version', version: file.version })
  const migrated = migrateBackupFile(file)
  if (!migrated) return fail({ code: 'bad-version' })
  file = migrated
  if (Array.isArray(file.documents) && file.documents.length > MAX_BACKUP_DOCUMENTS) {
    return fail({ code: 'too-many-documents', count: file.documents.length, limit: MAX_BACKUP_DOCUMENTS })
  }
  const header = BackupHeaderSchema.safeParse(file)
  if (!header.success) {
    const issue = toIssues(header.error)[0]!
    return fail({ code: 'bad-header', path: issue.path, issue })
  }
  const { scope } = header.data
  const byName = new Map(kinds.map((kind) => [kind.kind, kind]))
  const documents: Envelope[] = []
  const seen = new Set<string>()
  for (const [index, raw] of header.data.documents.entries()) {
    const envelope = EnvelopeSchema.safeParse(raw)
    if (!envelope.success) return fail({ code: 'bad-envelope', index, issue: toIssues(envelope.error, `documents[${index}]`)[0]! })
    const { kind: kindName, id, organizationId } = envelope.data
    const kind = byName.get(kindName)
    if (!kind) return fail({ code: 'unknown-kind', index, kind: kindName, id })
    let data: unknown
    try {
      data = upgradeData(kind, envelope.data.version, envelope.data.data)
    } catch (error) {
      const problem = error instanceof DocumentProblem ? error : new DocumentProblem('invalid-data', String(error))
      const issues = problem.issues.map((issue) => ({ ...issue, path: underData(index, issue.path) }))
      return fail({ code: 'bad-document', index, kind: kindName, id, problem: problem.code, issues, detail: problem.message })
    }
    const wrong = inconsistency(kindName, id, organizationId, data)
    if (wrong) return fail({ code: 'inconsistent-document', index, kind: kindName, id, detail: wrong })
    const key = documentKey(kindName, id)
    if (seen.has(key)) return fail({ code: 'duplicate-document', index, kind: kindName, id })
    seen.add(key)
    if (!inScope(envelope.data, scope)) return fail({ code: 'outside-scope', index, kind: kindName, id, organizationId })
    documents.push({ ...envelope.data, version: kind.version, data })
  }
  for (const [index, envelope] of documents.entries()) {
    if (envelope.organizationId !== null && !seen.has(documentKey(ORGANIZATION.kind, envelope.organizationId))) {
      return fail({ code: 'organization-missing', index, kind: envelope.kind, id: envelope.id, organizationId: envelope.organizationId })
    }
  }
  return { ok: true, backup: { createdAt: header.data.createdAt, app: header.data.app, scope, documents } }
}

function underData(index: number, path: string): string {
  const base = `documents[${index}].data`
  return !path ? base : path.startsWith('[') ? base + path : `${base}.${path}`
}

/** A file name for a backup: the organisation (or ทั้งหมด) and the local date, without characters file systems refuse;
 *  a sealed one says so. */
export function backupFileName(label: string, date: Date, sealed = false): string {
  const printable = [...label].map((char) => (char.charCodeAt(0) < 32 || char.charCodeAt(0) === 127 ? ' ' : char)).join('')
  const safe = printable.replace(/[\\/:*?"<>|]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 80) || 'ข้อมูล'
  const day = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`
  return `สำรอง ITA ${safe} ${day}${sealed ? ' เข้ารหัส' : ''}.json`
}

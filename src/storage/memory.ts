import { kindNamed, ORGANIZATION, type DocumentKind } from './kinds'
import {
  DocumentProblem, RevisionConflictError, documentKey, prepareWrites, revisionConflicts, upgradeData,
  type BulkChange, type DocumentWrite, type Envelope, type QuarantineEntry, type Stored, type UnreadableDocument, type WriteReceipt,
} from './envelope'
import type { DocumentBackend, LoadResult, ReadAllResult } from './backend'

/**
 * Where documents live when the browser refuses storage (private browsing, storage disabled): the same
 * validation, migration and revision rules as the database, in memory. Export reads from here, so the
 * user can still take their work away in a backup file before closing the page.
 */
export class MemoryDocumentStore implements DocumentBackend {
  readonly persistent = false
  onQuarantine?: (document: UnreadableDocument) => void
  private readonly documents = new Map<string, Envelope>()
  private readonly meta = new Map<string, unknown>()
  private readonly aside: QuarantineEntry[] = []
  private nextSeq = 1

  async list<T>(kind: DocumentKind<T>, organizationId?: string): Promise<LoadResult<T>> {
    const result: LoadResult<T> = { documents: [], entries: [], quarantined: [] }
    for (const envelope of [...this.documents.values()]) {
      if (envelope.kind !== kind.kind || (organizationId !== undefined && envelope.organizationId !== organizationId)) continue
      const stored = this.read(kind, envelope)
      if ('reason' in stored) result.quarantined.push({ id: envelope.id, reason: stored.reason })
      else {
        result.documents.push(stored.data)
        result.entries.push(stored)
      }
    }
    return result
  }

  async get<T>(kind: DocumentKind<T>, id: string): Promise<T | null> {
    return (await this.getStored(kind, id))?.data ?? null
  }

  async getStored<T>(kind: DocumentKind<T>, id: string): Promise<Stored<T> | null> {
    const envelope = this.documents.get(documentKey(kind.kind, id))
    if (!envelope) return null
    const stored = this.read(kind, envelope)
    return 'reason' in stored ? null : stored
  }

  private read<T>(kind: DocumentKind<T>, envelope: Envelope): Stored<T> | { reason: string } {
    try {
      const data = upgradeData(kind, envelope.version, envelope.data)
      return { id: envelope.id, organizationId: envelope.organizationId, revision: envelope.revision, updatedAt: envelope.updatedAt, data }
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      const code = error instanceof DocumentProblem ? error.code : 'invalid-data'
      const issues = error instanceof DocumentProblem && error.issues.length ? { issues: error.issues } : {}
      this.aside.push({ seq: this.nextSeq++, quarantinedAt: new Date().toISOString(), reason, code, ...issues, raw: envelope })
      this.documents.delete(documentKey(envelope.kind, envelope.id))
      this.onQuarantine?.({ kind: envelope.kind, id: envelope.id, reason, code, ...issues })
      return { reason }
    }
  }

  async putMany(entries: readonly DocumentWrite[]): Promise<WriteReceipt[]> {
    const envelopes = prepareWrites(entries, new Date().toISOString())
    const stored = envelopes.map((envelope) => this.documents.get(documentKey(envelope.kind, envelope.id)))
    const conflicts = revisionConflicts(envelopes, stored)
    if (conflicts.length) throw new RevisionConflictError(conflicts)
    return envelopes.map(({ baseRevision: _base, ...envelope }, index) => {
      const revision = (stored[index]?.revision ?? 0) + 1
      this.documents.set(documentKey(envelope.kind, envelope.id), structuredClone({ ...envelope, revision }))
      return { kind: envelope.kind, id: envelope.id, revision }
    })
  }

  async delete(kind: DocumentKind, id: string): Promise<void> {
    this.documents.delete(documentKey(kind.kind, id))
  }

  async deleteOrganization(organizationId: string, organizationKind: DocumentKind = ORGANIZATION): Promise<void> {
    for (const [key, envelope] of [...this.documents]) {
      if (envelope.organizationId === organizationId) this.documents.delete(key)
    }
    this.documents.delete(documentKey(organizationKind.kind, organizationId))
  }

  async readAll(): Promise<ReadAllResult> {
    const result: ReadAllResult = { envelopes: [], quarantined: [], unknown: [] }
    for (const envelope of [...this.documents.values()]) {
      const kind = kindNamed(envelope.kind)
      if (!kind) {
        result.unknown.push({ kind: envelope.kind, id: envelope.id })
        continue
      }
      const stored = this.read(kind, envelope)
      if ('reason' in stored) result.quarantined.push({ kind: kind.kind, id: envelope.id, reason: stored.reason })
      else result.envelopes.push({ ...envelope, version: kind.version, data: stored.data })
    }
    return result
  }

  async revisions(): Promise<Map<string, number>> {
    return new Map([...this.documents].map(([key, envelope]) => [key, envelope.revision]))
  }

  async applyBulk(change: BulkChange): Promise<void> {
    const conflicts = [...change.expected].filter(([key, revision]) => (this.documents.get(key)?.revision ?? null) !== revision)
    if (conflicts.length) {
      throw new RevisionConflictError(conflicts.map(([key, expected]) => {
        const [kind, id] = JSON.parse(key) as [string, string]
        return { kind, id, expected, actual: this.documents.get(key)?.revision ?? null }
      }))
    }
    for (const { kind, id } of change.delete) this.documents.delete(documentKey(kind, id))
    for (const envelope of change.put) {
      const key = documentKey(envelope.kind, envelope.id)
      this.documents.set(key, structuredClone({ ...envelope, revision: (this.documents.get(key)?.revision ?? 0) + 1 }))
    }
  }

  async isEmpty(): Promise<boolean> {
    return this.documents.size === 0
  }

  async getMeta<T>(key: string): Promise<T | undefined> {
    return this.meta.get(key) as T | undefined
  }

  async setMeta(key: string, value: unknown): Promise<void> {
    this.meta.set(key, structuredClone(value))
  }

  async quarantined(): Promise<QuarantineEntry[]> {
    return structuredClone(this.aside)
  }

  async discardQuarantined(seq: number): Promise<void> {
    const index = this.aside.findIndex((entry) => entry.seq === seq)
    if (index >= 0) this.aside.splice(index, 1)
  }

  close(): void {}
}

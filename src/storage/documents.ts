import { openDB, type DBSchema, type IDBPDatabase } from 'idb'
import { z } from 'zod'
import type { DocumentKind } from './kinds'

/**
 * The one place that talks to IndexedDB. Everything is a document in an envelope:
 * `{ kind, id, organizationId, version, revision, updatedAt, data }`. Reads migrate old versions
 * step by step and validate; a document that fails is moved to `quarantine` with the reason, never
 * dropped. Writes validate first, so nothing invalid is ever stored.
 */

export const DATABASE_NAME = 'ita-committee'
const DATABASE_VERSION = 1

export const EnvelopeSchema = z.object({
  kind: z.string().min(1).max(100),
  id: z.string().min(1).max(200),
  organizationId: z.string().max(200).nullable(),
  version: z.number().int().min(1),
  revision: z.number().int().min(1),
  updatedAt: z.string().max(40),
  data: z.unknown(),
})
export type Envelope = z.infer<typeof EnvelopeSchema>

export interface QuarantineEntry {
  seq?: number
  quarantinedAt: string
  reason: string
  raw: unknown
}

interface Schema extends DBSchema {
  documents: { key: [string, string]; value: Envelope; indexes: { byOrganization: string; byKind: string } }
  quarantine: { key: number; value: QuarantineEntry }
  meta: { key: string; value: { key: string; value: unknown } }
}

export type Database = IDBPDatabase<Schema>

export function openDatabase(name = DATABASE_NAME): Promise<Database> {
  return openDB<Schema>(name, DATABASE_VERSION, {
    upgrade(db) {
      const documents = db.createObjectStore('documents', { keyPath: ['kind', 'id'] })
      documents.createIndex('byOrganization', 'organizationId')
      documents.createIndex('byKind', 'kind')
      db.createObjectStore('quarantine', { keyPath: 'seq', autoIncrement: true })
      db.createObjectStore('meta', { keyPath: 'key' })
    },
  })
}

export class DocumentValidationError extends Error {
  constructor(readonly kind: string, readonly id: string, readonly issues: string) {
    super(`${kind} ${id}: ${issues}`)
  }
}

function describeIssues(error: z.ZodError): string {
  return error.issues.slice(0, 5).map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ')
}

/** Migrates and validates stored data of a kind; throws with a readable reason when it cannot. */
export function upgradeData<T>(kind: DocumentKind<T>, version: number, data: unknown): T {
  if (version > kind.version) throw new Error(`saved by a newer version of the app (shape ${version}, this app reads up to ${kind.version})`)
  let current = data
  for (let step = version; step < kind.version; step++) {
    const migrate = kind.migrations[step]
    if (!migrate) throw new Error(`no migration from shape ${step}`)
    current = migrate(current)
  }
  const parsed = kind.schema.safeParse(current)
  if (!parsed.success) throw new Error(describeIssues(parsed.error))
  return parsed.data
}

export interface LoadResult<T> {
  documents: T[]
  /** Documents moved aside because they could not be read, with the reason. */
  quarantined: Array<{ id: string; reason: string }>
}

export class DocumentStore {
  constructor(readonly db: Database) {}

  static async open(name = DATABASE_NAME): Promise<DocumentStore> {
    return new DocumentStore(await openDatabase(name))
  }

  /** All documents of a kind (optionally of one organisation), migrated and validated. */
  async list<T>(kind: DocumentKind<T>, organizationId?: string): Promise<LoadResult<T>> {
    const envelopes = organizationId === undefined
      ? await this.db.getAllFromIndex('documents', 'byKind', kind.kind)
      : (await this.db.getAllFromIndex('documents', 'byOrganization', organizationId)).filter((envelope) => envelope.kind === kind.kind)
    const documents: T[] = []
    const quarantined: LoadResult<T>['quarantined'] = []
    for (const envelope of envelopes) {
      try {
        const data = upgradeData(kind, envelope.version, envelope.data)
        if (envelope.version !== kind.version) await this.rewrite(envelope, kind.version, data)
        documents.push(data)
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error)
        await this.quarantine(envelope, reason)
        quarantined.push({ id: envelope.id, reason })
      }
    }
    return { documents, quarantined }
  }

  async get<T>(kind: DocumentKind<T>, id: string): Promise<T | null> {
    const envelope = await this.db.get('documents', [kind.kind, id])
    if (!envelope) return null
    try {
      return upgradeData(kind, envelope.version, envelope.data)
    } catch (error) {
      await this.quarantine(envelope, error instanceof Error ? error.message : String(error))
      return null
    }
  }

  /** Validates and saves several documents in one transaction: all or none. */
  async putMany(entries: ReadonlyArray<{ kind: DocumentKind; id: string; organizationId: string | null; data: unknown }>): Promise<void> {
    const now = new Date().toISOString()
    const envelopes = entries.map(({ kind, id, organizationId, data }) => {
      const parsed = kind.schema.safeParse(data)
      if (!parsed.success) throw new DocumentValidationError(kind.kind, id, describeIssues(parsed.error))
      return { kind: kind.kind, id, organizationId, version: kind.version, updatedAt: now, data: parsed.data }
    })
    const tx = this.db.transaction('documents', 'readwrite')
    await Promise.all(envelopes.map(async (envelope) => {
      const previous = await tx.store.get([envelope.kind, envelope.id])
      await tx.store.put({ ...envelope, revision: (previous?.revision ?? 0) + 1 })
    }))
    await tx.done
  }

  /**
   * Saves some documents and deletes others in one transaction, all or none: an import, and the undo
   * that puts back what it replaced and removes what it added. Everything is validated before anything
   * is written.
   */
  async writeMany(
    puts: ReadonlyArray<{ kind: DocumentKind; id: string; organizationId: string | null; data: unknown }>,
    deletes: ReadonlyArray<{ kind: DocumentKind; id: string }>,
  ): Promise<void> {
    const now = new Date().toISOString()
    const envelopes = puts.map(({ kind, id, organizationId, data }) => {
      const parsed = kind.schema.safeParse(data)
      if (!parsed.success) throw new DocumentValidationError(kind.kind, id, describeIssues(parsed.error))
      return { kind: kind.kind, id, organizationId, version: kind.version, updatedAt: now, data: parsed.data }
    })
    const tx = this.db.transaction('documents', 'readwrite')
    await Promise.all([
      ...envelopes.map(async (envelope) => {
        const previous = await tx.store.get([envelope.kind, envelope.id])
        await tx.store.put({ ...envelope, revision: (previous?.revision ?? 0) + 1 })
      }),
      ...deletes.map(({ kind, id }) => tx.store.delete([kind.kind, id])),
    ])
    await tx.done
  }

  async put<T>(kind: DocumentKind<T>, id: string, organizationId: string | null, data: T): Promise<void> {
    await this.putMany([{ kind: kind as DocumentKind, id, organizationId, data }])
  }

  async delete(kind: DocumentKind, id: string): Promise<void> {
    await this.db.delete('documents', [kind.kind, id])
  }

  /** Deletes an organisation and every document that belongs to it, in one transaction. */
  async deleteOrganization(organizationId: string, organizationKind: DocumentKind): Promise<void> {
    const tx = this.db.transaction('documents', 'readwrite')
    const keys = await tx.store.index('byOrganization').getAllKeys(organizationId)
    await Promise.all([...keys.map((key) => tx.store.delete(key)), tx.store.delete([organizationKind.kind, organizationId])])
    await tx.done
  }

  async isEmpty(): Promise<boolean> {
    return (await this.db.count('documents')) === 0
  }

  async getMeta<T>(key: string): Promise<T | undefined> {
    return (await this.db.get('meta', key))?.value as T | undefined
  }

  async setMeta(key: string, value: unknown): Promise<void> {
    await this.db.put('meta', { key, value })
  }

  async quarantined(): Promise<QuarantineEntry[]> {
    return this.db.getAll('quarantine')
  }

  private async quarantine(envelope: unknown, reason: string): Promise<void> {
    const tx = this.db.transaction(['documents', 'quarantine'], 'readwrite')
    await tx.objectStore('quarantine').add({ quarantinedAt: new Date().toISOString(), reason, raw: envelope })
    const parsed = EnvelopeSchema.safeParse(envelope)
    if (parsed.success) await tx.objectStore('documents').delete([parsed.data.kind, parsed.data.id])
    await tx.done
  }

  private async rewrite(envelope: Envelope, version: number, data: unknown): Promise<void> {
    await this.db.put('documents', { ...envelope, version, data, revision: envelope.revision + 1 })
  }

  close(): void {
    this.db.close()
  }
}

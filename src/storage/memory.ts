import { documentKey, type Envelope, type QuarantineEntry } from './envelope'
import { DocumentCore } from './core'
import type { RawRecordStore, RecordDecision, RecordKey, RecordSelection } from './raw'

/**
 * Raw records in Maps, for when the browser refuses storage. Records are cloned on the way in, as
 * IndexedDB would, so a caller changing an object afterwards does not change what is stored.
 */
export class MemoryRecords implements RawRecordStore {
  readonly persistent = false
  private readonly documents = new Map<string, Envelope>()
  private readonly meta = new Map<string, unknown>()
  private readonly aside: QuarantineEntry[] = []
  private nextSeq = 1

  async get(key: RecordKey): Promise<Envelope | undefined> {
    return this.documents.get(documentKey(key[0], key[1]))
  }

  async list(kind: string, organizationId?: string): Promise<Envelope[]> {
    return [...this.documents.values()].filter((envelope) => envelope.kind === kind && (organizationId === undefined || envelope.organizationId === organizationId))
  }

  async listAll(): Promise<Envelope[]> {
    return [...this.documents.values()]
  }

  async count(): Promise<number> {
    return this.documents.size
  }

  async getMeta(key: string): Promise<unknown> {
    return this.meta.get(key)
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

  /** Synchronous from the read to the last change, so nothing can come in between; `decide` throwing changes nothing. */
  async transact(selection: RecordSelection, decide: RecordDecision): Promise<void> {
    const current = new Map<string, Envelope>()
    for (const [key, envelope] of this.documents) {
      if (selection.all || (selection.organizationId !== undefined && envelope.organizationId === selection.organizationId)) current.set(key, envelope)
    }
    for (const [kind, id] of selection.keys ?? []) {
      const key = documentKey(kind, id)
      const envelope = this.documents.get(key)
      if (envelope) current.set(key, envelope)
    }
    const changes = decide(current)
    // Cloned before anything is changed, so a value that cannot be stored leaves everything as it was.
    const put = structuredClone(changes.put ?? [])
    const quarantine = structuredClone(changes.quarantine ?? [])
    for (const [kind, id] of changes.delete ?? []) this.documents.delete(documentKey(kind, id))
    for (const envelope of put) this.documents.set(documentKey(envelope.kind, envelope.id), envelope)
    for (const entry of quarantine) this.aside.push({ seq: this.nextSeq++, ...entry })
  }

  close(): void {}
}

/**
 * Where documents live when the browser refuses storage (private browsing, storage disabled): the same
 * document core as the database, over records in memory. Export reads from here, so the user can still
 * take their work away in a backup file before closing the page.
 */
export class MemoryDocumentStore extends DocumentCore {
  constructor() {
    super(new MemoryRecords())
  }
}

import { z } from 'zod'

/**
 * Tells the app's other tabs which documents this tab changed, so they reload them instead of showing
 * (and later saving over) stale data. Messages come from the same origin but are validated all the same.
 */

const CHANNEL_NAME = 'ita-committee-documents'

const ChangeMessageSchema = z.object({
  source: z.string().max(100),
  /** The changed documents, or 'all' after a restore or a deletion of many. */
  changes: z.union([z.literal('all'), z.array(z.object({ kind: z.string().max(100), id: z.string().max(200) })).max(10_000)]),
})
export type DocumentChanges = z.infer<typeof ChangeMessageSchema>['changes']

export interface ChangeChannel {
  announce(changes: DocumentChanges): void
  close(): void
}

/** Opens the channel; `onChange` runs for changes announced by other tabs only. */
export function openChangeChannel(onChange: (changes: DocumentChanges) => void): ChangeChannel {
  if (typeof BroadcastChannel === 'undefined') return { announce: () => undefined, close: () => undefined }
  const source = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`
  const channel = new BroadcastChannel(CHANNEL_NAME)
  channel.onmessage = (event: MessageEvent) => {
    const message = ChangeMessageSchema.safeParse(event.data)
    if (message.success && message.data.source !== source) onChange(message.data.changes)
  }
  return {
    announce: (changes) => channel.postMessage({ source, changes }),
    close: () => channel.close(),
  }
}

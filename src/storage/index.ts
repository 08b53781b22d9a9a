import { DocumentStore, type OpenOptions } from './documents'

export * from './documents'
export * from './envelope'
export * from './backend'
export * from './core'
export * from './raw'
export * from './memory'
export * from './kinds'

let opening: Promise<DocumentStore> | null = null

/** The app's document store, opened once. Rejects when the browser refuses storage. */
export function documentStore(options: OpenOptions = {}): Promise<DocumentStore> {
  opening ??= DocumentStore.open(undefined, options).catch((error: unknown) => {
    opening = null
    throw error
  })
  return opening
}

/**
 * Closes the app's document store and forgets it: the next `documentStore()` opens the database again
 * (store tests start each test on a fresh database this way).
 */
export async function closeDocumentStore(): Promise<void> {
  const current = opening
  opening = null
  if (current) (await current.catch(() => null))?.close()
}

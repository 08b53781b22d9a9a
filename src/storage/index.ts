import { DocumentStore } from './documents'

export * from './documents'
export * from './kinds'

let opening: Promise<DocumentStore> | null = null

/** The app's document store, opened once. Rejects when the browser refuses storage. */
export function documentStore(): Promise<DocumentStore> {
  opening ??= DocumentStore.open().catch((error: unknown) => {
    opening = null
    throw error
  })
  return opening
}

/**
 * Makes fake-indexeddb fail writes the way a browser does when its storage quota is used up: the
 * write request errors with QuotaExceededError and its transaction aborts with that error. Returns
 * the function that ends the simulation.
 */
export async function simulateFullDisk(): Promise<() => void> {
  const request = indexedDB.open(`probe-${Math.random()}`, 1)
  request.onupgradeneeded = () => request.result.createObjectStore('probe')
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error)
  })
  const store = db.transaction('probe', 'readonly').objectStore('probe') as unknown as { _rawObjectStore: object }
  const rawPrototype = Object.getPrototypeOf(store._rawObjectStore) as { storeRecord: (...args: unknown[]) => unknown }
  db.close()
  const original = rawPrototype.storeRecord
  rawPrototype.storeRecord = () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
  }
  return () => {
    rawPrototype.storeRecord = original
  }
}

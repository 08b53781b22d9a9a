import { ref } from 'vue'

/**
 * What the browser says about this site's storage: whether it is kept even when space runs low
 * (persisted) and how much is used. Browsers without the StorageManager API report nothing.
 */
export function useStorageStatus() {
  const persisted = ref<boolean | null>(null)
  const usage = ref<number | null>(null)
  const quota = ref<number | null>(null)

  async function refresh(): Promise<void> {
    const storage = typeof navigator === 'undefined' ? undefined : navigator.storage
    if (storage?.persisted) persisted.value = await storage.persisted().catch(() => null)
    if (storage?.estimate) {
      const estimate = await storage.estimate().catch(() => null)
      usage.value = estimate?.usage ?? null
      quota.value = estimate?.quota ?? null
    }
  }

  /** Asks the browser to keep the data; it decides (often by site engagement) and may say no. */
  async function requestPersistence(): Promise<boolean> {
    const granted = await navigator.storage?.persist?.().catch(() => false) ?? false
    persisted.value = granted
    return granted
  }

  return { persisted, usage, quota, refresh, requestPersistence }
}

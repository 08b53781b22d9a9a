/**
 * Registers the service worker that keeps the app working offline after the first visit (see
 * build/offline.ts). Production builds only: the dev server's modules are not precached.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return
  window.addEventListener('load', () => {
    navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL }).catch(() => {
      // Without a worker the app still works online; nothing to tell the user.
    })
  })
}

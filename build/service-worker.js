/*
 * The app's service worker, completed at build time by build/offline.ts with the list of files to
 * precache and a version derived from their contents. It serves the app from its own origin only:
 * - hashed build files (assets/) come from the cache first: their names change when their content does;
 * - pages and other files come from the network first, so an update is seen as soon as one is online,
 *   and from the cache when offline; any page of the app falls back to index.html.
 * Requests to other origins are not touched (the app makes none). Matching ignores Vary: the server
 * varies on Origin, which module scripts (crossorigin) send and the precache requests did not.
 */
const VERSION = '__VERSION__'
const PRECACHE = [/* __PRECACHE__ */]
const CACHE = `ita-committee-${VERSION}`
const inScope = (path) => new URL(path, self.registration.scope).href

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE.map(inScope))))
})

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys().then((keys) => Promise.all(
    keys.filter((key) => key.startsWith('ita-committee-') && key !== CACHE).map((key) => caches.delete(key)),
  )))
})

async function networkFirst(request, fallback) {
  try {
    return await fetch(request)
  } catch (error) {
    const cached = await caches.match(fallback ?? request, { cacheName: CACHE, ignoreVary: true })
    if (cached) return cached
    throw error
  }
}

async function cacheFirst(request) {
  return (await caches.match(request, { cacheName: CACHE, ignoreVary: true })) ?? fetch(request)
}

self.addEventListener('fetch', (event) => {
  const request = event.request
  if (request.method !== 'GET') return
  const url = new URL(request.url)
  if (url.origin !== self.location.origin) return
  if (request.mode === 'navigate') event.respondWith(networkFirst(request, inScope('index.html')))
  else if (url.href.startsWith(inScope('assets/'))) event.respondWith(cacheFirst(request))
  else event.respondWith(networkFirst(request))
})

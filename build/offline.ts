import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import type { Plugin, ResolvedConfig } from 'vite'

/**
 * Emits sw.js, the service worker that precaches every file of the build (hashed assets, index.html,
 * the public folder's manifest and icons) so the app works offline after the first visit. Its cache
 * version is a hash of those files, so a new build replaces the old cache as soon as it activates.
 *
 * Hand-written rather than vite-plugin-pwa/workbox: the app needs precaching and an index.html
 * fallback only, and this is about sixty lines with no dependency (workbox-build would bring in a
 * bundler and a few hundred packages that cannot be audited from here).
 */
export function offline(): Plugin {
  let config: ResolvedConfig
  const template = readFileSync(new URL('./service-worker.js', import.meta.url), 'utf8')

  function publicFiles(folder: string): Array<[string, Buffer]> {
    const files: Array<[string, Buffer]> = []
    const walk = (path: string) => {
      for (const name of readdirSync(path)) {
        const full = join(path, name)
        if (statSync(full).isDirectory()) walk(full)
        else files.push([relative(folder, full).split('\\').join('/'), readFileSync(full)])
      }
    }
    if (folder) walk(folder)
    return files
  }

  return {
    name: 'ita-offline',
    apply: 'build',
    enforce: 'post',
    configResolved(resolved) {
      config = resolved
    },
    generateBundle(_options, bundle) {
      const files = new Map<string, string | Uint8Array>()
      for (const [fileName, output] of Object.entries(bundle)) {
        // Source maps are for developers; every browser with service workers reads WOFF2, not WOFF.
        if (fileName.endsWith('.map') || fileName.endsWith('.woff')) continue
        files.set(fileName, output.type === 'chunk' ? output.code : output.source)
      }
      for (const [fileName, bytes] of publicFiles(config.publicDir)) files.set(fileName, bytes)
      if (!files.has('index.html')) this.error('index.html is not in the bundle yet: the offline plugin must run after Vite\'s html plugin')
      const names = [...files.keys()].sort()
      const hash = createHash('sha256')
      for (const name of names) hash.update(name).update('\0').update(files.get(name)!)
      const source = template
        .replace("'__VERSION__'", JSON.stringify(hash.digest('hex').slice(0, 16)))
        .replace('[/* __PRECACHE__ */]', JSON.stringify(names))
      this.emitFile({ type: 'asset', fileName: 'sw.js', source })
    },
  }
}

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { expect, test } from '@playwright/test'

// The JavaScript index.html loads (its entry script and the modules it preloads) must stay within
// 200 KB gzipped and hold no SheetJS: spreadsheets and charts load only when needed.
test('the first load stays small and holds no spreadsheet code', () => {
  const dist = join(process.cwd(), 'dist')
  const html = readFileSync(join(dist, 'index.html'), 'utf8')
  const scripts = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="([^"]+\.js)"/g)].map((match) => match[1]!)
  expect(scripts.length).toBeGreaterThan(0)
  let gzipped = 0
  for (const script of scripts) {
    const code = readFileSync(join(dist, script.replace(/^\//, '')))
    gzipped += gzipSync(code).length
    const text = code.toString('utf8')
    expect(text).not.toMatch(/SheetJS|XLSX\.version|sheet_to_json/)
    expect(text).not.toMatch(/chart\.js v\d/i)
  }
  console.log(`first-load JavaScript: ${scripts.length} file(s), ${(gzipped / 1024).toFixed(1)} KB gzipped`)
  expect(gzipped).toBeLessThanOrEqual(200 * 1024)
})

/**
 * Runs the golden checks against published third-party data kept outside this repository:
 *   npm run test:golden -- ../shared/data
 * The folder defaults to ../shared/data; the checks fail (they never skip) when it is missing.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'

const dataDir = resolve(process.argv[2] ?? '../shared/data')
if (!existsSync(dataDir)) {
  console.error(`golden data folder not found: ${dataDir}`)
  process.exit(2)
}
const result = spawnSync('npx', ['vitest', 'run', '--config', 'vitest.golden.config.ts'], {
  stdio: 'inherit',
  env: { ...process.env, ITA_GOLDEN_DATA: dataDir },
})
process.exit(result.status ?? 1)

/**
 * `npm run bench [-- name-filter]`: runs every bench/*.bench.ts and prints its figures.
 * Each file exports `benchmarks: Benchmark[]`; a benchmark returns measurements, each with the
 * target it is held to and, where it has one, the baseline it is compared with (ratio = value / baseline).
 * Benchmarks report; they do not fail the test suite. A missed target is printed as such and makes the
 * command exit 1 so it cannot go unnoticed when run.
 */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

export interface Measurement {
  name: string
  value: number
  unit: 'ms' | 's' | 'MB' | 'KB' | '%' | 'x'
  /** Upper bound the figure must stay under, in the same unit. */
  target?: number
  /** Figure of the baseline the value is compared with (e.g. SheetJS's bare read). */
  baseline?: number
  baselineName?: string
}

export interface Benchmark {
  name: string
  run: () => Promise<Measurement[]>
}

/** Median wall-clock time of `fn` over `runs` runs after `warmup` runs, in milliseconds. */
export async function medianMs(fn: () => unknown, runs = 15, warmup = 3): Promise<number> {
  for (let index = 0; index < warmup; index++) await fn()
  const times: number[] = []
  for (let index = 0; index < runs; index++) {
    const start = performance.now()
    await fn()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)]!
}

async function main(): Promise<void> {
  const filter = process.argv[2] ?? ''
  const dir = join(process.cwd(), 'bench')
  const files = readdirSync(dir).filter((file) => file.endsWith('.bench.ts')).sort()
  let missed = 0
  for (const file of files) {
    const module = await import(pathToFileURL(join(dir, file)).href) as { benchmarks: Benchmark[] }
    for (const benchmark of module.benchmarks) {
      if (filter && !benchmark.name.includes(filter) && !file.includes(filter)) continue
      console.log(`\n# ${benchmark.name} (${file})`)
      for (const m of await benchmark.run()) {
        const parts = [`${m.name}: ${m.value.toFixed(m.value < 10 ? 2 : 1)} ${m.unit}`]
        if (m.target !== undefined) {
          const ok = m.value <= m.target
          if (!ok) missed++
          parts.push(`target < ${m.target} ${m.unit} ${ok ? 'OK' : 'MISSED'}`)
        }
        if (m.baseline !== undefined) {
          parts.push(`baseline${m.baselineName ? ` (${m.baselineName})` : ''} ${m.baseline.toFixed(1)} ${m.unit}, ratio ${(m.value / m.baseline).toFixed(2)}`)
        }
        console.log(`  ${parts.join(' | ')}`)
      }
    }
  }
  if (missed > 0) {
    console.log(`\n${missed} target(s) missed`)
    process.exitCode = 1
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) void main()

import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import * as XLSX from 'xlsx'
import { reportAssessment } from '../src/cli/report'
import { warningsByAssessment } from '../src/import/assemble'
import { runImport } from '../src/import/pipeline'
import { medianMs, type Benchmark } from './run'
import { itemCodes, provinceWorkbook } from '../test/fixtures/generated/province-workbook'

/**
 * The import's speed on a provincial-scale workbook: 10,000 organisations, each with 70 item scores and
 * the ten ITAS indicator figures (so every total and level is computed), 2567 codes (o36-o46 are not in
 * that year's catalogue: the keep-and-list path runs too). The workbook is generated once and cached in
 * .bench-cache/ (git-ignored). Targets (issue 3): the CLI reads and analyses it in under 3 s; analysis
 * adds under 30 % to SheetJS's bare read of the same file.
 */

const ORGANIZATIONS = 10_000
const CACHE = join(process.cwd(), '.bench-cache')
const FILE = join(CACHE, `ita-${ORGANIZATIONS}-organisations-70-items.xlsx`)
/** 70 item columns: the 2567 codes, with o36-o46 that year's catalogue lacks. */
const ITEM_CODES = itemCodes(15, 9, 46)

function workbook(): Uint8Array {
  if (!existsSync(FILE)) {
    mkdirSync(CACHE, { recursive: true })
    writeFileSync(FILE, provinceWorkbook(ORGANIZATIONS, ITEM_CODES))
  }
  return new Uint8Array(readFileSync(FILE))
}

/** What the CLI does in-process: import, then analyse and write one organisation at a time. */
async function importAndAnalyse(bytes: Uint8Array): Promise<number> {
  const outcome = await runImport({ kind: 'file', name: 'bench.xlsx', bytes }, { summaries: false })
  if (!outcome.ok) throw new Error(outcome.error.code)
  let length = 0
  const warnings = warningsByAssessment(outcome.assessments, outcome.warnings)
  outcome.assessments.forEach((assessment, index) => {
    length += JSON.stringify(reportAssessment(assessment, assessment.fiscalYear ?? 2567, 85, warnings[index]!)).length
  })
  return length
}

const BARE_READ_OPTIONS = "{ type: 'array', dense: true, cellFormula: false, cellHTML: false, cellText: false }"

/** Runs a command in a fresh process; returns its wall time and CPU time (user + system), in seconds. */
function timedProcess(command: string): { wall: number; cpu: number } {
  const start = performance.now()
  // bash's `times` prints the CPU time of the shell's children on its second line.
  const run = spawnSync('bash', ['-c', `${command} > /dev/null; times`], { encoding: 'utf8', timeout: 300_000 })
  const wall = (performance.now() - start) / 1000
  const children = run.stdout.trim().split('\n')[1] ?? ''
  const [user = 0, system = 0] = [...children.matchAll(/(\d+)m([\d.]+)s/g)].map((match) => Number(match[1]) * 60 + Number(match[2]))
  if (run.status !== 0 || run.stderr.trim() !== '') throw new Error(`${command} failed: ${run.stderr}`)
  return { wall, cpu: user + system }
}

/** Median CPU time (user + system, all threads of this process) of `fn`, in milliseconds. */
async function medianCpuMs(fn: () => unknown, runs = 3, warmup = 1): Promise<number> {
  for (let index = 0; index < warmup; index++) await fn()
  const times: number[] = []
  for (let index = 0; index < runs; index++) {
    const start = process.cpuUsage()
    await fn()
    const used = process.cpuUsage(start)
    times.push((used.user + used.system) / 1000)
  }
  return median(times)
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
}

export const benchmarks: Benchmark[] = [
  {
    name: `import of ${ORGANIZATIONS.toLocaleString('en')} organisations x 70 items (+10 indicators): SheetJS, pipeline, CLI`,
    run: async () => {
      const bytes = workbook()
      console.log(`  (load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores at the start: wall times grow with it, CPU times much less)`)
      // SheetJS's bare read of the same bytes, with the options the import uses (the cheapest read that
      // still gives every cell): the ratio isolates what checking, tables, records and analysis add.
      const bareRead = () => XLSX.read(bytes, { type: 'array', dense: true, cellFormula: false, cellHTML: false, cellText: false })
      const bare = await medianMs(bareRead, 3, 1)
      const ours = await medianMs(() => importAndAnalyse(bytes), 3, 1)
      const bareCpu = await medianCpuMs(bareRead)
      const oursCpu = await medianCpuMs(() => importAndAnalyse(bytes))
      // The same, each in a fresh process as a user runs them (cold: no warm-up, a fresh heap).
      const tsx = join('node_modules', '.bin', 'tsx')
      const coldBare = [1, 2, 3].map(() => timedProcess(`node --input-type=module -e "import * as XLSX from 'xlsx'; import { readFileSync } from 'node:fs'; XLSX.read(new Uint8Array(readFileSync('${FILE}')), ${BARE_READ_OPTIONS})"`))
      const cli = [1, 2, 3].map(() => timedProcess(`${tsx} src/cli/analyze.ts ${FILE}`))
      return [
        { name: 'file size', value: bytes.length / (1024 * 1024), unit: 'MB' },
        { name: 'SheetJS bare read, in process', value: bare, unit: 'ms' },
        { name: 'import + analysis + JSON, in process', value: ours, unit: 'ms', baseline: bare, baselineName: 'SheetJS bare read' },
        { name: 'import + analysis + JSON, in process, CPU', value: oursCpu, unit: 'ms', baseline: bareCpu, baselineName: 'SheetJS bare read, CPU' },
        { name: 'added to the bare read, in process (CPU)', value: (oursCpu / bareCpu - 1) * 100, unit: '%', target: 30 },
        { name: 'CLI end to end, wall (process start to JSON written)', value: median(cli.map((run) => run.wall)), unit: 's', target: 3 },
        { name: 'CLI end to end, CPU', value: median(cli.map((run) => run.cpu)), unit: 's', baseline: median(coldBare.map((run) => run.cpu)), baselineName: 'SheetJS bare read in a fresh node process, CPU' },
        { name: 'SheetJS bare read in a fresh node process, wall', value: median(coldBare.map((run) => run.wall)), unit: 's' },
      ]
    },
  },
  {
    name: 'import of one organisation\'s workbook (test/fixtures/import/multi-sheet-2567.xlsx), as in the browser',
    run: async () => {
      const bytes = new Uint8Array(readFileSync(join(process.cwd(), 'test/fixtures/import/multi-sheet-2567.xlsx')))
      const ms = await medianMs(() => runImport({ kind: 'file', name: 'multi-sheet-2567.xlsx', bytes }), 30, 5)
      return [{ name: 'runImport median', value: ms, unit: 'ms', target: 100 }]
    },
  },
]

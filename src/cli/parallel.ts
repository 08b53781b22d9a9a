import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import type { ReportJob } from './report-worker'

/**
 * Report workers for a many-organisation file. Analysing and writing 10,000 organisations is most of
 * the CLI's work after SheetJS's read, and it splits cleanly: each worker takes a contiguous share and
 * hands back its JSON texts, which the main thread writes in order. Workers are started before the file
 * is read so their start-up overlaps the read; a file that turns out small dismisses them.
 */
export class ReportWorkers {
  private readonly workers: Worker[]

  private constructor(count: number) {
    this.workers = Array.from({ length: count }, () => new Worker(new URL('./report-worker.mjs', import.meta.url)))
    for (const worker of this.workers) worker.unref()
  }

  /**
   * Workers for a file of `bytes`: none on one core or for a small file (a single organisation).
   * `ITA_CLI_WORKERS` sets the count whatever the file (0: none), for tests and for tuning.
   */
  static forFile(bytes: number, env: NodeJS.ProcessEnv = process.env): ReportWorkers | null {
    const forced = env.ITA_CLI_WORKERS === undefined ? null : Number(env.ITA_CLI_WORKERS)
    if (forced !== null && Number.isInteger(forced) && forced >= 0) return forced > 0 ? new ReportWorkers(Math.min(forced, 8)) : null
    const spare = Math.min(availableParallelism() - 1, 3)
    return spare > 0 && bytes > 1_000_000 ? new ReportWorkers(spare) : null
  }

  get size(): number {
    return this.workers.length
  }

  /** Runs one job on worker `index`; resolves with its JSON texts, in order. */
  run(index: number, job: ReportJob): Promise<string[]> {
    const worker = this.workers[index]!
    return new Promise((resolve, reject) => {
      worker.once('message', resolve)
      worker.once('error', reject)
      worker.postMessage(job)
    })
  }

  close(): void {
    for (const worker of this.workers) void worker.terminate()
  }
}

/** Splits `count` items into `parts` contiguous ranges of nearly equal size. */
export function shares(count: number, parts: number): Array<[number, number]> {
  const size = Math.ceil(count / parts)
  return Array.from({ length: parts }, (_, index): [number, number] => [Math.min(count, index * size), Math.min(count, (index + 1) * size)])
    .filter(([start, end]) => end > start)
}

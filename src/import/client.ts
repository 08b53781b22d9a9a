import type { ImportInput, ImportOptions, ImportOutcome, ImportProgress } from './pipeline'
import type { PlanTableOutcome } from './plan-table'
import { unexpectedFailure } from './problems'
import type { WorkerReply, WorkerRequest } from './worker'

/**
 * Runs an import in a Web Worker (worker.ts) and reports its progress. The page stays responsive while
 * the file is read; the worker is ended when it answers or when the import is cancelled.
 */
export interface ImportRun {
  outcome: Promise<ImportOutcome>
  cancel: () => void
}

/** One request to a fresh worker: its replies go to `onReply` until `finish` ends it. */
function startWorker<T>(request: WorkerRequest, onReply: (reply: WorkerReply, finish: (result: T) => void) => void, failed: (text: string) => T): { outcome: Promise<T>; cancel: () => void } {
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' })
  let settle: (result: T) => void = () => undefined
  const outcome = new Promise<T>((resolve) => { settle = resolve })
  const finish = (result: T) => {
    worker.terminate()
    settle(result)
  }
  worker.onmessage = (event: MessageEvent<WorkerReply>) => onReply(event.data, finish)
  worker.onerror = (event) => {
    event.preventDefault()
    finish(failed(event.message || 'worker error'))
  }
  // The file's bytes move to the worker instead of being copied.
  worker.postMessage(request, request.input.kind === 'file' ? [request.input.bytes.buffer] : [])
  return { outcome, cancel: () => finish(failed('cancelled')) }
}

export function importInWorker(input: ImportInput, options: Omit<ImportOptions, 'onProgress'>, onProgress: (progress: ImportProgress) => void): ImportRun {
  return startWorker<ImportOutcome>({ task: 'scores', input, options }, (reply, finish) => {
    if (reply.type === 'progress') onProgress(reply.progress)
    else if (reply.type === 'done') finish(reply.outcome)
  }, (text) => unexpectedFailure(input, text))
}

/** Reads an action plan's table (plan-table.ts) in a worker, so a large file does not freeze the page. */
export function readPlanTableInWorker(input: ImportInput): Promise<PlanTableOutcome> {
  return startWorker<PlanTableOutcome>({ task: 'plan-table', input }, (reply, finish) => {
    if (reply.type === 'plan-table') finish(reply.outcome)
  }, (text) => unexpectedFailure(input, text)).outcome
}

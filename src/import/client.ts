import type { ImportInput, ImportOptions, ImportOutcome, ImportProgress } from './pipeline'
import { where } from './problems'
import type { WorkerReply, WorkerRequest } from './worker'

/**
 * Runs an import in a Web Worker (worker.ts) and reports its progress. The page stays responsive while
 * the file is read; the worker is ended when it answers or when the import is cancelled.
 */
export interface ImportRun {
  outcome: Promise<ImportOutcome>
  cancel: () => void
}

export function importInWorker(input: ImportInput, options: Omit<ImportOptions, 'onProgress'>, onProgress: (progress: ImportProgress) => void): ImportRun {
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' })
  let settle: (outcome: ImportOutcome) => void = () => undefined
  const outcome = new Promise<ImportOutcome>((resolve) => { settle = resolve })
  const finish = (result: ImportOutcome) => {
    worker.terminate()
    settle(result)
  }
  const failed = (text: string): ImportOutcome => ({ ok: false, error: { code: 'unexpected', where: where(input.kind === 'paste' ? null : input.name), text } })
  worker.onmessage = (event: MessageEvent<WorkerReply>) => {
    if (event.data.type === 'progress') onProgress(event.data.progress)
    else finish(event.data.outcome)
  }
  worker.onerror = (event) => {
    event.preventDefault()
    finish(failed(event.message || 'worker error'))
  }
  const request: WorkerRequest = { input, options }
  // The file's bytes move to the worker instead of being copied.
  worker.postMessage(request, input.kind === 'file' ? [input.bytes.buffer] : [])
  return { outcome, cancel: () => finish(failed('cancelled')) }
}

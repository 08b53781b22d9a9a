/// <reference lib="webworker" />
import { runImport, type ImportInput, type ImportOptions, type ImportOutcome, type ImportProgress } from './pipeline'
import { where } from './problems'

/**
 * The import in a Web Worker, so reading a large workbook never freezes the page: one request in,
 * progress messages out while it reads, then the outcome (plain data, structured-cloned back).
 * Started by client.ts; SheetJS and the whole pipeline load here, not in the page.
 */

export interface WorkerRequest {
  input: ImportInput
  options: Omit<ImportOptions, 'onProgress'>
}

export type WorkerReply = { type: 'progress'; progress: ImportProgress } | { type: 'done'; outcome: ImportOutcome }

const scope = self as unknown as DedicatedWorkerGlobalScope

scope.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const { input, options } = event.data
  const reply = (message: WorkerReply) => scope.postMessage(message)
  try {
    const outcome = await runImport(input, { ...options, onProgress: (progress) => reply({ type: 'progress', progress }) })
    reply({ type: 'done', outcome })
  } catch (error) {
    const text = error instanceof Error ? error.message.slice(0, 200) : String(error).slice(0, 200)
    reply({ type: 'done', outcome: { ok: false, error: { code: 'unexpected', where: where(input.kind === 'paste' ? null : input.name), text } } })
  }
}

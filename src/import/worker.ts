/// <reference lib="webworker" />
import { runImport, type ImportInput, type ImportOptions, type ImportOutcome, type ImportProgress } from './pipeline'
import { readPlanTable, type PlanTableOutcome } from './plan-table'
import { unexpectedFailure } from './problems'

/**
 * The imports in a Web Worker, so reading a large workbook never freezes the page: one request in,
 * progress messages out while it reads, then the outcome (plain data, structured-cloned back).
 * Started by client.ts; SheetJS and the readers load here, not in the page. Two readers: the ITA
 * scores (`scores`) and the action plan's table (`plan-table`).
 */

export type WorkerRequest =
  | { task: 'scores'; input: ImportInput; options: Omit<ImportOptions, 'onProgress'> }
  | { task: 'plan-table'; input: ImportInput }

export type WorkerReply =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'done'; outcome: ImportOutcome }
  | { type: 'plan-table'; outcome: PlanTableOutcome }

const scope = self as unknown as DedicatedWorkerGlobalScope

scope.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data
  const reply = (message: WorkerReply) => scope.postMessage(message)
  if (request.task === 'plan-table') {
    try {
      reply({ type: 'plan-table', outcome: await readPlanTable(request.input) })
    } catch (error) {
      reply({ type: 'plan-table', outcome: unexpectedFailure(request.input, error) })
    }
    return
  }
  try {
    const outcome = await runImport(request.input, { ...request.options, onProgress: (progress) => reply({ type: 'progress', progress }) })
    reply({ type: 'done', outcome })
  } catch (error) {
    reply({ type: 'done', outcome: unexpectedFailure(request.input, error) })
  }
}

import { computed, onBeforeUnmount, shallowRef } from 'vue'
import type { CatalogueOverridesRecord } from '@/domain'
import type { ParsedAssessment } from '@/import/assemble'
import { importInWorker, type ImportRun } from '@/import/client'
import { LIMITS } from '@/import/limits'
import type { ImportInput, ImportProgress } from '@/import/pipeline'
import { planImport, type ImportChoice, type ImportPlan, type ImportSourceInfo } from '@/import/plan'
import { where, type ImportWarning } from '@/import/problems'
import type { AssessmentSummary } from '@/import/scores'
import type { Selection } from '@/import/undo'
import { useWorkspaceStore } from '@/stores/workspace'
import { importErrorMessage, importNotSavedMessage } from '@/ui/import-messages'

/** What a file, a paste or a manual entry read as. */
export interface ImportRead {
  assessments: ParsedAssessment[]
  summaries: AssessmentSummary[]
  warnings: ImportWarning[]
  source: ImportSourceInfo
}

/**
 * Where the import screen is: nothing chosen yet; reading (in the worker, with its progress); refused
 * (the Thai message, nothing read); a preview (what was read, and why the last save did not happen, if
 * it did not); saving it. A save that is refused goes back to its preview with the file still there.
 */
export type ImportFlowState =
  | { step: 'idle' }
  | { step: 'reading'; progress: ImportProgress | null }
  | { step: 'rejected'; message: string }
  | { step: 'preview'; read: ImportRead; problem: string | null }
  | { step: 'saving'; read: ImportRead }

/** A save that went through: where the import lands. */
export interface ImportSaved {
  open: Selection | null
  single: boolean
}

/** How an input is read: in a Web Worker in the app; in process (the same pipeline) in unit tests, which have no workers. */
export type ImportReader = typeof importInWorker

/**
 * The import screen's states and steps, apart from its view: reading through the worker, the preview,
 * saving through the workspace store (nothing claimed saved unless it was), cancelling.
 */
export function useImportFlow(reader: ImportReader = importInWorker) {
  const workspace = useWorkspaceStore()
  const state = shallowRef<ImportFlowState>({ step: 'idle' })
  let run: ImportRun | null = null
  onBeforeUnmount(() => run?.cancel())

  const read = computed(() => (state.value.step === 'preview' || state.value.step === 'saving' ? state.value.read : null))

  /** Reads an input; on success the preview shows it (what `onRead` sets up from it first). */
  async function start(input: ImportInput, source: ImportSourceInfo, onRead?: (read: ImportRead) => void): Promise<void> {
    state.value = { step: 'reading', progress: null }
    run = reader(input, {}, (progress) => {
      if (state.value.step === 'reading') state.value = { step: 'reading', progress }
    })
    const outcome = await run.outcome
    run = null
    if (!outcome.ok) {
      state.value = { step: 'rejected', message: importErrorMessage(outcome.error) }
      return
    }
    const result: ImportRead = { ...outcome, source }
    onRead?.(result)
    state.value = { step: 'preview', read: result, problem: null }
  }

  /** A chosen file: refused by its size before it is read into memory. */
  async function chooseFile(file: File, onRead?: (read: ImportRead) => void): Promise<void> {
    if (file.size > LIMITS.fileBytes) {
      state.value = { step: 'rejected', message: importErrorMessage({ code: 'file-too-large', where: where(file.name), value: file.size, limit: LIMITS.fileBytes }) }
      return
    }
    await start({ kind: 'file', name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }, { kind: 'file', name: file.name }, onRead)
  }

  /**
   * Saves the preview as the committee chose (`choices`), with the catalogue facts `adopt` returns for the
   * plan, in one transaction; returns where it landed, or null when it was not saved (the preview then
   * says why, and keeps the file).
   */
  async function save(choices: readonly ImportChoice[], adopt: (plan: ImportPlan, read: ImportRead) => CatalogueOverridesRecord[] = () => []): Promise<ImportSaved | null> {
    const current = state.value
    if (current.step !== 'preview') return null
    const back = (problem: string): null => {
      state.value = { step: 'preview', read: current.read, problem }
      return null
    }
    state.value = { step: 'saving', read: current.read }
    try {
      const plan = planImport(choices, workspace, current.read.source)
      const [duplicate] = plan.duplicates
      if (duplicate) return back(`มีผลของ ${duplicate.organization} ปี ${duplicate.fiscalYear} มากกว่าหนึ่งชุด กรุณาแก้ไฟล์ให้เหลือชุดเดียว`)
      const open = plan.records[0] ? { organizationId: plan.records[0].organizationId, fiscalYear: plan.records[0].scores.fiscalYear } : null
      const result = await workspace.applyImport({ ...plan, catalogueChanges: adopt(plan, current.read) }, open)
      // Nothing was written (the facts to adopt neither): back to the preview, with the file, saying so.
      if (!result.ok) return back(importNotSavedMessage(result.reason))
      state.value = { step: 'idle' }
      return { open, single: current.read.assessments.length === 1 }
    } catch (error) {
      return back(`บันทึกไม่สำเร็จ ไม่มีข้อมูลใดเปลี่ยนแปลง (${error instanceof Error ? error.message.slice(0, 200) : String(error)})`)
    }
  }

  function cancel(): void {
    if (state.value.step === 'preview') state.value = { step: 'idle' }
  }

  return { state, read, start, chooseFile, save, cancel }
}

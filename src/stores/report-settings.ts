import { defineStore } from 'pinia'
import { ref, toRaw, watch } from 'vue'
import { defaultReportSettings, type ReportSettings } from '@/report/settings'
import { REPORT_SETTINGS } from '@/storage'
import type { StorageProblem } from '@/storage/session'
import { usePersistenceStore, type SaveResult } from './persistence'
import { useWorkspaceStore } from './workspace'
import { inOrder } from './in-order'

/**
 * Who signs the current organisation's reports; saved as it is edited, through the persistence store
 * (in memory when the browser refuses storage). Reloaded when another tab, a restore or a conflict
 * changes it.
 */
export const useReportSettingsStore = defineStore('report-settings', () => {
  const workspace = useWorkspaceStore()
  const persistence = usePersistenceStore()
  const settings = ref<ReportSettings | null>(null)
  /** Why the last change was not saved (the print screens say it in Thai: they show no storage notices of their own); null when saved. */
  const problem = ref<'conflict' | StorageProblem | null>(null)
  let loadedFor: string | null = null
  const queue = inOrder()

  /**
   * Reads the saved signers; with `unlessUnchanged`, only when they were saved elsewhere since read
   * here, so what is being typed stays.
   */
  async function load(organizationId: string, unlessUnchanged = false): Promise<void> {
    const shown = loadedFor === organizationId && settings.value !== null
    loadedFor = organizationId
    const known = persistence.revisionOf(REPORT_SETTINGS, organizationId)
    const saved = await persistence.get(REPORT_SETTINGS, organizationId)
    if (loadedFor !== organizationId) return
    if (unlessUnchanged && shown && persistence.revisionOf(REPORT_SETTINGS, organizationId) === known) return
    settings.value = saved ?? defaultReportSettings(organizationId)
  }

  watch(() => workspace.selection?.organizationId, (organizationId) => {
    if (organizationId) void queue(() => load(organizationId))
  }, { immediate: true })

  persistence.onDocumentsChanged((changes) => {
    const organizationId = loadedFor
    if (!organizationId) return
    if (changes === 'all' || changes.some((change) => change.kind === REPORT_SETTINGS.kind && change.id === organizationId)) {
      void queue(() => load(organizationId, changes !== 'all'))
    }
  })

  /** Saves the signers as they are on screen now; on a conflict the saved ones come back and the user is told. */
  function save(): Promise<SaveResult | null> {
    if (!settings.value) return Promise.resolve(null)
    const edited = structuredClone(toRaw(settings.value))
    // Counted as a write from now (not from its turn in the queue): leaving the page asks meanwhile.
    return persistence.whileWriting(queue(async () => {
      const result = await persistence.saveDocument(REPORT_SETTINGS, edited.organizationId, edited.organizationId, edited)
      if (result.ok) problem.value = null
      else problem.value = result.reason === 'conflict' ? 'conflict' : persistence.problem
      return result
    }))
  }

  return { settings, problem, save }
})

import { defineStore } from 'pinia'
import { ref, watch } from 'vue'
import { defaultReportSettings, type ReportSettings } from '@/report/settings'
import { REPORT_SETTINGS, documentStore } from '@/storage'
import { useWorkspaceStore } from './workspace'

/** Who signs the current organisation's reports; saved as it is edited. */
export const useReportSettingsStore = defineStore('report-settings', () => {
  const workspace = useWorkspaceStore()
  const settings = ref<ReportSettings | null>(null)

  async function load(organizationId: string): Promise<void> {
    let saved: ReportSettings | null = null
    try {
      saved = await (await documentStore()).get(REPORT_SETTINGS, organizationId)
    } catch {
      // Storage refused: work with defaults in memory (the workspace shows the storage message).
    }
    settings.value = saved ?? defaultReportSettings(organizationId)
  }

  watch(() => workspace.selection?.organizationId, (organizationId) => {
    if (organizationId) void load(organizationId)
  }, { immediate: true })

  async function save(): Promise<void> {
    if (!settings.value) return
    try {
      await (await documentStore()).put(REPORT_SETTINGS, settings.value.organizationId, settings.value.organizationId, settings.value)
    } catch {
      // Same as above: the edit stays in memory for this print.
    }
  }

  return { settings, save }
})

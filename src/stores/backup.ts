import { defineStore } from 'pinia'
import { computed } from 'vue'
import { buildBackup, inScope, type Backup, type BackupScope } from '@/storage/backup'
import { planRestore, type RestoreMode, type RestorePlan } from '@/storage/restore'
import { backupReminder, snoozeUntil } from '@/storage/reminder'
import type { QuarantineEntry } from '@/storage'
import type { RestoreResult } from '@/storage/session'
import { usePersistenceStore } from './persistence'

/**
 * Backup files, restoring from one, the reminder to make one, and the documents put aside (quarantine):
 * the data screen's work, over the same storage session as every save.
 */
export const useBackupStore = defineStore('backup', () => {
  const persistence = usePersistenceStore()
  const session = persistence.session
  const backupDates = computed(() => persistence.backupDates)
  /** Judged when the dates change (a save, a backup, "later"), as of that moment. */
  const reminder = computed(() => backupReminder(persistence.backupDates, new Date()))

  /** The backup file of everything or of one organisation, built from what is saved (or held in memory). */
  async function exportBackup(scope: BackupScope, app: string): Promise<{ text: string; count: number }> {
    const all = await session.readAll()
    const documents = all.envelopes.filter((envelope) => inScope(envelope, scope))
    const createdAt = new Date()
    const text = buildBackup(documents, scope, createdAt, app)
    await session.noteBackup(createdAt)
    return { text, count: documents.length }
  }

  async function previewRestore(backup: Backup, restoreMode: RestoreMode, overwriteNewer: boolean): Promise<RestorePlan> {
    return planRestore((await session.readAll()).envelopes, backup, restoreMode, overwriteNewer)
  }

  /** Applies a previewed restore in one transaction, unless something changed since the preview. */
  function applyRestore(plan: RestorePlan): Promise<RestoreResult> {
    return session.restore(plan.change)
  }

  function quarantineEntries(): Promise<QuarantineEntry[]> {
    return session.quarantined()
  }

  function discardQuarantined(seq: number): Promise<void> {
    return session.discardQuarantined(seq)
  }

  async function snoozeReminder(): Promise<void> {
    await session.snoozeUntil(snoozeUntil(new Date()))
  }

  return { backupDates, reminder, exportBackup, previewRestore, applyRestore, quarantineEntries, discardQuarantined, snoozeReminder }
})

/**
 * When to remind the user to take a backup: only when there is work of theirs that no backup holds,
 * and either none was ever taken or the last one is older than `days`. Dates are ISO strings; a
 * reminder put off ("later") stays quiet until `snoozedUntil`.
 */

export const BACKUP_REMINDER_DAYS = 30
/** How long "remind me later" keeps quiet. */
export const BACKUP_SNOOZE_DAYS = 7

const DAY = 24 * 60 * 60 * 1000

export interface BackupDates {
  /** Last backup file of everything or of an organisation. */
  lastBackupAt: string | null
  /** Last change the user saved (seeding the demo and restoring a file do not count). */
  lastChangeAt: string | null
  snoozedUntil: string | null
}

export type BackupReminder = 'never' | 'stale' | null

export function backupReminder(dates: BackupDates, now: Date, days = BACKUP_REMINDER_DAYS): BackupReminder {
  if (!dates.lastChangeAt) return null
  if (dates.snoozedUntil && now.getTime() < Date.parse(dates.snoozedUntil)) return null
  if (!dates.lastBackupAt) return 'never'
  if (Date.parse(dates.lastChangeAt) <= Date.parse(dates.lastBackupAt)) return null
  return now.getTime() - Date.parse(dates.lastBackupAt) >= days * DAY ? 'stale' : null
}

export function snoozeUntil(now: Date, days = BACKUP_SNOOZE_DAYS): string {
  return new Date(now.getTime() + days * DAY).toISOString()
}

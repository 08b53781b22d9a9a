import { describe, expect, it } from 'vitest'
import { backupReminder, snoozeUntil } from '@/storage/reminder'

const NOW = new Date('2026-05-31T12:00:00Z')

describe('backup reminder', () => {
  it('stays quiet while nothing of the user\'s is saved (the demo alone)', () => {
    expect(backupReminder({ lastBackupAt: null, lastChangeAt: null, snoozedUntil: null }, NOW)).toBeNull()
  })

  it('reminds when work was saved and never backed up', () => {
    expect(backupReminder({ lastBackupAt: null, lastChangeAt: '2026-05-31T11:00:00Z', snoozedUntil: null }, NOW)).toBe('never')
  })

  it('reminds when the last backup is 30 days old and work changed since', () => {
    expect(backupReminder({ lastBackupAt: '2026-05-01T12:00:00Z', lastChangeAt: '2026-05-20T00:00:00Z', snoozedUntil: null }, NOW)).toBe('stale')
    expect(backupReminder({ lastBackupAt: '2026-05-02T12:00:00Z', lastChangeAt: '2026-05-20T00:00:00Z', snoozedUntil: null }, NOW)).toBeNull()
  })

  it('does not remind when nothing changed since the last backup, however old', () => {
    expect(backupReminder({ lastBackupAt: '2025-01-01T00:00:00Z', lastChangeAt: '2024-12-31T00:00:00Z', snoozedUntil: null }, NOW)).toBeNull()
  })

  it('keeps quiet for a week after "later"', () => {
    const snoozedUntil = snoozeUntil(NOW)
    expect(snoozedUntil).toBe('2026-06-07T12:00:00.000Z')
    const dates = { lastBackupAt: null, lastChangeAt: '2026-05-31T11:00:00Z', snoozedUntil }
    expect(backupReminder(dates, new Date('2026-06-07T11:59:00Z'))).toBeNull()
    expect(backupReminder(dates, new Date('2026-06-07T12:00:00Z'))).toBe('never')
  })
})

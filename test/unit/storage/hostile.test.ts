import { afterAll, describe, expect, it } from 'vitest'
import { MAX_BACKUP_BYTES, readBackupBytes, readBackupText, readBackupValue, type BackupReadResult } from '@/storage/backup'
import { backupProblemText } from '@/ui/storage-texts'
import { backupWithPayloadNames, casesOf, removeTemporaryFiles, type HostilePayload } from '../../fixtures/hostile/cases'

// Every hostile input to the restore through the pure readers: the problem code and the Thai message the
// data screen shows. The browser suite (test/e2e/hostile.spec.ts) feeds the same table through the real
// inputs. (The import screen's cases are read in test/unit/import/hostile.test.ts.)
const HOSTILE_CASES = casesOf('restore-file', 'restore-paste')

function read(payload: HostilePayload): { result: BackupReadResult; source: string | null } {
  switch (payload.kind) {
    case 'text': return { result: readBackupText(payload.text), source: null }
    case 'bytes': return { result: readBackupBytes(payload.bytes), source: payload.name }
    case 'path':
      // The data screen refuses such a file by its size, before reading it.
      expect(payload.size).toBeGreaterThan(MAX_BACKUP_BYTES)
      return { result: { ok: false, problem: { code: 'too-large', bytes: payload.size, limit: MAX_BACKUP_BYTES } }, source: payload.name }
  }
}

afterAll(removeTemporaryFiles)

describe('hostile inputs to restore', () => {
  it('has at least thirty distinct cases', () => {
    expect(HOSTILE_CASES.length).toBeGreaterThanOrEqual(30)
    expect(new Set(HOSTILE_CASES.map((entry) => entry.name)).size).toBe(HOSTILE_CASES.length)
  })

  for (const entry of HOSTILE_CASES) {
    it(`${entry.name}: ${entry.code}`, () => {
      const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort()
      const { result, source } = read(entry.make())
      expect(result.ok).toBe(false)
      if (result.ok) return
      expect(result.problem.code).toBe(entry.code)
      expect(backupProblemText(result.problem, source)).toMatch(entry.message)
      // Nothing reached a prototype.
      expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys)
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
      expect(({} as Record<string, unknown>).isAdmin).toBeUndefined()
    })
  }

  it('accepts payloads in names as plain data, to be shown as text', () => {
    const result = readBackupValue(backupWithPayloadNames())
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const organization = result.backup.documents.find((document) => document.id === 'org-b')
    expect((organization?.data as { name: string }).name).toContain('<script>')
  })
})

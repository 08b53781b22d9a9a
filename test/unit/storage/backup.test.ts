import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  BACKUP_FORMAT, BACKUP_VERSION, backupFileName, buildBackup, migrateBackupFile, readBackupBytes, readBackupText,
} from '@/storage/backup'
import { ASSESSMENT, ORGANIZATION } from '@/storage'
import { demoWorkspace } from '@/app/demo-workspace'

const FIXTURES = join(process.cwd(), 'test/fixtures/storage/backup')

describe('backup file format', () => {
  it('has a fixture of every format version, and each still reads', () => {
    for (let version = 1; version <= BACKUP_VERSION; version++) {
      const path = join(FIXTURES, `v${version}.json`)
      expect(existsSync(path), `add ${path}: a backup file as the app wrote it at format ${version}`).toBe(true)
      const result = readBackupBytes(readFileSync(path))
      expect(result.ok).toBe(true)
    }
  })

  it('reads the v1 fixture into validated documents of the current shapes', () => {
    const result = readBackupBytes(readFileSync(join(FIXTURES, 'v1.json')))
    if (!result.ok) throw new Error(result.problem.code)
    expect(result.backup.scope).toEqual({ type: 'all' })
    expect(result.backup.createdAt).toBe('2026-02-01T02:30:00.000Z')
    expect(result.backup.documents.map((document) => `${document.kind}/${document.id}`)).toEqual([
      'organization/demo-nongson', 'assessment/demo-nongson:2567', 'organization/org-b', 'assessment/org-b:2566',
    ])
    const assessment = ASSESSMENT.schema.parse(result.backup.documents[1]!.data)
    expect(assessment.scores.publishedTotal).toBe(74.67)
    expect(ORGANIZATION.schema.parse(result.backup.documents[2]!.data).name).toBe('เทศบาลตำบลตัวอย่าง')
  })

  it('writes what it reads back, organisation by organisation', () => {
    const { organization, assessments } = demoWorkspace(new Date('2026-03-01T00:00:00Z'))
    const envelopes = [
      { kind: 'organization', id: organization.id, organizationId: organization.id, version: 1, revision: 2, updatedAt: '2026-03-01T00:00:00.000Z', data: organization },
      { kind: 'assessment', id: assessments[0]!.id, organizationId: organization.id, version: 1, revision: 5, updatedAt: '2026-03-01T00:00:00.000Z', data: assessments[0] },
    ]
    const text = buildBackup(envelopes, { type: 'organization', organizationId: organization.id }, new Date('2026-03-02T01:02:03Z'), 'test')
    expect(JSON.parse(text)).toMatchObject({ format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: '2026-03-02T01:02:03.000Z', app: 'test' })
    const result = readBackupText(text)
    if (!result.ok) throw new Error(result.problem.code)
    expect(result.backup.documents).toEqual(envelopes)
  })

  it('accepts a UTF-8 byte-order mark, as Windows editors write it', () => {
    const bytes = readFileSync(join(FIXTURES, 'v1.json'))
    expect(readBackupBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes])).ok).toBe(true)
  })

  it('migrates a file of an older format version one step at a time', () => {
    // A future v2 renames `documents` to `items`; v3 adds `note`.
    const migrations = {
      1: (file: Record<string, unknown>) => ({ ...file, version: 2, items: file.documents, documents: undefined }),
      2: (file: Record<string, unknown>) => ({ ...file, version: 3, note: '' }),
    }
    const v1 = JSON.parse(readFileSync(join(FIXTURES, 'v1.json'), 'utf8')) as Record<string, unknown>
    const migrated = migrateBackupFile(v1, migrations, 3)
    expect(migrated?.version).toBe(3)
    expect((migrated?.items as unknown[]).length).toBe(4)
    expect(migrated?.note).toBe('')
    expect(migrateBackupFile(v1, { 2: migrations[2] }, 3)).toBeNull()
  })

  it('names the file after the organisation and the local date, without characters file systems refuse', () => {
    const date = new Date(2026, 0, 5, 23, 59)
    expect(backupFileName('อบต.หนองซอน', date)).toBe('สำรอง ITA อบต.หนองซอน 2026-01-05.json')
    expect(backupFileName('a/b\\c:d*e?"<>|\u0000f', date)).toBe('สำรอง ITA a b c d e f 2026-01-05.json')
    expect(backupFileName('', date)).toBe('สำรอง ITA ข้อมูล 2026-01-05.json')
  })
})

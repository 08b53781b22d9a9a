import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readBackupBytes, type Backup } from '@/storage/backup'
import { canonicalJson, planRestore } from '@/storage/restore'
import { documentKey, type Envelope } from '@/storage'

function fixtureBackup(): Backup {
  const result = readBackupBytes(readFileSync(join(process.cwd(), 'test/fixtures/storage/backup/v1.json')))
  if (!result.ok) throw new Error(result.problem.code)
  return result.backup
}

/** What is saved now: the file's documents with some changes, plus one the file does not have. */
function savedNow(backup: Backup): Envelope[] {
  const [orgA, assessmentA, orgB, assessmentB] = backup.documents.map((document) => structuredClone(document))
  return [
    { ...orgA!, revision: 3 },                                                                     // unchanged
    { ...assessmentA!, revision: 4, data: { ...(assessmentA!.data as object), threshold: 70 }, updatedAt: '2026-01-01T00:00:00.000Z' }, // older here: replaced
    { ...orgB!, revision: 2, data: { ...(orgB!.data as object), name: 'แก้ชื่อแล้ว' }, updatedAt: '2026-06-01T00:00:00.000Z' }, // newer here: conflict
    { kind: 'organization', id: 'org-c', organizationId: 'org-c', version: 1, revision: 1, updatedAt: '2026-01-01T00:00:00.000Z', data: { id: 'org-c', name: 'ซี' } },
    ...(assessmentB ? [] : []),
  ]
}

describe('restore plan', () => {
  it('into an empty browser adds everything', () => {
    const plan = planRestore([], fixtureBackup(), 'merge')
    expect(plan.totals).toEqual({ added: 4, replaced: 0, unchanged: 0, conflicts: 0, removed: 0 })
    expect(plan.change.put).toHaveLength(4)
    expect([...plan.change.expected.values()].every((revision) => revision === null)).toBe(true)
  })

  it('merging adds, replaces older copies, keeps what is unchanged and keeps newer work unless told otherwise', () => {
    const backup = fixtureBackup()
    const plan = planRestore(savedNow(backup), backup, 'merge')
    expect(plan.totals).toEqual({ added: 1, replaced: 1, unchanged: 1, conflicts: 1, removed: 0 })
    expect(plan.change.put.map((envelope) => envelope.id).sort()).toEqual(['demo-nongson:2567', 'org-b:2566'])
    expect(plan.change.delete).toEqual([])
    expect(plan.change.expected.get(documentKey('assessment', 'demo-nongson:2567'))).toBe(4)
    // Per organisation and kind, named from the file.
    const rowB = plan.rows.find((row) => row.organizationId === 'org-b' && row.kind === 'organization')
    expect(rowB).toMatchObject({ organizationName: 'เทศบาลตำบลตัวอย่าง', conflicts: 1 })

    const overwriting = planRestore(savedNow(backup), backup, 'merge', true)
    expect(overwriting.change.put.map((envelope) => envelope.id).sort()).toEqual(['demo-nongson:2567', 'org-b', 'org-b:2566'])
  })

  it('replacing everything also removes what the file does not hold', () => {
    const backup = fixtureBackup()
    const plan = planRestore(savedNow(backup), backup, 'replace')
    expect(plan.totals).toEqual({ added: 1, replaced: 1, unchanged: 1, conflicts: 1, removed: 1 })
    expect(plan.change.delete).toEqual([{ kind: 'organization', id: 'org-c' }])
    expect(plan.change.expected.get(documentKey('organization', 'org-c'))).toBe(1)
  })

  it('replacing from one organisation\'s file touches only that organisation', () => {
    const backup = fixtureBackup()
    const only: Backup = { ...backup, scope: { type: 'organization', organizationId: 'org-b' }, documents: backup.documents.filter((document) => document.organizationId === 'org-b').slice(0, 1) }
    const plan = planRestore(savedNow(backup), only, 'replace')
    // org-b's assessment is not saved here, so nothing of org-b is removed; demo and org-c are untouched.
    expect(plan.change.delete).toEqual([])
    expect(plan.rows.every((row) => row.organizationId === 'org-b')).toBe(true)
  })

  it('compares data regardless of key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } })).toBe(canonicalJson({ a: { c: null, d: [1, { x: 1, y: 2 }] }, b: 1 }))
    expect(canonicalJson({ a: [1, 2] })).not.toBe(canonicalJson({ a: [2, 1] }))
  })
})

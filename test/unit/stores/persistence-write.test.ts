import './fresh-database'
import { describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { usePersistenceStore } from '@/stores/persistence'
import { useWorkspaceStore } from '@/stores/workspace'
import { ASSESSMENT, DocumentValidationError, ORGANIZATION, type DocumentKind } from '@/storage'
import { startWorkspace } from '@/app/start'

function openTab() {
  setActivePinia(createPinia())
  return { workspace: useWorkspaceStore(), persistence: usePersistenceStore() }
}

describe('persistence.writeDocuments', () => {
  it('saves and deletes in one transaction, writes nothing when one document is invalid, and refuses a stale tab', async () => {
    const first = openTab()
    await startWorkspace(first)
    const organization = first.workspace.currentOrganization!
    const record = first.workspace.currentAssessment!
    // The organisation's own documents (the demo holds others too).
    const own = async <T>(kind: DocumentKind<T>) => (await first.persistence.list(kind)).entries.filter((entry) => entry.organizationId === organization.id)

    await expect(first.persistence.writeDocuments(
      [{ kind: ORGANIZATION, id: 'other', organizationId: 'other', data: { id: 'other', name: '' } }],
      [{ kind: ASSESSMENT, id: record.id }],
    )).rejects.toBeInstanceOf(DocumentValidationError)
    expect((await own(ASSESSMENT)).map((entry) => entry.id)).toEqual([record.id])

    // A second tab reads everything, then the first renames the organisation.
    const second = openTab()
    await startWorkspace(second)
    const renamed = { ...organization, name: 'องค์การบริหารส่วนตำบลทดสอบ' }
    const saved = await first.persistence.writeDocuments(
      [{ kind: ORGANIZATION, id: organization.id, organizationId: organization.id, data: renamed }],
      [{ kind: ASSESSMENT, id: record.id }],
    )
    expect(saved.ok).toBe(true)
    const [after] = await own(ORGANIZATION)
    expect(after?.data.name).toBe('องค์การบริหารส่วนตำบลทดสอบ')
    expect(after?.revision).toBe(2)
    expect(await own(ASSESSMENT)).toEqual([])

    // An edit the second tab started from revision 1 (before the rename): nothing is written.
    const stale = await second.persistence.writeDocuments(
      [{ kind: ORGANIZATION, id: organization.id, organizationId: organization.id, data: { ...organization, name: 'ชื่อเก่า' }, baseRevision: 1 }], [],
    )
    expect(stale).toMatchObject({ ok: false, reason: 'conflict' })
    expect((await own(ORGANIZATION))[0]?.data.name).toBe('องค์การบริหารส่วนตำบลทดสอบ')
  })
})

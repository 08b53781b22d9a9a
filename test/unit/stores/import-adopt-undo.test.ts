import { describe, expect, it } from 'vitest'
import { catalogueFor } from '@/domain'
import { adoptAllChoices, adoptFileFacts, previewFileFacts } from '@/domain/file-facts'
import type { ParsedAssessment } from '@/import/assemble'
import { planImport } from '@/import/plan'
import { openWorkspace } from './fresh-workspace'

// Facts adopted from an imported file are saved with the import and undone with it.
const parsed: ParsedAssessment = {
  organization: { name: 'อบต.หนองซอน', district: '', province: '' }, fiscalYear: 2567,
  itemScores: [{ code: 'e1', score: 80 }], indicatorScores: [], publishedTotal: null, publishedTools: [],
  where: { file: 'f.xlsx', sheet: 'EIT', row: 3, column: 5 }, rows: [],
  itemFacts: [{ code: 'e1', title: 'ข้อคำถามจากไฟล์', tool: 'EIT', indicator: 6, sheet: 'EIT', row: 3 }],
}

describe('facts adopted from an imported file', () => {
  it('are saved in the import\'s transaction, cite the file, and undo leaves the catalogue as it was', async () => {
    let workspace = await openWorkspace()
    const before = JSON.parse(JSON.stringify(workspace.catalogueOverridesOf('demo-nongson', 2567)))
    const plan = planImport([{ parsed, organizationName: 'อบต.หนองซอน', fiscalYear: 2567 }], workspace, { kind: 'file', name: 'f.xlsx' })
    const shipped = catalogueFor(2567).catalogue
    const { findings } = previewFileFacts(workspace.effectiveCatalogue('demo-nongson', 2567).catalogue, parsed, 'f.xlsx')
    const overrides = adoptFileFacts(shipped, workspace.catalogueOverridesOf('demo-nongson', 2567), findings, adoptAllChoices(findings))
    await workspace.applyImport({ ...plan, catalogueChanges: [{ id: 'demo-nongson:2567', organizationId: 'demo-nongson', fiscalYear: 2567, overrides }] }, { organizationId: 'demo-nongson', fiscalYear: 2567 })

    workspace = await openWorkspace()
    const e1 = workspace.effectiveCatalogue('demo-nongson', 2567).catalogue.items.find((item) => item.code === 'e1')!
    expect(e1).toMatchObject({ title: 'ข้อคำถามจากไฟล์', indicator: 6 })
    expect(workspace.effectiveCatalogue('demo-nongson', 2567).catalogue.sources.find((source) => source.id === e1.sources.title)?.label).toBe('f.xlsx (ชีต EIT แถว 3)')

    workspace = await openWorkspace()
    // The undo is held by the store that imported: import again in one store to undo.
    const again = planImport([{ parsed, organizationName: 'อบต.หนองซอน', fiscalYear: 2567 }], workspace, { kind: 'file', name: 'f.xlsx' })
    const current = workspace.catalogueOverridesOf('demo-nongson', 2567)
    await workspace.applyImport({ ...again, catalogueChanges: [{ id: 'demo-nongson:2567', organizationId: 'demo-nongson', fiscalYear: 2567, overrides: { ...current, edits: [] } }] }, { organizationId: 'demo-nongson', fiscalYear: 2567 })
    expect(workspace.catalogueOverridesOf('demo-nongson', 2567).edits.some((edit) => edit.code === 'e1')).toBe(false)
    await workspace.undoImport()
    expect(workspace.catalogueOverridesOf('demo-nongson', 2567)).toEqual(current)
    expect(current).not.toEqual(before)
  })

  it('an undone first adoption removes the catalogue changes it added', async () => {
    let workspace = await openWorkspace()
    const plan = planImport([{ parsed: { ...parsed, organization: { name: 'เทศบาลตำบลใหม่', district: '', province: '' } }, organizationName: 'เทศบาลตำบลใหม่', fiscalYear: 2567 }], workspace, { kind: 'file', name: 'f.xlsx' })
    const record = plan.records[0]!
    const { findings } = previewFileFacts(catalogueFor(2567).catalogue, parsed, 'f.xlsx')
    const overrides = adoptFileFacts(catalogueFor(2567).catalogue, { edits: [], added: [] }, findings, adoptAllChoices(findings))
    await workspace.applyImport({ ...plan, catalogueChanges: [{ id: record.id, organizationId: record.organizationId, fiscalYear: 2567, overrides }] }, { organizationId: record.organizationId, fiscalYear: 2567 })
    expect(workspace.catalogueOverrides.map((entry) => entry.id)).toContain(record.id)
    await workspace.undoImport()
    expect(workspace.catalogueOverrides.map((entry) => entry.id)).not.toContain(record.id)
    workspace = await openWorkspace()
    expect(workspace.catalogueOverrides.map((entry) => entry.id)).not.toContain(record.id)
  })
})

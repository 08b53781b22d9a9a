import { describe, expect, it } from 'vitest'
import type { ParsedAssessment } from '@/import/assemble'
import { planImport } from '@/import/plan'
import { openWorkspace } from './fresh-workspace'

// The workspace store over a fresh (fake) IndexedDB per test; "reload" opens a new store on the same
// database, as a page reload does.

const parsed = (name: string, total: number): ParsedAssessment => ({
  organization: { name, district: '', province: '' }, fiscalYear: 2567,
  itemScores: [{ code: 'i1', score: 80 }], indicatorScores: [], publishedTotal: total, publishedTools: [],
  where: { file: 'f.xlsx', sheet: null, row: 2, column: 2 }, rows: [],
})

describe('an import, saved and undone', () => {
  it('saves the organisation and assessment, opens them, and they are there after a reload', async () => {
    let workspace = await openWorkspace()
    const demo = workspace.organizations.map((organization) => organization.name)
    const plan = planImport([{ parsed: parsed('เทศบาลตำบลท่าช้าง', 91.5), organizationName: 'เทศบาลตำบลท่าช้าง', fiscalYear: 2567 }], workspace, { kind: 'file', name: 'f.xlsx' })
    const id = plan.organizations[0]!.id
    await workspace.applyImport(plan, { organizationId: id, fiscalYear: 2567 })
    expect(workspace.currentOrganization?.name).toBe('เทศบาลตำบลท่าช้าง')
    expect(workspace.analysis?.scorecard.total).toBe(91.5)

    workspace = await openWorkspace()
    // The demo's organisations (อบต.หนองซอน among them) and the one imported.
    expect(demo).toContain('องค์การบริหารส่วนตำบลหนองซอน')
    expect(workspace.organizations.map((organization) => organization.name).sort()).toEqual([...demo, 'เทศบาลตำบลท่าช้าง'].sort())
    expect(workspace.currentOrganization?.name).toBe('เทศบาลตำบลท่าช้าง')
  })

  it('undoes an import that added an organisation: gone, and the previous one open again, also after a reload', async () => {
    let workspace = await openWorkspace()
    const organizations = workspace.organizations.map((organization) => organization.id)
    const assessments = workspace.assessments.map((record) => record.id)
    expect(workspace.currentOrganization?.id).toBe('demo-nongson')
    const plan = planImport([{ parsed: parsed('เทศบาลตำบลท่าช้าง', 91.5), organizationName: 'เทศบาลตำบลท่าช้าง', fiscalYear: 2567 }], workspace, { kind: 'file', name: 'f.xlsx' })
    await workspace.applyImport(plan, { organizationId: plan.organizations[0]!.id, fiscalYear: 2567 })
    await workspace.undoImport()
    expect(workspace.lastImport).toBeNull()
    expect(workspace.organizations.map((organization) => organization.id)).toEqual(organizations)
    expect(workspace.currentOrganization?.id).toBe('demo-nongson')

    workspace = await openWorkspace()
    expect(workspace.organizations.map((organization) => organization.id)).toEqual(organizations)
    expect(workspace.assessments.map((record) => record.id)).toEqual(assessments)
  })

  it('undoes an import that replaced a saved year, restoring the exact previous document', async () => {
    let workspace = await openWorkspace()
    const demoYears = workspace.assessments.length
    const before = JSON.parse(JSON.stringify(workspace.assessments.find((record) => record.id === 'demo-nongson:2567')!))
    const plan = planImport([{ parsed: parsed('อบต.หนองซอน', 60), organizationName: 'อบต.หนองซอน', fiscalYear: 2567 }], workspace, { kind: 'file', name: 'f.xlsx' })
    expect(plan.replaced).toEqual(['demo-nongson:2567'])
    await workspace.applyImport(plan, { organizationId: 'demo-nongson', fiscalYear: 2567 })
    expect(workspace.analysis?.scorecard.total).toBe(60)
    // the committee's override of e4 is kept by the import
    expect(workspace.currentAssessment?.overrides).toEqual(before.overrides)

    await workspace.undoImport()
    workspace = await openWorkspace()
    expect(workspace.assessments).toHaveLength(demoYears)
    expect(workspace.assessments.find((record) => record.id === 'demo-nongson:2567')).toEqual(before)
    expect(workspace.analysis?.scorecard.total).toBe(74.67)
  })

  it('saves nothing when a document is invalid', async () => {
    const workspace = await openWorkspace()
    const demo = workspace.organizations.length
    const plan = planImport([{ parsed: parsed('อบต.ข', 70), organizationName: 'อบต.ข', fiscalYear: 2567 }], workspace, { kind: 'file', name: 'f.xlsx' })
    const broken = { ...plan, records: [...plan.records, { ...plan.records[0]!, id: 'x y' }] }
    await expect(workspace.applyImport(broken, null)).rejects.toThrow()
    expect(workspace.organizations).toHaveLength(demo)
    expect(workspace.lastImport).toBeNull()
    expect((await openWorkspace()).organizations).toHaveLength(demo)
  })
})

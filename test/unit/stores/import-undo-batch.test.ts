import { describe, expect, it } from 'vitest'
import type { ParsedAssessment } from '@/import/assemble'
import { planImport } from '@/import/plan'
import { openWorkspace } from './fresh-workspace'

// Undo after a many-organisation import: every organisation and assessment is exactly as before (the
// replaced ones back, the added ones gone, the updated organisation as it was), in memory and after a
// reload, and the assessment open before is open again.

const parsed = (name: string, fiscalYear: number, total: number, place: { district?: string; province?: string } = {}): ParsedAssessment => ({
  organization: { name, district: place.district ?? '', province: place.province ?? '' }, fiscalYear,
  itemScores: [{ code: 'i1', score: total }], indicatorScores: [], publishedTotal: total, publishedTools: [],
  where: { file: 'batch.xlsx', sheet: null, row: 2, column: 2 }, rows: [],
})
const source = { kind: 'file' as const, name: 'batch.xlsx' }
const snapshot = (workspace: Awaited<ReturnType<typeof openWorkspace>>) => JSON.parse(JSON.stringify({
  organizations: workspace.organizations, assessments: workspace.assessments, selection: workspace.selection,
})) as unknown

describe('undo after a many-organisation import', () => {
  it('restores exactly what was there: replaced years back, added organisations and years gone, updated organisations as they were', async () => {
    let workspace = await openWorkspace()
    // Before: the demo อบต.หนองซอน 2567 and an earlier import of เทศบาลตำบลท่าช้าง 2567 (no district), with the demo open.
    const earlier = planImport([{ parsed: parsed('เทศบาลตำบลท่าช้าง', 2567, 91.5), organizationName: 'เทศบาลตำบลท่าช้าง', fiscalYear: 2567 }], workspace, source)
    await workspace.applyImport(earlier, null)
    workspace = await openWorkspace()
    await workspace.select('demo-nongson', 2567)
    const before = snapshot(workspace)
    const countsBefore = [workspace.organizations.length, workspace.assessments.length]

    const batch = planImport([
      // replaces the demo's saved year (its committee overrides are kept by the import, and must come back as they were)
      { parsed: parsed('อบต.หนองซอน', 2567, 60), organizationName: 'อบต.หนองซอน', fiscalYear: 2567 },
      // a new year of a saved organisation, whose district and province the file fills in
      { parsed: parsed('เทศบาลตำบลท่าช้าง', 2568, 80, { district: 'พิบูลมังสาหาร', province: 'อุบลราชธานี' }), organizationName: 'เทศบาลตำบลท่าช้าง', fiscalYear: 2568 },
      // replaces that organisation's saved 2567
      { parsed: parsed('เทศบาลตำบลท่าช้าง', 2567, 70), organizationName: 'เทศบาลตำบลท่าช้าง', fiscalYear: 2567 },
      // two new organisations
      { parsed: parsed('อบต.ใหม่หนึ่ง', 2567, 95), organizationName: 'อบต.ใหม่หนึ่ง', fiscalYear: 2567 },
      { parsed: parsed('อบต.ใหม่สอง', 2567, 50), organizationName: 'อบต.ใหม่สอง', fiscalYear: 2567 },
    ], workspace, source)
    expect(batch.duplicates).toEqual([])
    expect(batch.replaced).toHaveLength(2)
    const first = batch.records[0]!
    await workspace.applyImport(batch, { organizationId: first.organizationId, fiscalYear: first.scores.fiscalYear })
    // The import did change all of it.
    expect([workspace.organizations.length, workspace.assessments.length]).toEqual([countsBefore[0]! + 2, countsBefore[1]! + 3])
    expect(workspace.organizations.find((organization) => organization.name === 'เทศบาลตำบลท่าช้าง')?.province).toBe('อุบลราชธานี')
    expect(snapshot(workspace)).not.toEqual(before)

    await workspace.undoImport()
    expect(workspace.lastImport).toBeNull()
    expect(snapshot(workspace)).toEqual(before)
    workspace = await openWorkspace()
    expect(snapshot(workspace)).toEqual(before)
    expect(workspace.analysis?.scorecard.total).toBe(74.67)
  })
})

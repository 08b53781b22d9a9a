import { describe, expect, it } from 'vitest'
import { demoWorkspace } from '@/app/demo-workspace'
import { AssessmentRecordSchema, OrganizationSchema } from '@/domain/workspace'
import { NO_CATALOGUE_OVERRIDES, type CatalogueOverridesRecord } from '@/domain/catalogue-overrides'
import { importUndoOf, selectionAfterUndo, undoChange, type WorkspaceDocuments } from '@/import/undo'

// The import's undo without a store or storage: what it keeps, what putting it back writes and removes,
// and which year is open afterwards. The demo's อบต.หนองซอน 2567 is what a file replaces.

const { organization, assessments } = demoWorkspace(new Date('2026-12-01T00:00:00.000Z'))
const demoYear = assessments[0]!
const opened = { organizationId: organization.id, fiscalYear: 2567 }
const workspace: WorkspaceDocuments = { organizations: [organization], assessments: [demoYear], catalogueOverrides: [], selection: opened }

const thaChang = OrganizationSchema.parse({ id: 'org-thachang', name: 'เทศบาลตำบลท่าช้าง', shortName: '', district: '', province: '', units: [] })
const thaChang2568 = AssessmentRecordSchema.parse({
  id: 'org-thachang:2568', organizationId: 'org-thachang',
  scores: { fiscalYear: 2568, itemScores: [{ code: 'i1', score: 80 }], indicatorScores: [], publishedTotal: 74.66 },
  source: { kind: 'file', name: 'itas.xls', importedAt: '2026-12-01T00:00:00.000Z' }, threshold: 85, overrides: [],
})
const reimported2567 = { ...demoYear, scores: { ...demoYear.scores, publishedTotal: 60 }, source: { kind: 'file' as const, name: 'f.xlsx', importedAt: '2026-12-02T00:00:00.000Z' } }
const adopted: CatalogueOverridesRecord = {
  id: demoYear.id, organizationId: organization.id, fiscalYear: 2567,
  overrides: { ...NO_CATALOGUE_OVERRIDES, edits: [{ code: 'o40', title: 'ข้อคำถามจากไฟล์' }] },
}

describe('an import\'s undo', () => {
  it('for a replaced year, puts the exact previous record back and removes nothing', () => {
    const undo = importUndoOf({ organizations: [organization], records: [reimported2567] }, workspace)
    expect(undo.assessments).toEqual([{ id: demoYear.id, organizationId: organization.id, before: demoYear }])
    expect(undoChange(undo)).toEqual({
      restore: { organizations: [organization], assessments: [demoYear], catalogueChanges: [] },
      remove: { organizations: [], assessments: [], catalogueChanges: [] },
    })
  })

  it('for an added organisation and year, removes both and restores nothing', () => {
    const undo = importUndoOf({ organizations: [thaChang], records: [thaChang2568] }, workspace)
    expect(undoChange(undo)).toEqual({
      restore: { organizations: [], assessments: [], catalogueChanges: [] },
      remove: { organizations: ['org-thachang'], assessments: ['org-thachang:2568'], catalogueChanges: [] },
    })
    // The year open before the import is open again.
    expect(selectionAfterUndo(undo, [demoYear], null)).toEqual(opened)
  })

  it('takes back catalogue facts adopted from the file: removed when there were none, the previous ones restored otherwise', () => {
    const fresh = importUndoOf({ organizations: [organization], records: [reimported2567], catalogueChanges: [adopted] }, workspace)
    expect(undoChange(fresh).remove.catalogueChanges).toEqual([demoYear.id])
    const earlier: CatalogueOverridesRecord = { ...adopted, overrides: NO_CATALOGUE_OVERRIDES }
    const over = importUndoOf({ organizations: [organization], records: [reimported2567], catalogueChanges: [adopted] }, { ...workspace, catalogueOverrides: [earlier] })
    expect(undoChange(over).restore.catalogueChanges).toEqual([earlier])
    expect(undoChange(over).remove.catalogueChanges).toEqual([])
  })

  it('opens the fallback when the year open before is gone, and nothing when there is none', () => {
    const undo = importUndoOf({ organizations: [thaChang], records: [thaChang2568] }, { ...workspace, selection: { organizationId: 'org-gone', fiscalYear: 2566 } })
    expect(selectionAfterUndo(undo, [demoYear], opened)).toEqual(opened)
    expect(selectionAfterUndo(undo, [], null)).toBeNull()
  })
})

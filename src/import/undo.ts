import { assessmentId, type AssessmentRecord, type Organization } from '@/domain/workspace'
import type { CatalogueOverridesRecord } from '@/domain'

/**
 * An import's one-step undo, as pure functions over plain documents (no store, no storage): what an
 * import replaces (`importUndoOf`, taken before it is saved), what putting it back writes and removes
 * (`undoChange`), and which year is open afterwards (`selectionAfterUndo`). The workspace store keeps the
 * record in memory and hands the change to storage in one transaction.
 */

export interface Selection {
  organizationId: string
  fiscalYear: number
}

/** What an import saves: organisations, their assessments, and catalogue changes adopted from the file. */
export interface ImportedDocuments {
  organizations: readonly Organization[]
  records: readonly AssessmentRecord[]
  catalogueChanges?: readonly CatalogueOverridesRecord[]
}

/** The workspace as it is before the import. */
export interface WorkspaceDocuments {
  organizations: readonly Organization[]
  assessments: readonly AssessmentRecord[]
  catalogueOverrides: readonly CatalogueOverridesRecord[]
  selection: Selection | null
}

/** The documents an import replaced (null: it added the document), and the year open before it. */
export interface ImportUndo {
  organizations: Array<{ id: string; before: Organization | null }>
  assessments: Array<{ id: string; organizationId: string; before: AssessmentRecord | null }>
  /** Catalogue changes adopted from the imported file (absent: none). */
  catalogue?: Array<{ id: string; before: CatalogueOverridesRecord | null }>
  selection: Selection | null
}

/** What an import is about to replace in `current`, to be put back by its undo. */
export function importUndoOf(imported: ImportedDocuments, current: WorkspaceDocuments): ImportUndo {
  const organizations = new Map(current.organizations.map((organization) => [organization.id, organization]))
  const assessments = new Map(current.assessments.map((record) => [record.id, record]))
  const changes = new Map(current.catalogueOverrides.map((entry) => [entry.id, entry]))
  return {
    organizations: imported.organizations.map((organization) => ({ id: organization.id, before: organizations.get(organization.id) ?? null })),
    assessments: imported.records.map((record) => ({ id: record.id, organizationId: record.organizationId, before: assessments.get(record.id) ?? null })),
    catalogue: (imported.catalogueChanges ?? []).map((entry) => ({ id: entry.id, before: changes.get(entry.id) ?? null })),
    selection: current.selection,
  }
}

/** Undoing an import: the documents it replaced, saved back, and the ones it added, removed (by id). */
export interface UndoChange {
  restore: { organizations: Organization[]; assessments: AssessmentRecord[]; catalogueChanges: CatalogueOverridesRecord[] }
  remove: { organizations: string[]; assessments: string[]; catalogueChanges: string[] }
}

export function undoChange(undo: ImportUndo): UndoChange {
  const catalogue = undo.catalogue ?? []
  return {
    restore: {
      organizations: undo.organizations.flatMap((entry) => (entry.before ? [entry.before] : [])),
      assessments: undo.assessments.flatMap((entry) => (entry.before ? [entry.before] : [])),
      catalogueChanges: catalogue.flatMap((entry) => (entry.before ? [entry.before] : [])),
    },
    remove: {
      organizations: undo.organizations.filter((entry) => !entry.before).map((entry) => entry.id),
      assessments: undo.assessments.filter((entry) => !entry.before).map((entry) => entry.id),
      catalogueChanges: catalogue.filter((entry) => !entry.before).map((entry) => entry.id),
    },
  }
}

/** The year open after an undo: the one open before the import if it is still there, else `fallback`. */
export function selectionAfterUndo(undo: ImportUndo, assessmentsAfter: readonly AssessmentRecord[], fallback: Selection | null): Selection | null {
  const before = undo.selection
  return before && assessmentsAfter.some((record) => record.id === assessmentId(before.organizationId, before.fiscalYear)) ? before : fallback
}

import { defineStore } from 'pinia'
import { computed, markRaw, ref, shallowRef } from 'vue'
import {
  DEFAULT_THRESHOLD, NO_CATALOGUE_OVERRIDES, analyseAssessment, applyCatalogueOverrides, catalogueFor,
  type Analysis, type AssessmentScores, type CatalogueLookup, type CatalogueOverrides, type CatalogueOverridesRecord,
} from '@/domain'
import { assessmentId, type AssessmentRecord, type Organization } from '@/domain/workspace'
import type { Flag } from '@/domain/flags'
import { ASSESSMENT, CATALOGUE_OVERRIDES, ORGANIZATION, type DocumentWrite } from '@/storage'
import { SELECTION_META } from '@/app/demo-seed'
import { importUndoOf, selectionAfterUndo, undoChange, type ImportUndo, type ImportedDocuments, type Selection } from '@/import/undo'
import { usePersistenceStore, type SaveResult } from './persistence'

export type WorkspaceStatus = 'loading' | 'ready' | 'unsaved'

export type { Selection } from '@/import/undo'

/**
 * Documents are kept raw (markRaw) inside the reactive lists: they are never changed in place (every
 * update saves a new document and replaces it in the list), and deep proxies over every score of a
 * provincial import (10,000 assessments) made each list or switcher redraw take seconds.
 */

/**
 * Organisations, their assessments per fiscal year, and which one is open. State plus calls into the
 * domain core and the persistence store; no scoring, parsing or formatting here.
 */
export const useWorkspaceStore = defineStore('workspace', () => {
  const persistence = usePersistenceStore()
  const status = ref<WorkspaceStatus>('loading')
  const organizations = ref<Organization[]>([])
  const assessments = ref<AssessmentRecord[]>([])
  /** The committees' catalogue changes, one per organisation and year that has any. */
  const catalogueOverrides = ref<CatalogueOverridesRecord[]>([])
  const selection = ref<Selection | null>(null)

  const currentOrganization = computed(() =>
    organizations.value.find((organization) => organization.id === selection.value?.organizationId) ?? null)

  const currentAssessment = computed(() => {
    const chosen = selection.value
    return chosen ? assessments.value.find((record) => record.id === assessmentId(chosen.organizationId, chosen.fiscalYear)) ?? null : null
  })

  /** Fiscal years saved for an organisation, newest first. */
  function yearsOf(organizationId: string): number[] {
    return assessments.value
      .filter((record) => record.organizationId === organizationId)
      .map((record) => record.scores.fiscalYear)
      .sort((a, b) => b - a)
  }

  /** The committee's catalogue changes for an organisation and year (none when it made none). */
  function catalogueOverridesOf(organizationId: string, fiscalYear: number): CatalogueOverrides {
    const id = assessmentId(organizationId, fiscalYear)
    return catalogueOverrides.value.find((entry) => entry.id === id)?.overrides ?? NO_CATALOGUE_OVERRIDES
  }

  /** The effective catalogue of an organisation's year: the shipped one with the committee's changes. */
  function effectiveCatalogue(organizationId: string, fiscalYear: number): CatalogueLookup {
    const shipped = catalogueFor(fiscalYear)
    return { ...shipped, catalogue: applyCatalogueOverrides(shipped.catalogue, catalogueOverridesOf(organizationId, fiscalYear)) }
  }

  function catalogueLookupOf(record: AssessmentRecord): CatalogueLookup {
    return effectiveCatalogue(record.organizationId, record.scores.fiscalYear)
  }

  /** Scores, flags and groups any saved assessment under its effective catalogue. */
  function analysisOf(record: AssessmentRecord): Analysis {
    return analyseAssessment(catalogueLookupOf(record).catalogue, record.scores, {
      threshold: record.threshold,
      overrides: record.overrides,
    })
  }

  /** Every screen (overview, groups, items, what-if, reports) reads this effective catalogue. */
  const catalogueLookup = computed(() => currentAssessment.value ? catalogueLookupOf(currentAssessment.value) : null)
  /** The shipped catalogue of the open year, before the committee's changes (the editor's defaults). */
  const shippedCatalogue = computed(() => currentAssessment.value ? catalogueFor(currentAssessment.value.scores.fiscalYear).catalogue : null)
  const currentCatalogueOverrides = computed(() => selection.value
    ? catalogueOverridesOf(selection.value.organizationId, selection.value.fiscalYear)
    : NO_CATALOGUE_OVERRIDES)

  const analysis = computed<Analysis | null>(() => currentAssessment.value ? analysisOf(currentAssessment.value) : null)

  /** The open organisation's closest earlier saved year ("last year" on the overview), if any. */
  const previousAssessment = computed(() => {
    const record = currentAssessment.value
    if (!record) return null
    return assessments.value
      .filter((other) => other.organizationId === record.organizationId && other.scores.fiscalYear < record.scores.fiscalYear)
      .sort((a, b) => b.scores.fiscalYear - a.scores.fiscalYear)[0] ?? null
  })
  const previousAnalysis = computed(() => previousAssessment.value ? analysisOf(previousAssessment.value) : null)

  async function load(): Promise<void> {
    status.value = 'loading'
    // Never fails: when the browser refuses storage the persistence store keeps documents in memory and says so.
    // An empty browser is seeded with the demo by the start-up (src/app/start.ts), before this.
    const backend = await persistence.open()
    await refresh()
    const saved = await persistence.getMeta<Selection>(SELECTION_META)
    selection.value = saved && assessments.value.some((record) => record.id === assessmentId(saved.organizationId, saved.fiscalYear))
      ? saved
      : firstSelection()
    status.value = backend.persistent ? 'ready' : 'unsaved'
  }

  /** Reads organisations, assessments and catalogue changes again (after another tab, a restore or a conflict). */
  async function refresh(): Promise<void> {
    const [orgs, records, changes] = await Promise.all([
      persistence.list(ORGANIZATION), persistence.list(ASSESSMENT), persistence.list(CATALOGUE_OVERRIDES),
    ])
    organizations.value = orgs.documents.map(markRaw)
    assessments.value = records.documents.map(markRaw)
    catalogueOverrides.value = changes.documents
    const chosen = selection.value
    if (chosen && !assessments.value.some((record) => record.id === assessmentId(chosen.organizationId, chosen.fiscalYear))) {
      selection.value = firstSelection()
    }
  }

  let refreshing: Promise<void> = Promise.resolve()

  persistence.onDocumentsChanged((changes) => {
    if (status.value === 'loading') return
    const mine = [ORGANIZATION.kind, ASSESSMENT.kind, CATALOGUE_OVERRIDES.kind]
    if (changes === 'all' || changes.some((change) => mine.includes(change.kind))) refreshing = refresh()
  })

  /**
   * Resolves once the organisations and assessments being reloaded now are read (stores listening
   * for the same changes wait for it before acting on the open assessment, which may have gone).
   */
  function settled(): Promise<void> {
    return refreshing.catch(() => undefined)
  }

  function firstSelection(): Selection | null {
    const first = [...assessments.value].sort((a, b) => b.scores.fiscalYear - a.scores.fiscalYear)[0]
    return first ? { organizationId: first.organizationId, fiscalYear: first.scores.fiscalYear } : null
  }

  async function select(organizationId: string, fiscalYear: number): Promise<void> {
    selection.value = { organizationId, fiscalYear }
    // A plain object: IndexedDB cannot clone the reactive proxy that selection.value returns.
    await persistence.setMeta(SELECTION_META, { organizationId, fiscalYear })
  }

  /** Saves an organisation and its assessments together (all or nothing), then shows them. */
  async function saveImported(organization: Organization, records: AssessmentRecord[]): Promise<SaveResult> {
    const writes: DocumentWrite[] = [
      { kind: ORGANIZATION, id: organization.id, organizationId: organization.id, data: organization },
      ...records.map((record) => ({ kind: ASSESSMENT, id: record.id, organizationId: record.organizationId, data: record })),
    ]
    const result = await persistence.saveDocuments(writes)
    if (result.ok) {
      upsert(organizations.value, organization)
      for (const record of records) upsert(assessments.value, record)
    }
    return result
  }

  /** Saves a change to an organisation (its name, its units) and shows it. */
  async function updateOrganization(organization: Organization): Promise<SaveResult> {
    const result = await persistence.saveDocument(ORGANIZATION, organization.id, organization.id, organization)
    if (result.ok) upsert(organizations.value, organization)
    return result
  }

  /**
   * Saves an assessment. `baseRevision` is the revision an editor started from (see
   * persistence.revisionOf); left out, the one last read. When another tab saved it meanwhile, nothing is
   * written and the saved version is reloaded; the caller keeps the user's input to apply again.
   */
  async function updateAssessment(record: AssessmentRecord, baseRevision?: number | null): Promise<SaveResult> {
    const result = await persistence.saveDocument(ASSESSMENT, record.id, record.organizationId, record, baseRevision)
    if (result.ok) upsert(assessments.value, record)
    return result
  }

  /** The revision of an assessment as last read or saved here, for an editor to base its save on. */
  function assessmentRevision(id: string): number | null {
    return persistence.revisionOf(ASSESSMENT, id)
  }

  /** Sets (or with null clears) the committee's flag for one item of the open assessment. */
  async function setOverride(code: string, flag: Flag | null, reason = ''): Promise<SaveResult | null> {
    const record = currentAssessment.value
    if (!record) return null
    const others = record.overrides.filter((override) => override.code !== code)
    return updateAssessment({ ...record, overrides: flag === null ? others : [...others, { code, flag, reason }] })
  }

  async function setThreshold(threshold: number, baseRevision?: number | null): Promise<SaveResult | null> {
    const record = currentAssessment.value
    if (!record) return null
    return updateAssessment({ ...record, threshold }, baseRevision)
  }

  /** Saves the committee's catalogue changes for the open organisation and year. */
  async function saveCatalogueOverrides(overrides: CatalogueOverrides): Promise<SaveResult | null> {
    const record = currentAssessment.value
    if (!record) return null
    return replaceCatalogueSettings(overrides, record.threshold)
  }

  /**
   * Replaces the open year's catalogue changes and threshold together, all or nothing (an imported
   * file, or a reset to the shipped default with no changes and threshold 85).
   */
  async function replaceCatalogueSettings(overrides: CatalogueOverrides, threshold: number): Promise<SaveResult | null> {
    const record = currentAssessment.value
    if (!record) return null
    const changes: CatalogueOverridesRecord = {
      id: record.id, organizationId: record.organizationId, fiscalYear: record.scores.fiscalYear, overrides,
    }
    const updated = { ...record, threshold }
    const result = await persistence.saveDocuments([
      { kind: CATALOGUE_OVERRIDES, id: changes.id, organizationId: changes.organizationId, data: changes },
      { kind: ASSESSMENT, id: updated.id, organizationId: updated.organizationId, data: updated },
    ])
    if (result.ok) {
      upsert(catalogueOverrides.value, changes)
      upsert(assessments.value, updated)
    }
    return result
  }

  /**
   * Puts one catalogue file's changes and threshold into several organisations' years (a province's
   * file), all or nothing in one transaction.
   */
  async function replaceCatalogueSettingsOf(targets: ReadonlyArray<{ organizationId: string; fiscalYear: number }>, overrides: CatalogueOverrides, threshold: number): Promise<SaveResult | null> {
    const records = targets.flatMap((target) => assessments.value.filter((record) => record.id === assessmentId(target.organizationId, target.fiscalYear)))
    if (records.length === 0) return null
    const changes: CatalogueOverridesRecord[] = records.map((record) => ({ id: record.id, organizationId: record.organizationId, fiscalYear: record.scores.fiscalYear, overrides }))
    const updated = records.map((record) => ({ ...record, threshold }))
    const result = await persistence.saveDocuments([
      ...changes.map((entry) => ({ kind: CATALOGUE_OVERRIDES, id: entry.id, organizationId: entry.organizationId, data: entry })),
      ...updated.map((record) => ({ kind: ASSESSMENT, id: record.id, organizationId: record.organizationId, data: record })),
    ])
    if (result.ok) {
      for (const entry of changes) upsert(catalogueOverrides.value, entry)
      for (const record of updated) upsert(assessments.value, record)
    }
    return result
  }

  async function resetCatalogue(): Promise<SaveResult | null> {
    return replaceCatalogueSettings(NO_CATALOGUE_OVERRIDES, DEFAULT_THRESHOLD)
  }

  /**
   * Adds a year to the open organisation from scores entered by hand (the ten ITAS indicator figures).
   * A saved year is never overwritten: the caller checks with `yearsOf` first.
   */
  async function addManualYear(scores: AssessmentScores): Promise<SaveResult | null> {
    const organizationId = selection.value?.organizationId
    if (!organizationId) return null
    if (yearsOf(organizationId).includes(scores.fiscalYear)) throw new Error(`year ${scores.fiscalYear} is already saved`)
    return updateAssessment({
      id: assessmentId(organizationId, scores.fiscalYear),
      organizationId,
      scores,
      source: { kind: 'manual', name: '', importedAt: new Date().toISOString() },
      threshold: DEFAULT_THRESHOLD,
      overrides: [],
    })
  }

  /** Deletes a saved year that is not the one open, with its catalogue changes. */
  async function deleteAssessment(id: string): Promise<SaveResult | null> {
    const record = assessments.value.find((entry) => entry.id === id)
    if (!record || record.id === currentAssessment.value?.id) return null
    // One transaction: the year and its catalogue changes go together.
    const result = await persistence.deleteDocuments([{ kind: ASSESSMENT, id }, { kind: CATALOGUE_OVERRIDES, id }])
    // Refused (storage failed, another tab): the year stays, on screen as in storage.
    if (!result.ok) return result
    assessments.value = assessments.value.filter((entry) => entry.id !== id)
    catalogueOverrides.value = catalogueOverrides.value.filter((entry) => entry.id !== id)
    return result
  }

  // ---- import and its one-step undo ----

  /** What the last import replaced, kept in memory until it is undone or another import replaces it. */
  const lastImport = shallowRef<ImportUndo | null>(null)

  /**
   * Saves an import's organisations and assessments in one transaction (all or nothing, validated
   * first), remembers the documents they replace for `undoImport` (src/import/undo.ts), then opens `open`.
   */
  async function applyImport(plan: ImportedDocuments, open: Selection | null): Promise<SaveResult> {
    const catalogueChanges = plan.catalogueChanges ?? []
    const undo = importUndoOf(plan, { organizations: organizations.value, assessments: assessments.value, catalogueOverrides: catalogueOverrides.value, selection: selection.value })
    const result = await persistence.writeDocuments([
      ...plan.organizations.map((organization) => ({ kind: ORGANIZATION, id: organization.id, organizationId: organization.id, data: organization })),
      ...plan.records.map((record) => ({ kind: ASSESSMENT, id: record.id, organizationId: record.organizationId, data: record })),
      // What the committee adopted from the file, in the same transaction (and undone with it).
      ...catalogueChanges.map((entry) => ({ kind: CATALOGUE_OVERRIDES, id: entry.id, organizationId: entry.organizationId, data: entry })),
    ], [])
    if (!result.ok) return result
    organizations.value = replaceAll(organizations.value, plan.organizations, [])
    assessments.value = replaceAll(assessments.value, plan.records, [])
    catalogueOverrides.value = replaceAll(catalogueOverrides.value, catalogueChanges, [])
    lastImport.value = undo
    if (open) await select(open.organizationId, open.fiscalYear)
    return result
  }

  /** Puts back what the last import replaced and removes what it added, in one transaction. */
  async function undoImport(): Promise<SaveResult | null> {
    const undo = lastImport.value
    if (!undo) return null
    const { restore, remove } = undoChange(undo)
    const result = await persistence.writeDocuments([
      ...restore.organizations.map((organization) => ({ kind: ORGANIZATION, id: organization.id, organizationId: organization.id, data: organization })),
      ...restore.assessments.map((record) => ({ kind: ASSESSMENT, id: record.id, organizationId: record.organizationId, data: record })),
      ...restore.catalogueChanges.map((entry) => ({ kind: CATALOGUE_OVERRIDES, id: entry.id, organizationId: entry.organizationId, data: entry })),
    ], [
      ...remove.catalogueChanges.map((id) => ({ kind: CATALOGUE_OVERRIDES, id })),
      ...remove.assessments.map((id) => ({ kind: ASSESSMENT, id })),
      ...remove.organizations.map((id) => ({ kind: ORGANIZATION, id })),
    ])
    if (!result.ok) return result
    organizations.value = replaceAll(organizations.value, restore.organizations, remove.organizations)
    assessments.value = replaceAll(assessments.value, restore.assessments, remove.assessments)
    catalogueOverrides.value = replaceAll(catalogueOverrides.value, restore.catalogueChanges, remove.catalogueChanges)
    lastImport.value = null
    const back = selectionAfterUndo(undo, assessments.value, firstSelection())
    if (back) await select(back.organizationId, back.fiscalYear)
    else selection.value = null
    return result
  }

  return {
    status, organizations, assessments, catalogueOverrides, selection,
    currentOrganization, currentAssessment, catalogueLookup, shippedCatalogue, currentCatalogueOverrides, analysis,
    previousAssessment, previousAnalysis,
    yearsOf, catalogueOverridesOf, effectiveCatalogue, analysisOf, load, refresh, settled, select, saveImported, updateOrganization,
    updateAssessment, assessmentRevision, setOverride, setThreshold,
    saveCatalogueOverrides, replaceCatalogueSettings, replaceCatalogueSettingsOf, resetCatalogue, addManualYear, deleteAssessment,
    lastImport, applyImport, undoImport,
  }
})

export type { ImportUndo } from '@/import/undo'

/** The list with `values` put in by id (replacing or appended) and `removed` ids taken out; linear. */
function replaceAll<T extends { id: string }>(list: readonly T[], values: readonly T[], removed: readonly string[]): T[] {
  const byId = new Map(values.map((value) => [value.id, markRaw(value)]))
  const gone = new Set(removed)
  const result = list.filter((entry) => !gone.has(entry.id)).map((entry) => {
    const value = byId.get(entry.id)
    if (value) byId.delete(entry.id)
    return value ?? entry
  })
  return [...result, ...byId.values()]
}

function upsert<T extends { id: string }>(list: T[], value: T): void {
  value = markRaw(value)
  const index = list.findIndex((entry) => entry.id === value.id)
  if (index >= 0) list.splice(index, 1, value)
  else list.push(value)
}

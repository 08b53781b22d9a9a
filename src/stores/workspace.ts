import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import {
  DEFAULT_THRESHOLD, NO_CATALOGUE_OVERRIDES, analyseAssessment, applyCatalogueOverrides, catalogueFor,
  type Analysis, type AssessmentScores, type CatalogueLookup, type CatalogueOverrides, type CatalogueOverridesRecord,
} from '@/domain'
import { assessmentId, type AssessmentRecord, type Organization } from '@/domain/workspace'
import type { Flag } from '@/domain/flags'
import { ASSESSMENT, CATALOGUE_OVERRIDES, MEASURE_PLAN, ORGANIZATION, documentStore, type DocumentStore } from '@/storage'
import { demoMeasurePlans, demoWorkspace } from '@/app/demo-workspace'

export type WorkspaceStatus = 'loading' | 'ready' | 'unsaved'

interface Selection {
  organizationId: string
  fiscalYear: number
}

/**
 * Organisations, their assessments per fiscal year, and which one is open. State plus calls into the
 * domain core and the document store; no scoring, parsing or formatting here.
 */
export const useWorkspaceStore = defineStore('workspace', () => {
  const status = ref<WorkspaceStatus>('loading')
  /** Thai message when the browser refuses storage: the app then works on what is in memory. */
  const storageProblem = ref<string | null>(null)
  const quarantineNotices = ref<string[]>([])
  const organizations = ref<Organization[]>([])
  const assessments = ref<AssessmentRecord[]>([])
  /** The committees' catalogue changes, one per organisation and year that has any. */
  const catalogueOverrides = ref<CatalogueOverridesRecord[]>([])
  const selection = ref<Selection | null>(null)
  const store = shallowRef<DocumentStore | null>(null)

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
    try {
      const opened = await documentStore()
      store.value = opened
      if (await opened.isEmpty()) await seedDemo(opened)
      const [orgs, records, changes] = await Promise.all([opened.list(ORGANIZATION), opened.list(ASSESSMENT), opened.list(CATALOGUE_OVERRIDES)])
      organizations.value = orgs.documents
      assessments.value = records.documents
      catalogueOverrides.value = changes.documents
      quarantineNotices.value = [...orgs.quarantined, ...records.quarantined, ...changes.quarantined].map((entry) => `${entry.id}: ${entry.reason}`)
      const saved = await opened.getMeta<Selection>('selection')
      selection.value = saved && assessments.value.some((record) => record.id === assessmentId(saved.organizationId, saved.fiscalYear))
        ? saved
        : firstSelection()
      status.value = 'ready'
    } catch {
      // Private browsing or a refused quota: keep working in memory and say so.
      storageProblem.value = 'เบราว์เซอร์นี้ไม่อนุญาตให้บันทึกข้อมูล ข้อมูลจะหายเมื่อปิดหน้า กรุณาส่งออกไฟล์สำรองก่อนปิด'
      const demo = demoWorkspace()
      organizations.value = [demo.organization]
      assessments.value = demo.assessments
      selection.value = firstSelection()
      status.value = 'unsaved'
    }
  }

  /** The demo organisation, its assessment and its measures table, in one transaction. */
  async function seedDemo(opened: DocumentStore): Promise<void> {
    const demo = demoWorkspace()
    const measurePlans = await demoMeasurePlans()
    await opened.putMany([
      { kind: ORGANIZATION, id: demo.organization.id, organizationId: demo.organization.id, data: demo.organization },
      ...demo.assessments.map((record) => ({ kind: ASSESSMENT, id: record.id, organizationId: record.organizationId, data: record })),
      ...measurePlans.map((plan) => ({ kind: MEASURE_PLAN, id: plan.id, organizationId: plan.organizationId, data: plan })),
    ])
  }

  function firstSelection(): Selection | null {
    const first = [...assessments.value].sort((a, b) => b.scores.fiscalYear - a.scores.fiscalYear)[0]
    return first ? { organizationId: first.organizationId, fiscalYear: first.scores.fiscalYear } : null
  }

  async function select(organizationId: string, fiscalYear: number): Promise<void> {
    selection.value = { organizationId, fiscalYear }
    // A plain object: IndexedDB cannot clone the reactive proxy that selection.value returns.
    await store.value?.setMeta('selection', { organizationId, fiscalYear })
  }

  /** Saves an organisation and its assessments together (all or nothing), then shows them. */
  async function saveImported(organization: Organization, records: AssessmentRecord[]): Promise<void> {
    await store.value?.putMany([
      { kind: ORGANIZATION, id: organization.id, organizationId: organization.id, data: organization },
      ...records.map((record) => ({ kind: ASSESSMENT, id: record.id, organizationId: record.organizationId, data: record })),
    ])
    upsert(organizations.value, organization)
    for (const record of records) upsert(assessments.value, record)
  }

  /** Saves a change to an organisation (its name, its units) and shows it. */
  async function updateOrganization(organization: Organization): Promise<void> {
    await store.value?.put(ORGANIZATION, organization.id, organization.id, organization)
    upsert(organizations.value, organization)
  }

  async function updateAssessment(record: AssessmentRecord): Promise<void> {
    await store.value?.put(ASSESSMENT, record.id, record.organizationId, record)
    upsert(assessments.value, record)
  }

  /** Sets (or with null clears) the committee's flag for one item of the open assessment. */
  async function setOverride(code: string, flag: Flag | null, reason = ''): Promise<void> {
    const record = currentAssessment.value
    if (!record) return
    const others = record.overrides.filter((override) => override.code !== code)
    await updateAssessment({ ...record, overrides: flag === null ? others : [...others, { code, flag, reason }] })
  }

  async function setThreshold(threshold: number): Promise<void> {
    const record = currentAssessment.value
    if (!record) return
    await updateAssessment({ ...record, threshold })
  }

  /** Saves the committee's catalogue changes for the open organisation and year. */
  async function saveCatalogueOverrides(overrides: CatalogueOverrides): Promise<void> {
    const record = currentAssessment.value
    if (!record) return
    await replaceCatalogueSettings(overrides, record.threshold)
  }

  /**
   * Replaces the open year's catalogue changes and threshold together, all or nothing (an imported
   * file, or a reset to the shipped default with no changes and threshold 85).
   */
  async function replaceCatalogueSettings(overrides: CatalogueOverrides, threshold: number): Promise<void> {
    const record = currentAssessment.value
    if (!record) return
    const changes: CatalogueOverridesRecord = {
      id: record.id, organizationId: record.organizationId, fiscalYear: record.scores.fiscalYear, overrides,
    }
    const updated = { ...record, threshold }
    await store.value?.putMany([
      { kind: CATALOGUE_OVERRIDES, id: changes.id, organizationId: changes.organizationId, data: changes },
      { kind: ASSESSMENT, id: updated.id, organizationId: updated.organizationId, data: updated },
    ])
    upsert(catalogueOverrides.value, changes)
    upsert(assessments.value, updated)
  }

  async function resetCatalogue(): Promise<void> {
    await replaceCatalogueSettings(NO_CATALOGUE_OVERRIDES, DEFAULT_THRESHOLD)
  }

  /**
   * Adds a year to the open organisation from scores entered by hand (the ten ITAS indicator figures).
   * A saved year is never overwritten: the caller checks with `yearsOf` first.
   */
  async function addManualYear(scores: AssessmentScores): Promise<void> {
    const organizationId = selection.value?.organizationId
    if (!organizationId) return
    if (yearsOf(organizationId).includes(scores.fiscalYear)) throw new Error(`year ${scores.fiscalYear} is already saved`)
    await updateAssessment({
      id: assessmentId(organizationId, scores.fiscalYear),
      organizationId,
      scores,
      source: { kind: 'manual', name: 'กรอกคะแนน ๑๐ ตัวชี้วัด', importedAt: new Date().toISOString() },
      threshold: DEFAULT_THRESHOLD,
      overrides: [],
    })
  }

  /** Deletes a saved year that is not the one open, with its catalogue changes. */
  async function deleteAssessment(id: string): Promise<void> {
    const record = assessments.value.find((entry) => entry.id === id)
    if (!record || record.id === currentAssessment.value?.id) return
    await store.value?.delete(ASSESSMENT, id)
    await store.value?.delete(CATALOGUE_OVERRIDES, id)
    assessments.value = assessments.value.filter((entry) => entry.id !== id)
    catalogueOverrides.value = catalogueOverrides.value.filter((entry) => entry.id !== id)
  }

  return {
    status, storageProblem, quarantineNotices, organizations, assessments, catalogueOverrides, selection,
    currentOrganization, currentAssessment, catalogueLookup, shippedCatalogue, currentCatalogueOverrides, analysis,
    previousAssessment, previousAnalysis,
    yearsOf, catalogueOverridesOf, effectiveCatalogue, analysisOf, load, select, saveImported, updateOrganization,
    updateAssessment, setOverride, setThreshold,
    saveCatalogueOverrides, replaceCatalogueSettings, resetCatalogue, addManualYear, deleteAssessment,
  }
})

function upsert<T extends { id: string }>(list: T[], value: T): void {
  const index = list.findIndex((entry) => entry.id === value.id)
  if (index >= 0) list.splice(index, 1, value)
  else list.push(value)
}

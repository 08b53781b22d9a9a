import { defineStore } from 'pinia'
import { computed, markRaw, ref, shallowRef } from 'vue'
import { analyseAssessment, catalogueFor, type Analysis } from '@/domain'
import { assessmentId, type AssessmentRecord, type Organization } from '@/domain/workspace'
import type { Flag } from '@/domain/flags'
import { ASSESSMENT, ORGANIZATION, documentStore, type DocumentStore } from '@/storage'
import { demoWorkspace } from '@/app/demo-workspace'

export type WorkspaceStatus = 'loading' | 'ready' | 'unsaved'

export interface Selection {
  organizationId: string
  fiscalYear: number
}

/**
 * Documents are kept raw (markRaw) inside the reactive lists: they are never changed in place (every
 * update saves a new document and replaces it in the list), and deep proxies over every score of a
 * provincial import (10,000 assessments) made each list or switcher redraw take seconds.
 */

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

  const catalogueLookup = computed(() => currentAssessment.value ? catalogueFor(currentAssessment.value.scores.fiscalYear) : null)

  const analysis = computed<Analysis | null>(() => {
    const record = currentAssessment.value
    const lookup = catalogueLookup.value
    if (!record || !lookup) return null
    return analyseAssessment(lookup.catalogue, record.scores, {
      threshold: record.threshold,
      overrides: record.overrides,
    })
  })

  async function load(): Promise<void> {
    status.value = 'loading'
    try {
      const opened = await documentStore()
      store.value = opened
      if (await opened.isEmpty()) await seedDemo(opened)
      const [orgs, records] = await Promise.all([opened.list(ORGANIZATION), opened.list(ASSESSMENT)])
      organizations.value = orgs.documents.map(markRaw)
      assessments.value = records.documents.map(markRaw)
      quarantineNotices.value = [...orgs.quarantined, ...records.quarantined].map((entry) => `${entry.id}: ${entry.reason}`)
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

  async function seedDemo(opened: DocumentStore): Promise<void> {
    const demo = demoWorkspace()
    await opened.putMany([
      { kind: ORGANIZATION, id: demo.organization.id, organizationId: demo.organization.id, data: demo.organization },
      ...demo.assessments.map((record) => ({ kind: ASSESSMENT, id: record.id, organizationId: record.organizationId, data: record })),
    ])
  }

  function firstSelection(): Selection | null {
    const first = [...assessments.value].sort((a, b) => b.scores.fiscalYear - a.scores.fiscalYear)[0]
    return first ? { organizationId: first.organizationId, fiscalYear: first.scores.fiscalYear } : null
  }

  async function select(organizationId: string, fiscalYear: number): Promise<void> {
    selection.value = { organizationId, fiscalYear }
    // A plain object: IndexedDB cannot clone the reactive proxy `selection.value` is (DataCloneError).
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

  // ---- import and its one-step undo ----

  /** What the last import replaced, kept in memory until it is undone or another import replaces it. */
  const lastImport = shallowRef<ImportUndo | null>(null)

  /**
   * Saves an import's organisations and assessments in one transaction (all or nothing, validated
   * first), remembers the documents they replace for `undoImport`, then opens `open`.
   */
  async function applyImport(plan: { organizations: Organization[]; records: AssessmentRecord[] }, open: Selection | null): Promise<void> {
    const organizationsBefore = new Map(organizations.value.map((organization) => [organization.id, organization]))
    const assessmentsBefore = new Map(assessments.value.map((record) => [record.id, record]))
    const undo: ImportUndo = {
      organizations: plan.organizations.map((organization) => ({ id: organization.id, before: organizationsBefore.get(organization.id) ?? null })),
      assessments: plan.records.map((record) => ({ id: record.id, organizationId: record.organizationId, before: assessmentsBefore.get(record.id) ?? null })),
      selection: selection.value,
    }
    await store.value?.writeMany([
      ...plan.organizations.map((organization) => ({ kind: ORGANIZATION, id: organization.id, organizationId: organization.id, data: organization })),
      ...plan.records.map((record) => ({ kind: ASSESSMENT, id: record.id, organizationId: record.organizationId, data: record })),
    ], [])
    organizations.value = replaceAll(organizations.value, plan.organizations, [])
    assessments.value = replaceAll(assessments.value, plan.records, [])
    lastImport.value = undo
    if (open) await select(open.organizationId, open.fiscalYear)
  }

  /** Puts back what the last import replaced and removes what it added, in one transaction. */
  async function undoImport(): Promise<void> {
    const undo = lastImport.value
    if (!undo) return
    const restoredOrganizations = undo.organizations.flatMap((entry) => (entry.before ? [entry.before] : []))
    const restoredAssessments = undo.assessments.flatMap((entry) => (entry.before ? [entry.before] : []))
    const addedOrganizations = undo.organizations.filter((entry) => !entry.before).map((entry) => entry.id)
    const addedAssessments = undo.assessments.filter((entry) => !entry.before).map((entry) => entry.id)
    await store.value?.writeMany([
      ...restoredOrganizations.map((organization) => ({ kind: ORGANIZATION, id: organization.id, organizationId: organization.id, data: organization })),
      ...restoredAssessments.map((record) => ({ kind: ASSESSMENT, id: record.id, organizationId: record.organizationId, data: record })),
    ], [
      ...addedAssessments.map((id) => ({ kind: ASSESSMENT, id })),
      ...addedOrganizations.map((id) => ({ kind: ORGANIZATION, id })),
    ])
    organizations.value = replaceAll(organizations.value, restoredOrganizations, addedOrganizations)
    assessments.value = replaceAll(assessments.value, restoredAssessments, addedAssessments)
    lastImport.value = null
    const back = undo.selection && assessments.value.some((record) => record.id === assessmentId(undo.selection!.organizationId, undo.selection!.fiscalYear))
      ? undo.selection
      : firstSelection()
    if (back) await select(back.organizationId, back.fiscalYear)
    else selection.value = null
  }

  return {
    status, storageProblem, quarantineNotices, organizations, assessments, selection,
    currentOrganization, currentAssessment, catalogueLookup, analysis,
    yearsOf, load, select, saveImported, updateAssessment, setOverride, setThreshold,
    lastImport, applyImport, undoImport,
  }
})

/** The documents an import replaced (null: it added the document). */
export interface ImportUndo {
  organizations: Array<{ id: string; before: Organization | null }>
  assessments: Array<{ id: string; organizationId: string; before: AssessmentRecord | null }>
  selection: Selection | null
}

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

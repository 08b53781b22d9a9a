import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { analyseAssessment, catalogueFor, type Analysis } from '@/domain'
import { assessmentId, type AssessmentRecord, type Organization } from '@/domain/workspace'
import type { Flag } from '@/domain/flags'
import { ASSESSMENT, ORGANIZATION, type DocumentWrite } from '@/storage'
import { demoWorkspace } from '@/app/demo-workspace'
import { usePersistenceStore, type SaveResult } from './persistence'

export type WorkspaceStatus = 'loading' | 'ready' | 'unsaved'

interface Selection {
  organizationId: string
  fiscalYear: number
}

/**
 * Organisations, their assessments per fiscal year, and which one is open. State plus calls into the
 * domain core and the persistence store; no scoring, parsing or formatting here.
 */
export const useWorkspaceStore = defineStore('workspace', () => {
  const persistence = usePersistenceStore()
  const status = ref<WorkspaceStatus>('loading')
  /** Thai message when storage is refused or full: the app then works on what is in memory. */
  const storageProblem = computed(() => persistence.problem)
  const quarantineNotices = ref<string[]>([])
  const organizations = ref<Organization[]>([])
  const assessments = ref<AssessmentRecord[]>([])
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
    // Never fails: when the browser refuses storage the persistence store keeps documents in memory and says so.
    const backend = await persistence.open()
    if (await backend.isEmpty()) await seedDemo()
    await refresh()
    const saved = await persistence.getMeta<Selection>('selection')
    selection.value = saved && assessments.value.some((record) => record.id === assessmentId(saved.organizationId, saved.fiscalYear))
      ? saved
      : firstSelection()
    status.value = backend.persistent ? 'ready' : 'unsaved'
  }

  /** Reads organisations and assessments again (after another tab, a restore or a conflict changed them). */
  async function refresh(): Promise<void> {
    const [orgs, records] = await Promise.all([persistence.list(ORGANIZATION), persistence.list(ASSESSMENT)])
    organizations.value = orgs.documents
    assessments.value = records.documents
    quarantineNotices.value = [...quarantineNotices.value, ...[...orgs.quarantined, ...records.quarantined].map((entry) => `${entry.id}: ${entry.reason}`)]
    const chosen = selection.value
    if (chosen && !assessments.value.some((record) => record.id === assessmentId(chosen.organizationId, chosen.fiscalYear))) {
      selection.value = firstSelection()
    }
  }

  persistence.onDocumentsChanged((changes) => {
    if (status.value === 'loading') return
    if (changes === 'all' || changes.some((change) => change.kind === ORGANIZATION.kind || change.kind === ASSESSMENT.kind)) void refresh()
  })

  async function seedDemo(): Promise<void> {
    const demo = demoWorkspace()
    await persistence.saveDocuments([
      { kind: ORGANIZATION, id: demo.organization.id, organizationId: demo.organization.id, data: demo.organization },
      ...demo.assessments.map((record) => ({ kind: ASSESSMENT, id: record.id, organizationId: record.organizationId, data: record })),
    ], { seeding: true })
  }

  function firstSelection(): Selection | null {
    const first = [...assessments.value].sort((a, b) => b.scores.fiscalYear - a.scores.fiscalYear)[0]
    return first ? { organizationId: first.organizationId, fiscalYear: first.scores.fiscalYear } : null
  }

  async function select(organizationId: string, fiscalYear: number): Promise<void> {
    selection.value = { organizationId, fiscalYear }
    await persistence.setMeta('selection', selection.value)
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

  return {
    status, storageProblem, quarantineNotices, organizations, assessments, selection,
    currentOrganization, currentAssessment, catalogueLookup, analysis,
    yearsOf, load, refresh, select, saveImported, updateAssessment, assessmentRevision, setOverride, setThreshold,
  }
})

function upsert<T extends { id: string }>(list: T[], value: T): void {
  const index = list.findIndex((entry) => entry.id === value.id)
  if (index >= 0) list.splice(index, 1, value)
  else list.push(value)
}

import { defineStore } from 'pinia'
import { computed, ref, watch } from 'vue'
import {
  FollowUpSchema, acceptMeasure, addMeasure, confirmName, carryOverToNextYear, combineLibrary, draftMeasurePlan, emptyFollowUp,
  measureFromLibrary, measurePlanId, moveMeasure, newCustomMeasure, removeMeasure, restoreMeasure, setFollowUpEntry, templateFromMeasure,
  updateMeasure, type Analysis, type CarryOverResult, type DraftSummary, type FollowUp, type FollowUpEntryInput, type Measure, type MeasurePlan,
  type MeasureTemplate,
} from '@/domain'
import { assessmentId } from '@/domain/workspace'
import { FOLLOW_UP, MEASURE_LIBRARY_EXTENSION, MEASURE_PLAN, type DocumentKind } from '@/storage'
import { usePersistenceStore, type SaveResult } from './persistence'
import { useWorkspaceStore } from './workspace'
import { inOrder } from './in-order'

const MY_KINDS: readonly string[] = [MEASURE_PLAN.kind, FOLLOW_UP.kind, MEASURE_LIBRARY_EXTENSION.kind]

/**
 * The open organisation's measure plans (one per fiscal year), their follow-up, and its own measure
 * templates. Every change goes through a pure domain function, shows at once and is saved in order
 * through the persistence store (in memory when the browser refuses storage).
 *
 * A change that cannot be saved (another tab saved first, storage full) is taken back: the saved
 * documents are shown again, and on a conflict `saveError` says so beside the table. Editors keep
 * what the user typed to apply again. Changes from other tabs, a restore or a deletion are reloaded.
 */
export const useMeasuresStore = defineStore('measures', () => {
  const workspace = useWorkspaceStore()
  const persistence = usePersistenceStore()
  const plans = ref<MeasurePlan[]>([])
  const followUps = ref<FollowUp[]>([])
  const ownTemplates = ref<MeasureTemplate[]>([])
  const loadedFor = ref<string | null>(null)
  /** The organisation whose plans are in memory (set once its documents are read). */
  const readyFor = ref<string | null>(null)
  /** Why the last change was not saved, in Thai, when another tab saved first; null otherwise (storage full: the notice at the top says so). */
  /** 'conflict' when the last save lost to another tab's (the screen says so in Thai); null otherwise. */
  const saveError = ref<'conflict' | null>(null)
  /** The plan year chosen on the measures or follow-up screen; by default the open assessment's year + 1. */
  const chosenYear = ref<number | null>(null)
  const queue = inOrder()
  /** Counts the times the saved documents were read in place of those shown: a change made before is not saved. */
  let generation = 0

  const organization = computed(() => workspace.currentOrganization)
  const defaultYear = computed(() => (workspace.selection ? workspace.selection.fiscalYear + 1 : null))
  const planYear = computed(() => chosenYear.value ?? defaultYear.value)
  const planYears = computed(() => [...new Set([...plans.value.map((plan) => plan.fiscalYear), ...(defaultYear.value ? [defaultYear.value] : [])])].sort((a, b) => b - a))
  const currentPlan = computed(() => plans.value.find((plan) => plan.fiscalYear === planYear.value) ?? null)
  const currentFollowUp = computed(() => followUps.value.find((followUp) => followUp.fiscalYear === planYear.value) ?? null)
  const library = computed(() => combineLibrary(ownTemplates.value))

  /** The analysis of the assessment the plan answers (plan year - 1), when that result is saved. */
  const basedOnAnalysis = computed<Analysis | null>(() => {
    const org = organization.value
    const year = currentPlan.value?.basedOnAssessmentYear ?? (planYear.value ? planYear.value - 1 : null)
    if (!org || year === null) return null
    if (workspace.selection?.organizationId === org.id && workspace.selection.fiscalYear === year) return workspace.analysis
    const record = workspace.assessments.find((candidate) => candidate.id === assessmentId(org.id, year))
    if (!record) return null
    return workspace.analysisOf(record)
  })

  /** Which documents are saved at which revision, comparable: `kind id revision`, sorted. */
  function revisionList(documents: ReadonlyArray<readonly [kind: string, id: string, revision: number | null]>): string {
    return JSON.stringify(documents.filter(([, , revision]) => revision !== null).map(([kind, id, revision]) => `${kind} ${id} ${revision}`).sort())
  }

  /**
   * Shows the organisation's saved plans, follow-ups and templates in place of those shown. With
   * `unlessUnchanged`, what is shown stays when nothing was saved elsewhere since it was read here
   * (a notice of another organisation's change, or one already read).
   */
  async function read(organizationId: string, unlessUnchanged = false): Promise<void> {
    // The documents shown, at the revisions last read or saved here (one not saved yet has none).
    const before = revisionList([
      ...plans.value.map((plan) => [MEASURE_PLAN.kind, plan.id, persistence.revisionOf(MEASURE_PLAN, plan.id)] as const),
      ...followUps.value.map((followUp) => [FOLLOW_UP.kind, followUp.id, persistence.revisionOf(FOLLOW_UP, followUp.id)] as const),
      [MEASURE_LIBRARY_EXTENSION.kind, organizationId, persistence.revisionOf(MEASURE_LIBRARY_EXTENSION, organizationId)] as const,
    ])
    const [planDocs, followUpDocs, extension] = await Promise.all([
      persistence.list(MEASURE_PLAN, organizationId), persistence.list(FOLLOW_UP, organizationId), persistence.get(MEASURE_LIBRARY_EXTENSION, organizationId),
    ])
    if (loadedFor.value !== organizationId) return
    const now = revisionList([
      ...planDocs.entries.map((entry) => [MEASURE_PLAN.kind, entry.id, entry.revision] as const),
      ...followUpDocs.entries.map((entry) => [FOLLOW_UP.kind, entry.id, entry.revision] as const),
      [MEASURE_LIBRARY_EXTENSION.kind, organizationId, extension ? persistence.revisionOf(MEASURE_LIBRARY_EXTENSION, organizationId) : null] as const,
    ])
    if (!(unlessUnchanged && readyFor.value === organizationId && now === before)) {
      plans.value = planDocs.documents
      followUps.value = followUpDocs.documents
      ownTemplates.value = extension?.templates ?? []
      generation++
    }
    readyFor.value = organizationId
  }

  async function load(organizationId: string): Promise<void> {
    loadedFor.value = organizationId
    chosenYear.value = null
    saveError.value = null
    await queue(() => (loadedFor.value === organizationId ? read(organizationId) : Promise.resolve()))
  }

  watch(() => organization.value?.id, (id) => {
    if (id && id !== loadedFor.value) void load(id)
  }, { immediate: true })

  persistence.onDocumentsChanged((changes) => {
    const organizationId = loadedFor.value
    if (!organizationId) return
    if (changes === 'all' || changes.some((change) => MY_KINDS.includes(change.kind))) {
      // After a restore the revisions known here are already the restored ones: read it all again.
      void queue(() => (loadedFor.value === organizationId ? read(organizationId, changes !== 'all') : Promise.resolve()))
    }
  })

  /**
   * Saves a document after the changes before it. Not saved: the saved documents are shown again (a
   * change made on what was shown before them is not saved either), and a conflict is said beside the table.
   */
  function persist<T extends { id: string; organizationId: string }>(kind: DocumentKind<T>, data: T): Promise<SaveResult> {
    const madeOn = generation
    // Counted as a write from now (not from its turn in the queue): leaving the page asks meanwhile.
    return persistence.whileWriting(queue(async () => {
      if (madeOn !== generation) {
        saveError.value = 'conflict'
        return { ok: false, reason: 'conflict', conflicts: [] }
      }
      const result = await persistence.saveDocument(kind, data.id, data.organizationId, data)
      saveError.value = !result.ok && result.reason === 'conflict' ? 'conflict' : null
      if (!result.ok && loadedFor.value) await read(loadedFor.value)
      return result
    }))
  }

  /** Shows the plan at once, then saves it. */
  async function savePlan(plan: MeasurePlan): Promise<SaveResult> {
    upsert(plans.value, plan)
    return persist(MEASURE_PLAN, plan)
  }

  async function saveFollowUp(followUp: FollowUp): Promise<SaveResult> {
    upsert(followUps.value, followUp)
    return persist(FOLLOW_UP, followUp)
  }

  /** The open plan, or an empty one for the chosen year. */
  function planOrEmpty(): MeasurePlan | null {
    const org = organization.value
    const year = planYear.value
    if (!org || year === null) return null
    return currentPlan.value ?? { id: measurePlanId(org.id, year), organizationId: org.id, fiscalYear: year, basedOnAssessmentYear: year - 1, measures: [], dismissedTemplates: [], confirmedNames: [] }
  }

  function change(edit: (plan: MeasurePlan) => MeasurePlan): Promise<SaveResult | null> {
    const plan = planOrEmpty()
    return plan ? savePlan(edit(plan)) : Promise.resolve(null)
  }

  /** Drafts (again) from the analysis; rows the committee edited, accepted or added are kept as they are. Null unless saved. */
  async function draft(earliestMonth?: string): Promise<DraftSummary | null> {
    const analysis = basedOnAnalysis.value
    const org = organization.value
    if (!analysis || !org) return null
    const result = draftMeasurePlan(analysis, library.value, org, currentPlan.value, { earliestMonth })
    return (await savePlan(result.plan)).ok ? result.summary : null
  }

  const improveCodes = computed(() => new Set(basedOnAnalysis.value?.items.filter((item) => item.flag === 'improve').map((item) => item.code) ?? []))

  /** Adds an empty row; the row once saved, else null. */
  async function addCustom(issueGroup: number | null): Promise<Measure | null> {
    const plan = planOrEmpty()
    if (!plan) return null
    const measure = newCustomMeasure(plan, issueGroup)
    return (await savePlan(addMeasure(plan, measure))).ok ? measure : null
  }

  async function addFromLibrary(template: MeasureTemplate): Promise<SaveResult | null> {
    const units = organization.value?.units ?? []
    return change((plan) => addMeasure(plan, measureFromLibrary(plan, template, units, improveCodes.value)))
  }

  /** Removes a row; what was removed (to undo) once saved, else null. */
  async function remove(id: string): Promise<{ measure: Measure; index: number } | null> {
    const plan = currentPlan.value
    if (!plan) return null
    const { plan: without, removed, index } = removeMeasure(plan, id)
    return (await savePlan(without)).ok && removed ? { measure: removed, index } : null
  }

  /** Saves one follow-up entry into the open plan's follow-up. */
  async function setEntry(entry: FollowUpEntryInput): Promise<SaveResult | null> {
    const plan = currentPlan.value
    if (!plan) return null
    return saveFollowUp(setFollowUpEntry(currentFollowUp.value ?? emptyFollowUp(plan), entry))
  }

  /**
   * Changes the follow-up of an organisation's year and saves it: the one document holding the rounds
   * of both the measure plan and the action plan (created empty when the year has none yet).
   */
  async function changeFollowUp(owner: { organizationId: string; fiscalYear: number }, edit: (followUp: FollowUp) => FollowUp): Promise<SaveResult> {
    const saved = followUps.value.find((followUp) => followUp.organizationId === owner.organizationId && followUp.fiscalYear === owner.fiscalYear)
    const base = saved ?? FollowUpSchema.parse({ id: measurePlanId(owner.organizationId, owner.fiscalYear), organizationId: owner.organizationId, fiscalYear: owner.fiscalYear, entries: [] })
    return saveFollowUp(edit(base))
  }

  /** Starts next year's plan with the measures not done (or adds them to it) and opens it; null unless saved. */
  async function startNextYear(): Promise<CarryOverResult | null> {
    const plan = currentPlan.value
    if (!plan) return null
    const next = plans.value.find((candidate) => candidate.fiscalYear === plan.fiscalYear + 1) ?? null
    const result = carryOverToNextYear(plan, currentFollowUp.value, next)
    if (!(await savePlan(result.plan)).ok) return null
    chosenYear.value = result.plan.fiscalYear
    return result
  }

  /** Keeps a measure as a template of the organisation's own library; the template once saved, else null. */
  async function saveAsTemplate(measure: Measure): Promise<MeasureTemplate | null> {
    const org = organization.value
    const plan = currentPlan.value
    if (!org || !plan) return null
    const template = templateFromMeasure(measure, ownTemplates.value, plan.basedOnAssessmentYear, org.shortName || org.name)
    ownTemplates.value = [...ownTemplates.value, template]
    const saved = await persist(MEASURE_LIBRARY_EXTENSION, { id: org.id, organizationId: org.id, templates: ownTemplates.value })
    return saved.ok ? template : null
  }

  return {
    plans, followUps, ownTemplates, saveError, chosenYear, readyFor,
    planYear, planYears, currentPlan, currentFollowUp, library, basedOnAnalysis, improveCodes,
    load, savePlan, changeFollowUp, draft, addCustom, addFromLibrary, remove, setEntry, startNextYear, saveAsTemplate,
    accept: (id: string) => change((plan) => acceptMeasure(plan, id)),
    update: (measure: Measure) => change((plan) => updateMeasure(plan, measure)),
    move: (id: string, step: -1 | 1) => change((plan) => moveMeasure(plan, id, step)),
    restore: (measure: Measure, index: number) => change((plan) => restoreMeasure(plan, measure, index)),
    confirmName: (text: string, confirmed: boolean) => change((plan) => confirmName(plan, text, confirmed)),
  }
})

function upsert<T extends { id: string }>(list: T[], value: T): void {
  const index = list.findIndex((entry) => entry.id === value.id)
  if (index >= 0) list.splice(index, 1, value)
  else list.push(value)
}

import { defineStore } from 'pinia'
import { computed, ref, watch } from 'vue'
import {
  acceptMeasure, addMeasure, carryOverToNextYear, combineLibrary, draftMeasurePlan, emptyFollowUp,
  measureFromLibrary, measurePlanId, moveMeasure, newCustomMeasure, removeMeasure, restoreMeasure, setFollowUpEntry, templateFromMeasure,
  updateMeasure, type Analysis, type CarryOverResult, type DraftSummary, type FollowUp, type FollowUpEntry, type Measure, type MeasurePlan,
  type MeasureTemplate,
} from '@/domain'
import { assessmentId } from '@/domain/workspace'
import { DEMO_ORGANIZATION_ID, demoMeasurePlans } from '@/app/demo-workspace'
import { FOLLOW_UP, MEASURE_LIBRARY_EXTENSION, MEASURE_PLAN, documentStore, type DocumentKind } from '@/storage'
import { useWorkspaceStore } from './workspace'

const SAVE_FAILED = 'บันทึกไม่สำเร็จ การแก้ไขล่าสุดยังอยู่บนหน้าจอแต่ยังไม่ได้บันทึกลงเครื่อง กรุณาลองอีกครั้งหรือส่งออกไฟล์ไว้ก่อน'

/**
 * The open organisation's measure plans (one per fiscal year), their follow-up, and its own measure
 * templates. Every change goes through a pure domain function and is saved at once; when the browser
 * refuses storage the app keeps working on what is in memory and says so.
 */
export const useMeasuresStore = defineStore('measures', () => {
  const workspace = useWorkspaceStore()
  const plans = ref<MeasurePlan[]>([])
  const followUps = ref<FollowUp[]>([])
  const ownTemplates = ref<MeasureTemplate[]>([])
  const loadedFor = ref<string | null>(null)
  /** The organisation whose plans are in memory (set once its documents are read). */
  const readyFor = ref<string | null>(null)
  const saveError = ref<string | null>(null)
  const quarantineNotices = ref<string[]>([])
  /** The plan year chosen on the measures or follow-up screen; by default the open assessment's year + 1. */
  const chosenYear = ref<number | null>(null)

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

  async function load(organizationId: string): Promise<void> {
    loadedFor.value = organizationId
    chosenYear.value = null
    try {
      const opened = await documentStore()
      const [planDocs, followUpDocs, extension] = await Promise.all([
        opened.list(MEASURE_PLAN, organizationId), opened.list(FOLLOW_UP, organizationId), opened.get(MEASURE_LIBRARY_EXTENSION, organizationId),
      ])
      if (loadedFor.value !== organizationId) return
      plans.value = planDocs.documents
      followUps.value = followUpDocs.documents
      ownTemplates.value = extension?.templates ?? []
      quarantineNotices.value = [...planDocs.quarantined, ...followUpDocs.quarantined].map((entry) => `${entry.id}: ${entry.reason}`)
    } catch {
      plans.value = organizationId === DEMO_ORGANIZATION_ID ? await demoMeasurePlans() : []
      followUps.value = []
      ownTemplates.value = []
    }
    if (loadedFor.value === organizationId) readyFor.value = organizationId
  }

  watch(() => organization.value?.id, (id) => {
    if (id && id !== loadedFor.value) void load(id)
  }, { immediate: true })

  async function persist<T>(kind: DocumentKind<T>, id: string, organizationId: string, data: T): Promise<void> {
    // Storage already refused at start: the workspace says so once; work goes on in memory.
    if (workspace.status === 'unsaved') return
    try {
      await (await documentStore()).put(kind, id, organizationId, data)
      saveError.value = null
    } catch {
      saveError.value = SAVE_FAILED
    }
  }

  /** Shows the plan at once, then saves it. */
  async function savePlan(plan: MeasurePlan): Promise<void> {
    upsert(plans.value, plan)
    await persist(MEASURE_PLAN, plan.id, plan.organizationId, plan)
  }

  async function saveFollowUp(followUp: FollowUp): Promise<void> {
    upsert(followUps.value, followUp)
    await persist(FOLLOW_UP, followUp.id, followUp.organizationId, followUp)
  }

  /** The open plan, or an empty one for the chosen year. */
  function planOrEmpty(): MeasurePlan | null {
    const org = organization.value
    const year = planYear.value
    if (!org || year === null) return null
    return currentPlan.value ?? { id: measurePlanId(org.id, year), organizationId: org.id, fiscalYear: year, basedOnAssessmentYear: year - 1, measures: [], dismissedTemplates: [] }
  }

  function change(edit: (plan: MeasurePlan) => MeasurePlan): Promise<void> {
    const plan = planOrEmpty()
    return plan ? savePlan(edit(plan)) : Promise.resolve()
  }

  /** Drafts (again) from the analysis; rows the committee edited, accepted or added are kept as they are. */
  async function draft(earliestMonth?: string): Promise<DraftSummary | null> {
    const analysis = basedOnAnalysis.value
    const org = organization.value
    if (!analysis || !org) return null
    const result = draftMeasurePlan(analysis, library.value, org, currentPlan.value, { earliestMonth })
    await savePlan(result.plan)
    return result.summary
  }

  const improveCodes = computed(() => new Set(basedOnAnalysis.value?.items.filter((item) => item.flag === 'improve').map((item) => item.code) ?? []))

  async function addCustom(issueGroup: number | null): Promise<Measure | null> {
    const plan = planOrEmpty()
    if (!plan) return null
    const measure = newCustomMeasure(plan, issueGroup)
    await savePlan(addMeasure(plan, measure))
    return measure
  }

  async function addFromLibrary(template: MeasureTemplate): Promise<void> {
    const units = organization.value?.units ?? []
    await change((plan) => addMeasure(plan, measureFromLibrary(plan, template, units, improveCodes.value)))
  }

  async function remove(id: string): Promise<{ measure: Measure; index: number } | null> {
    const plan = currentPlan.value
    if (!plan) return null
    const { plan: without, removed, index } = removeMeasure(plan, id)
    await savePlan(without)
    return removed ? { measure: removed, index } : null
  }

  async function setEntry(entry: FollowUpEntry): Promise<void> {
    const plan = currentPlan.value
    if (!plan) return
    await saveFollowUp(setFollowUpEntry(currentFollowUp.value ?? emptyFollowUp(plan), entry))
  }

  /** Starts next year's plan with the measures not done (or adds them to it) and opens it. */
  async function startNextYear(): Promise<CarryOverResult | null> {
    const plan = currentPlan.value
    if (!plan) return null
    const next = plans.value.find((candidate) => candidate.fiscalYear === plan.fiscalYear + 1) ?? null
    const result = carryOverToNextYear(plan, currentFollowUp.value, next)
    await savePlan(result.plan)
    chosenYear.value = result.plan.fiscalYear
    return result
  }

  /** Keeps a measure as a template of the organisation's own library. */
  async function saveAsTemplate(measure: Measure): Promise<MeasureTemplate | null> {
    const org = organization.value
    const plan = currentPlan.value
    if (!org || !plan) return null
    const template = templateFromMeasure(measure, ownTemplates.value, plan.basedOnAssessmentYear, org.shortName || org.name)
    ownTemplates.value = [...ownTemplates.value, template]
    await persist(MEASURE_LIBRARY_EXTENSION, org.id, org.id, { id: org.id, organizationId: org.id, templates: ownTemplates.value })
    return template
  }

  return {
    plans, followUps, ownTemplates, saveError, quarantineNotices, chosenYear, readyFor,
    planYear, planYears, currentPlan, currentFollowUp, library, basedOnAnalysis, improveCodes,
    load, savePlan, draft, addCustom, addFromLibrary, remove, setEntry, startNextYear, saveAsTemplate,
    accept: (id: string) => change((plan) => acceptMeasure(plan, id)),
    update: (measure: Measure) => change((plan) => updateMeasure(plan, measure)),
    move: (id: string, step: -1 | 1) => change((plan) => moveMeasure(plan, id, step)),
    restore: (measure: Measure, index: number) => change((plan) => restoreMeasure(plan, measure, index)),
  }
})

function upsert<T extends { id: string }>(list: T[], value: T): void {
  const index = list.findIndex((entry) => entry.id === value.id)
  if (index >= 0) list.splice(index, 1, value)
  else list.push(value)
}

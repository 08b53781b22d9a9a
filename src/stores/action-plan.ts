import { defineStore } from 'pinia'
import { computed, ref, watch } from 'vue'
import {
  addEntry, cycleFor, draftActionPlan, moveEntry, newOwnMeasure, ownMeasureFromTemplate, removeEntry, replaceWithImported, resolveActionPlan,
  restoreEntry, updateOwnEntry, type ActionPlan, type ActionPlanEntry, type PlanDraftOptions, type PlanDraftSummary,
} from '@/domain/action-plan'
import {
  followUpEntry, measurePlanId, setFollowUpEntry, type FollowUp, type FollowUpEntry, type FollowUpRound, type Measure, type MeasureTemplate,
} from '@/domain/measures'
import type { ImportedResult } from '@/import/plan-entries'
import { ACTION_PLAN } from '@/storage'
import { usePersistenceStore, type SaveResult } from './persistence'
import { useWorkspaceStore } from './workspace'
import { useMeasuresStore } from './measures'
import { inOrder } from './in-order'

/** What an import replaced: the plan before (null: none), and the follow-up before when the import wrote results. */
export interface ImportUndo {
  before: ActionPlan | null
  followUpBefore?: FollowUp | null
  /** How many entries the import brought. */
  count: number
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}

/** The details of a plan the committee sets apart from its entries. */
export type PlanDetails = Partial<Pick<ActionPlan, 'announcement' | 'asOf' | 'issuer' | 'cycleId'>>

/**
 * The open organisation's anti-corruption action plans (one per fiscal year), saved as `action-plan`
 * documents exactly as the measures store saves its plans: every change through a pure domain
 * function, shown at once, saved in order; a change that is not saved is taken back (the saved plans
 * are shown again, a conflict said beside the table); other tabs' saves, a restore or a deletion are
 * read again.
 *
 * The plan's integrity measures are the measure plan's own records: an edit of one is saved into the
 * measure plan through the measures store, so it changes on both screens. The rounds' results are the
 * same year's follow-up document, also saved through the measures store.
 */
export const useActionPlanStore = defineStore('action-plan', () => {
  const workspace = useWorkspaceStore()
  const persistence = usePersistenceStore()
  const measures = useMeasuresStore()
  const plans = ref<ActionPlan[]>([])
  const loadedFor = ref<string | null>(null)
  /** The organisation whose plans are in memory (set once its documents are read). */
  const readyFor = ref<string | null>(null)
  /** Why the last change was not saved, in Thai, when another tab saved first; null otherwise. */
  /** 'conflict' when the last save lost to another tab's (the screen says so in Thai); null otherwise. */
  const saveError = ref<'conflict' | null>(null)
  /** The last import of this page's life, to undo (as the ITA import's `lastImport`); null once undone or dismissed. */
  const lastImport = ref<ImportUndo | null>(null)
  const queue = inOrder()
  let generation = 0

  const organization = computed(() => workspace.currentOrganization)
  /** The year shown is the measures screens' year: the plan runs in the same year as the integrity measures it includes. */
  const planYear = computed(() => measures.planYear)
  const planYears = computed(() => [...new Set([...measures.planYears, ...plans.value.map((plan) => plan.fiscalYear)])].sort((a, b) => b - a))
  const currentPlan = computed(() => plans.value.find((plan) => plan.fiscalYear === planYear.value) ?? null)
  const lastYearPlan = computed(() => plans.value.find((plan) => plan.fiscalYear === (planYear.value ?? 0) - 1) ?? null)
  /** Each entry's measure and where it lives; a reference whose measure is gone is kept (the checks report it). */
  const resolved = computed(() => (currentPlan.value ? resolveActionPlan(currentPlan.value, measures.currentPlan) : []))
  const ready = computed(() => readyFor.value !== null && readyFor.value === organization.value?.id && measures.readyFor === organization.value?.id)

  function revisionList(documents: ReadonlyArray<readonly [id: string, revision: number | null]>): string {
    return JSON.stringify(documents.filter(([, revision]) => revision !== null).map(([id, revision]) => `${id} ${revision}`).sort())
  }

  async function read(organizationId: string, unlessUnchanged = false): Promise<void> {
    const before = revisionList(plans.value.map((plan) => [plan.id, persistence.revisionOf(ACTION_PLAN, plan.id)] as const))
    const saved = await persistence.list(ACTION_PLAN, organizationId)
    if (loadedFor.value !== organizationId) return
    const now = revisionList(saved.entries.map((entry) => [entry.id, entry.revision] as const))
    if (!(unlessUnchanged && readyFor.value === organizationId && now === before)) {
      plans.value = saved.documents
      generation++
    }
    readyFor.value = organizationId
  }

  async function load(organizationId: string): Promise<void> {
    loadedFor.value = organizationId
    saveError.value = null
    lastImport.value = null
    await queue(() => (loadedFor.value === organizationId ? read(organizationId) : Promise.resolve()))
  }

  watch(() => organization.value?.id, (id) => {
    if (id && id !== loadedFor.value) void load(id)
  }, { immediate: true })

  persistence.onDocumentsChanged((changes) => {
    const organizationId = loadedFor.value
    if (!organizationId) return
    if (changes === 'all' || changes.some((change) => change.kind === ACTION_PLAN.kind)) {
      void queue(() => (loadedFor.value === organizationId ? read(organizationId, changes !== 'all') : Promise.resolve()))
    }
  })

  /** Saves after the changes before it; not saved: the saved plans are shown again. */
  function persist(plan: ActionPlan): Promise<SaveResult> {
    const madeOn = generation
    return persistence.whileWriting(queue(async () => {
      if (madeOn !== generation) {
        saveError.value = 'conflict'
        return { ok: false, reason: 'conflict', conflicts: [] }
      }
      const result = await persistence.saveDocument(ACTION_PLAN, plan.id, plan.organizationId, plan)
      saveError.value = !result.ok && result.reason === 'conflict' ? 'conflict' : null
      if (!result.ok && loadedFor.value) await read(loadedFor.value)
      return result
    }))
  }

  function savePlan(plan: ActionPlan): Promise<SaveResult> {
    const index = plans.value.findIndex((entry) => entry.id === plan.id)
    if (index >= 0) plans.value.splice(index, 1, plan)
    else plans.value.push(plan)
    return persist(plan)
  }

  /** The open plan, or an empty one for the year (in the year's cycle, shown for 30 days). */
  function planOrEmpty(): ActionPlan | null {
    const org = organization.value
    const year = planYear.value
    if (!org || year === null) return null
    return currentPlan.value ?? {
      id: measurePlanId(org.id, year), organizationId: org.id, fiscalYear: year, cycleId: cycleFor(year).id, entries: [],
      announcement: { date: null, signerName: '', signerPosition: '', displayDays: 30 }, asOf: null, issuer: { name: '', position: '' },
      dismissedTemplates: [], confirmedNames: [],
    }
  }

  function change(edit: (plan: ActionPlan) => ActionPlan): Promise<SaveResult | null> {
    const plan = planOrEmpty()
    return plan ? savePlan(edit(plan)) : Promise.resolve(null)
  }

  /**
   * Saves an entry's measure where it lives: an integrity measure into the measure plan (the same
   * record the measures screen shows), the plan's own into the plan.
   */
  function saveMeasure(measure: Measure): Promise<SaveResult | null> {
    const integrity = currentPlan.value?.entries.some((entry) => entry.ref === 'integrity' && entry.measureId === measure.id)
    return integrity ? measures.update(measure) : change((plan) => updateOwnEntry(plan, measure))
  }

  /** Adds an empty project of the plan's own; the measure once saved, else null. */
  async function addOwn(): Promise<Measure | null> {
    const plan = planOrEmpty()
    if (!plan) return null
    const measure = newOwnMeasure(plan)
    return (await savePlan(addEntry(plan, { ref: 'own', measure }))).ok ? measure : null
  }

  function addFromLibrary(template: MeasureTemplate): Promise<SaveResult | null> {
    const units = organization.value?.units ?? []
    return change((plan) => addEntry(plan, { ref: 'own', measure: ownMeasureFromTemplate(plan, template, units) }))
  }

  /** Includes one of the year's integrity measures, by reference. */
  function includeIntegrity(measureId: string): Promise<SaveResult | null> {
    return change((plan) => addEntry(plan, { ref: 'integrity', measureId }))
  }

  /** Takes an entry out; what was taken (to undo) once saved, else null. */
  async function remove(index: number): Promise<{ entry: ActionPlanEntry; index: number } | null> {
    const plan = currentPlan.value
    if (!plan) return null
    const { plan: without, removed } = removeEntry(plan, index)
    return removed && (await savePlan(without)).ok ? { entry: removed, index } : null
  }

  /**
   * Replaces the plan's entries with an imported table's (integrity references stay) and, for a results
   * table, puts its statuses and disbursed amounts in the round; what was there before, to undo, once
   * saved, else undefined.
   */
  async function importEntries(imported: readonly Measure[], results: readonly ImportedResult[] = [], round: FollowUpRound = 12): Promise<ImportUndo | undefined> {
    const before = currentPlan.value ? clone(currentPlan.value) : null
    const followUpBefore = measures.currentFollowUp ? clone(measures.currentFollowUp) : null
    const saved = await change((plan) => replaceWithImported(plan, imported))
    const plan = currentPlan.value
    if (!saved?.ok || !plan) return undefined
    if (results.length) {
      const resultsSaved = await measures.changeFollowUp(plan, (followUp) => results.reduce((next, result) => setFollowUpEntry(next, {
        ...followUpEntry(next, result.measureId, round), status: result.status ?? 'pending', disbursed: result.disbursed,
      }), followUp))
      if (!resultsSaved.ok) {
        // The round's results were refused: the import is all or nothing, so the plan goes back too.
        const restored = await change((next) => before ?? { ...next, entries: [] })
        if (restored && !restored.ok) lastImport.value = { before, followUpBefore: undefined, count: imported.length }
        return undefined
      }
    }
    lastImport.value = { before, followUpBefore: results.length ? followUpBefore : undefined, count: imported.length }
    return lastImport.value
  }

  /** Undoes an import: the plan (and the round's results) as they were; an empty plan when there was none. */
  async function undoImport(undo: ImportUndo | null = lastImport.value): Promise<SaveResult | null> {
    if (!undo) return null
    lastImport.value = null
    const result = await change((plan) => undo.before ?? { ...plan, entries: [] })
    // Refused: the import stays, and so does its undo, to try again.
    if (result && !result.ok) {
      lastImport.value = undo
      return result
    }
    const plan = currentPlan.value
    if (result?.ok && plan && undo.followUpBefore !== undefined) {
      const before = undo.followUpBefore
      const followUpResult = await measures.changeFollowUp(plan, (followUp) => before ?? { ...followUp, entries: followUp.entries.filter((entry) => !entry.measureId.startsWith('ap-')) })
      // The plan is back but the round's results are not: say not saved, and keep the undo to try again.
      if (!followUpResult.ok) {
        lastImport.value = { ...undo, before: currentPlan.value ? clone(currentPlan.value) : null }
        return followUpResult
      }
    }
    return result
  }

  /** Drafts the plan (again) from last year's plan, the library and the year's integrity measures; what it did once saved, else null. */
  async function draft(options: PlanDraftOptions): Promise<PlanDraftSummary | null> {
    const plan = planOrEmpty()
    if (!plan) return null
    const last = lastYearPlan.value
    const year = plan.fiscalYear - 1
    const result = draftActionPlan({
      plan,
      lastYear: last ? { plan: last, measurePlan: measures.plans.find((other) => other.fiscalYear === year) ?? null, followUp: measures.followUps.find((other) => other.fiscalYear === year) ?? null } : null,
      library: measures.library,
      units: organization.value?.units ?? [],
      measurePlan: measures.currentPlan,
      options,
    })
    return (await savePlan(result.plan)).ok ? result.summary : null
  }

  /** Saves one entry of a round into the year's follow-up. */
  function setRoundEntry(entry: FollowUpEntry): Promise<SaveResult | null> {
    const plan = planOrEmpty()
    return plan ? measures.changeFollowUp(plan, (followUp) => setFollowUpEntry(followUp, entry)) : Promise.resolve(null)
  }

  return {
    plans, readyFor, saveError, lastImport, planYear, planYears, currentPlan, lastYearPlan, resolved, ready,
    load, savePlan, saveMeasure, draft, addOwn, addFromLibrary, includeIntegrity, remove, importEntries, undoImport, setRoundEntry,
    restore: (entry: ActionPlanEntry, index: number) => change((plan) => restoreEntry(plan, entry, index)),
    move: (index: number, step: -1 | 1) => change((plan) => moveEntry(plan, index, step)),
    setDetails: (details: PlanDetails) => change((plan) => ({ ...plan, ...details })),
    confirmName: (text: string, confirmed: boolean) => change((plan) => {
      const name = text.trim().normalize('NFC')
      const others = plan.confirmedNames.filter((entry) => entry !== name)
      return { ...plan, confirmedNames: confirmed && name ? [...others, name] : others }
    }),
  }
})

import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import {
  draftGroupAnalysis, draftedText, editGroupText, keepEditedText, redraftGroupText, takeNewDraft, withGroupText,
  type GroupAnalysisDocument, type GroupText, type RedraftOutcome,
} from '@/domain/group-analysis'
import type { AssessmentRecord } from '@/domain/workspace'
import { toArabicDigits } from '@/domain/thai'
import { GROUP_ANALYSIS } from '@/storage'
import { usePersistenceStore, type SaveResult } from './persistence'
import { useWorkspaceStore } from './workspace'
import { useSettingsStore } from './settings'
import { useRecommendationsStore } from './recommendations'
import { inOrder } from './in-order'

/** One group's text before and after a change, to check the change against texts reloaded meanwhile. */
interface GroupChange {
  before: GroupText | null
  after: GroupText
}

const idOf = (document: GroupAnalysisDocument) => `${document.organizationId}:${document.fiscalYear}`
const sameText = (a: GroupText | null, b: GroupText | null) => JSON.stringify(a) === JSON.stringify(b)

/**
 * The seven issue groups' analysis texts of the open assessment: the saved text of each group, the
 * draft the figures give now, and new drafts waiting beside an edited text. State plus calls into
 * the domain (drafting, redraft rules) and the persistence store.
 *
 * Changes show at once and are saved in order. When another tab saved the texts first, nothing is
 * written: the saved texts are shown again and what was typed here waits in `unsaved`, to be saved
 * over them on purpose or dropped. Changes from other tabs, a restore or a deletion are reloaded.
 */
export const useGroupAnalysisStore = defineStore('group-analysis', () => {
  const workspace = useWorkspaceStore()
  const persistence = usePersistenceStore()
  const settings = useSettingsStore()
  const recommendations = useRecommendationsStore()

  const document = ref<GroupAnalysisDocument | null>(null)
  /** New drafts shown beside an edited text, by group, until the committee keeps its text or takes the draft. */
  const pending = ref<Record<number, string>>({})
  /** Texts typed here that were not saved because another tab saved first, by group, until saved over or dropped. */
  const unsaved = ref<Record<number, string>>({})
  const queue = inOrder()
  /** Counts the times the shown texts were replaced by the saved ones: a change made before is checked again. */
  let generation = 0

  const isCurrent = (saved: GroupAnalysisDocument | null) => saved !== null
    && workspace.currentAssessment?.organizationId === saved.organizationId
    && workspace.currentAssessment.scores.fiscalYear === saved.fiscalYear

  /** What drafting would write now for each group, from the current figures and recommendations. */
  const drafts = computed<ReadonlyMap<number, string>>(() => {
    const analysis = workspace.analysis
    const organization = workspace.currentOrganization
    if (!analysis) return new Map()
    const context = {
      organizationName: organization?.shortName || organization?.name || '',
      threshold: analysis.threshold,
      indicators: analysis.indicators,
      recommendationOf: (code: string) => recommendations.effective.get(code)?.text ?? null,
      digits: settings.digits,
    }
    return new Map(analysis.issueGroups.map((group) => [group.no, draftGroupAnalysis(group, context)]))
  })

  function entryOf(groupNo: number): GroupText | null {
    return isCurrent(document.value) ? document.value!.groups.find((entry) => entry.group === groupNo) ?? null : null
  }

  /** True when the figures (or recommendations) changed since the text's draft; digit style aside. */
  function isStale(groupNo: number): boolean {
    const entry = entryOf(groupNo)
    const draft = drafts.value.get(groupNo)
    return entry !== null && draft !== undefined && toArabicDigits(entry.draft) !== toArabicDigits(draft)
  }

  /**
   * Shows the saved texts of an assessment in place of those shown (none saved yet: no texts). With
   * `unlessUnchanged`, the texts shown stay when nothing was saved elsewhere since they were read here.
   */
  async function read(record: AssessmentRecord, unlessUnchanged = false): Promise<void> {
    const known = persistence.revisionOf(GROUP_ANALYSIS, record.id)
    const saved = await persistence.get(GROUP_ANALYSIS, record.id)
    if (workspace.currentAssessment?.id !== record.id) return
    if (unlessUnchanged && isCurrent(document.value) && persistence.revisionOf(GROUP_ANALYSIS, record.id) === known) return
    if (!isCurrent(document.value)) {
      pending.value = {}
      unsaved.value = {}
    }
    document.value = saved ?? { organizationId: record.organizationId, fiscalYear: record.scores.fiscalYear, groups: [] }
    generation++
  }

  /** Loads the open assessment's texts; a group without one gets its first draft, saved. */
  async function open(): Promise<void> {
    const record = workspace.currentAssessment
    if (!record) return
    await recommendations.open()
    await queue(async () => {
      if (!isCurrent(document.value) && workspace.currentAssessment?.id === record.id) await read(record)
    })
    await draftMissing()
  }

  /**
   * Reloads the shown texts after another tab, a restore or a conflict changed them (`everything`
   * after a restore, whose revisions are known here already).
   */
  async function reload(everything = true): Promise<void> {
    await queue(async () => {
      const record = workspace.currentAssessment
      if (record && isCurrent(document.value)) await read(record, !everything)
    })
    // A restore may have taken the texts away: draft them again, unless the assessment went with them.
    await workspace.settled()
    await draftMissing()
  }

  persistence.onDocumentsChanged((changes) => {
    const shown = document.value
    if (!shown) return
    if (changes === 'all' || changes.some((change) => change.kind === GROUP_ANALYSIS.kind && change.id === idOf(shown))) void reload(changes === 'all')
  })

  /** Gives each group without a text its first draft. Not the committee's work: losing a race with another tab drafting is no news. */
  async function draftMissing(): Promise<void> {
    const shown = document.value
    if (!shown || !isCurrent(shown)) return
    let next = shown
    const changes: GroupChange[] = []
    for (const [groupNo, draft] of drafts.value) {
      if (next.groups.some((entry) => entry.group === groupNo)) continue
      const entry = draftedText(groupNo, draft)
      changes.push({ before: null, after: entry })
      next = withGroupText(next, entry)
    }
    // Machine drafts, not the committee's words: a refusal shows in the storage banner, and the drafts are
    // made again on the next visit, so the result is dropped on purpose.
    if (changes.length) void await put(next, changes, true)
  }

  /** The committee typed in a group's text. */
  async function edit(groupNo: number, text: string): Promise<SaveResult | null> {
    const entry = entryOf(groupNo)
    return entry ? change(entry, editGroupText(entry, text)) : null
  }

  /** Drafts again: replaces an unedited text; an edited one is only compared with the new draft. */
  async function redraft(groupNo: number): Promise<RedraftOutcome['kind'] | null> {
    const entry = entryOf(groupNo)
    const draft = drafts.value.get(groupNo)
    if (!entry || draft === undefined) return null
    const outcome = redraftGroupText(entry, draft)
    if (outcome.kind === 'compare') pending.value = { ...pending.value, [groupNo]: outcome.newDraft }
    if (outcome.kind === 'replaced') {
      const saved = await change(entry, outcome.entry)
      // Refused: nothing was replaced (the storage banner says why).
      if (saved && !saved.ok) return null
    }
    return outcome.kind
  }

  async function keepMine(groupNo: number): Promise<SaveResult | null> {
    return settle(groupNo, keepEditedText)
  }

  async function takeDraft(groupNo: number): Promise<SaveResult | null> {
    return settle(groupNo, takeNewDraft)
  }

  async function settle(groupNo: number, choose: (entry: GroupText, newDraft: string) => GroupText): Promise<SaveResult | null> {
    const entry = entryOf(groupNo)
    const newDraft = pending.value[groupNo]
    if (!entry || newDraft === undefined) return null
    const { [groupNo]: _settled, ...rest } = pending.value
    pending.value = rest
    return change(entry, choose(entry, newDraft))
  }

  /** Saves the text kept from a refused save over the one saved now, on purpose. */
  async function saveUnsaved(groupNo: number): Promise<SaveResult | null> {
    const text = unsaved.value[groupNo]
    if (text === undefined) return null
    dropUnsaved(groupNo)
    return edit(groupNo, text)
  }

  /** Lets go of the text kept from a refused save: the saved one stands. */
  function dropUnsaved(groupNo: number): void {
    const { [groupNo]: _dropped, ...rest } = unsaved.value
    unsaved.value = rest
  }

  function change(before: GroupText, after: GroupText): Promise<SaveResult | null> {
    return put(withGroupText(document.value!, after), [{ before, after }])
  }

  function keepUnsaved(changes: readonly GroupChange[]): void {
    for (const { after } of changes) unsaved.value = { ...unsaved.value, [after.group]: after.text }
  }

  /**
   * A change made before the shown texts were reloaded still applies to a group that is as it was
   * then; a group changed meanwhile keeps the typed text in `unsaved`. Returns what to save, or null.
   */
  function rebase(madeFor: string, changes: readonly GroupChange[], drafting: boolean): GroupAnalysisDocument | null {
    let next = document.value
    if (!next || idOf(next) !== madeFor || !isCurrent(next)) return null
    const applies = changes.filter((change) => sameText(next!.groups.find((entry) => entry.group === change.after.group) ?? null, change.before))
    if (!drafting) keepUnsaved(changes.filter((change) => !applies.includes(change)))
    if (!applies.length) return null
    for (const { after } of applies) next = withGroupText(next, after)
    document.value = next
    return next
  }

  /** Shows a change at once and saves in order, so fast typing never saves an older text last. */
  function put(next: GroupAnalysisDocument, changes: readonly GroupChange[], drafting = false): Promise<SaveResult | null> {
    document.value = next
    const madeOn = generation
    // Counted as a write from now (not from its turn in the queue): leaving the page asks meanwhile.
    return persistence.whileWriting(queue(async () => {
      const toSave = madeOn === generation ? next : rebase(idOf(next), changes, drafting)
      if (!toSave) return null
      const write = { kind: GROUP_ANALYSIS, id: idOf(toSave), organizationId: toSave.organizationId, data: toSave }
      const result = await persistence.saveDocuments([write], { seeding: drafting })
      if (!result.ok && result.reason === 'conflict') {
        // Nothing was written: show what is saved, and keep what was typed to be applied again.
        if (!drafting) keepUnsaved(changes)
        const record = workspace.currentAssessment
        if (record) await read(record)
      }
      return result
    }))
  }

  return {
    document, pending, unsaved, drafts, entryOf, isStale, open, reload, edit, redraft, keepMine, takeDraft, saveUnsaved, dropUnsaved,
  }
})

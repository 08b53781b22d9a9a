import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import {
  draftGroupAnalysis, draftedText, editGroupText, keepEditedText, redraftGroupText, takeNewDraft, withGroupText,
  type GroupAnalysisDocument, type GroupText, type RedraftOutcome,
} from '@/domain/group-analysis'
import { toArabicDigits } from '@/domain/thai'
import { GROUP_ANALYSIS } from '@/storage'
import { useWorkspaceStore } from './workspace'
import { useSettingsStore } from './settings'
import { useRecommendationsStore, withStore } from './recommendations'

/**
 * The seven issue groups' analysis texts of the open assessment: the saved text of each group, the
 * draft the figures give now, and new drafts waiting beside an edited text. State plus calls into
 * the domain (drafting, redraft rules) and the document store.
 */
export const useGroupAnalysisStore = defineStore('group-analysis', () => {
  const workspace = useWorkspaceStore()
  const settings = useSettingsStore()
  const recommendations = useRecommendationsStore()

  const document = ref<GroupAnalysisDocument | null>(null)
  /** New drafts shown beside an edited text, by group, until the committee keeps its text or takes the draft. */
  const pending = ref<Record<number, string>>({})
  let saving: Promise<unknown> = Promise.resolve()

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

  /** Loads the open assessment's texts; a group without one gets its first draft, saved. */
  async function open(): Promise<void> {
    const record = workspace.currentAssessment
    if (!record) return
    await recommendations.open()
    if (!isCurrent(document.value)) {
      const saved = await withStore((store) => store.get(GROUP_ANALYSIS, record.id))
      if (workspace.currentAssessment?.id !== record.id) return
      document.value = saved ?? { organizationId: record.organizationId, fiscalYear: record.scores.fiscalYear, groups: [] }
      pending.value = {}
    }
    let next = document.value!
    for (const [groupNo, draft] of drafts.value) {
      if (!next.groups.some((entry) => entry.group === groupNo)) next = withGroupText(next, draftedText(groupNo, draft))
    }
    if (next !== document.value) await put(next)
  }

  /** The committee typed in a group's text. */
  async function edit(groupNo: number, text: string): Promise<void> {
    const entry = entryOf(groupNo)
    if (entry) await put(withGroupText(document.value!, editGroupText(entry, text)))
  }

  /** Drafts again: replaces an unedited text; an edited one is only compared with the new draft. */
  async function redraft(groupNo: number): Promise<RedraftOutcome['kind'] | null> {
    const entry = entryOf(groupNo)
    const draft = drafts.value.get(groupNo)
    if (!entry || draft === undefined) return null
    const outcome = redraftGroupText(entry, draft)
    if (outcome.kind === 'compare') pending.value = { ...pending.value, [groupNo]: outcome.newDraft }
    if (outcome.kind === 'replaced') await put(withGroupText(document.value!, outcome.entry))
    return outcome.kind
  }

  async function keepMine(groupNo: number): Promise<void> {
    await settle(groupNo, keepEditedText)
  }

  async function takeDraft(groupNo: number): Promise<void> {
    await settle(groupNo, takeNewDraft)
  }

  async function settle(groupNo: number, choose: (entry: GroupText, newDraft: string) => GroupText): Promise<void> {
    const entry = entryOf(groupNo)
    const newDraft = pending.value[groupNo]
    if (!entry || newDraft === undefined) return
    const { [groupNo]: _settled, ...rest } = pending.value
    pending.value = rest
    await put(withGroupText(document.value!, choose(entry, newDraft)))
  }

  /** Shows the change at once and saves in order, so fast typing never saves an older text last. */
  function put(next: GroupAnalysisDocument): Promise<unknown> {
    document.value = next
    const id = `${next.organizationId}:${next.fiscalYear}`
    saving = saving.catch(() => undefined).then(() => withStore((store) => store.put(GROUP_ANALYSIS, id, next.organizationId, next)))
    return saving
  }

  return { document, pending, drafts, entryOf, isStale, open, edit, redraft, keepMine, takeDraft }
})

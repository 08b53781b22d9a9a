import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import {
  applyRecommendationOverrides, withRecommendationText, type EffectiveRecommendation, type RecommendationOverride,
} from '@/domain/recommendations'
import { recommendationLibraryFor } from '@/domain/recommendations/library'
import { RECOMMENDATION_OVERRIDES, documentStore, type DocumentStore } from '@/storage'
import { useWorkspaceStore } from './workspace'

/**
 * The recommendation library of the open assessment's year, with the organisation's own texts.
 * State plus calls into the domain and the document store.
 */
export const useRecommendationsStore = defineStore('recommendations', () => {
  const workspace = useWorkspaceStore()
  const overrides = ref<RecommendationOverride[]>([])
  /** Id (`${organizationId}:${fiscalYear}`) of the assessment the overrides belong to. */
  const loadedFor = ref<string | null>(null)

  const lookup = computed(() => workspace.currentAssessment ? recommendationLibraryFor(workspace.currentAssessment.scores.fiscalYear) : null)

  /** By item code: the text in force, the shipped entry, whether the organisation edited it. */
  const effective = computed<ReadonlyMap<string, EffectiveRecommendation>>(() => {
    if (!lookup.value || loadedFor.value !== workspace.currentAssessment?.id) return new Map()
    return applyRecommendationOverrides(lookup.value.library, overrides.value)
  })

  /** Loads the organisation's texts for the open assessment (once per assessment). */
  async function open(): Promise<void> {
    const record = workspace.currentAssessment
    if (!record || loadedFor.value === record.id) return
    const saved = await withStore((store) => store.get(RECOMMENDATION_OVERRIDES, record.id))
    if (workspace.currentAssessment?.id !== record.id) return
    overrides.value = saved?.overrides ?? []
    loadedFor.value = record.id
  }

  /** Saves the organisation's text for an item; the shipped text again, or an empty one, resets it. */
  async function save(code: string, text: string): Promise<void> {
    const record = workspace.currentAssessment
    if (!record || loadedFor.value !== record.id) return
    const next = withRecommendationText(overrides.value, code, text, effective.value.get(code)?.shipped?.text ?? null)
    await withStore((store) => store.put(RECOMMENDATION_OVERRIDES, record.id, record.organizationId, {
      organizationId: record.organizationId, fiscalYear: record.scores.fiscalYear, overrides: next,
    }))
    overrides.value = next
  }

  async function reset(code: string): Promise<void> {
    await save(code, '')
  }

  return { overrides, loadedFor, lookup, effective, open, save, reset }
})

/**
 * Runs a storage call; when the browser refuses storage the app works in memory (the workspace store
 * already says so), so the call yields null. Validation errors from a write are thrown.
 */
export async function withStore<T>(call: (store: DocumentStore) => Promise<T>): Promise<T | null> {
  let store: DocumentStore
  try {
    store = await documentStore()
  } catch {
    return null
  }
  return call(store)
}

import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import {
  applyRecommendationOverrides, withRecommendationText, type EffectiveRecommendation, type RecommendationOverride,
} from '@/domain/recommendations'
import { recommendationLibraryFor } from '@/domain/recommendations/library'
import { RECOMMENDATION_OVERRIDES } from '@/storage'
import { usePersistenceStore, type SaveResult } from './persistence'
import { useWorkspaceStore } from './workspace'
import { inOrder } from './in-order'

/**
 * The recommendation library of the open assessment's year, with the organisation's own texts.
 * State plus calls into the domain and the persistence store; reloaded when another tab, a restore
 * or a conflict changes the texts.
 */
export const useRecommendationsStore = defineStore('recommendations', () => {
  const workspace = useWorkspaceStore()
  const persistence = usePersistenceStore()
  const overrides = ref<RecommendationOverride[]>([])
  /** Id (`${organizationId}:${fiscalYear}`) of the assessment the overrides belong to. */
  const loadedFor = ref<string | null>(null)
  const queue = inOrder()

  const lookup = computed(() => workspace.currentAssessment ? recommendationLibraryFor(workspace.currentAssessment.scores.fiscalYear) : null)

  /** By item code: the text in force, the shipped entry, whether the organisation edited it. */
  const effective = computed<ReadonlyMap<string, EffectiveRecommendation>>(() => {
    if (!lookup.value || loadedFor.value !== workspace.currentAssessment?.id) return new Map()
    return applyRecommendationOverrides(lookup.value.library, overrides.value)
  })

  /** Reads the saved texts; with `unlessUnchanged`, only when they were saved elsewhere since read here. */
  async function read(id: string, unlessUnchanged = false): Promise<void> {
    const known = persistence.revisionOf(RECOMMENDATION_OVERRIDES, id)
    const saved = await persistence.get(RECOMMENDATION_OVERRIDES, id)
    if (workspace.currentAssessment?.id !== id) return
    if (unlessUnchanged && loadedFor.value === id && persistence.revisionOf(RECOMMENDATION_OVERRIDES, id) === known) return
    overrides.value = saved?.overrides ?? []
    loadedFor.value = id
  }

  /** Loads the organisation's texts for the open assessment (once per assessment). */
  async function open(): Promise<void> {
    const id = workspace.currentAssessment?.id
    if (!id || loadedFor.value === id) return
    await queue(() => (loadedFor.value === id ? Promise.resolve() : read(id)))
  }

  persistence.onDocumentsChanged((changes) => {
    const id = loadedFor.value
    if (!id) return
    if (changes === 'all' || changes.some((change) => change.kind === RECOMMENDATION_OVERRIDES.kind && change.id === id)) void queue(() => read(id, changes !== 'all'))
  })

  /**
   * Saves the organisation's text for an item; the shipped text again, or an empty one, resets it.
   * Shown once saved; when another tab saved first nothing is written, the saved texts are reloaded
   * and the result says so (the editor keeps what was typed).
   */
  function save(code: string, text: string): Promise<SaveResult | null> {
    const record = workspace.currentAssessment
    if (!record || loadedFor.value !== record.id) return Promise.resolve(null)
    // Counted as a write from now (not from its turn in the queue): leaving the page asks meanwhile.
    return persistence.whileWriting(queue(async () => {
      if (loadedFor.value !== record.id) return null
      const next = withRecommendationText(overrides.value, code, text, effective.value.get(code)?.shipped?.text ?? null)
      const result = await persistence.saveDocument(RECOMMENDATION_OVERRIDES, record.id, record.organizationId, {
        organizationId: record.organizationId, fiscalYear: record.scores.fiscalYear, overrides: next,
      })
      if (result.ok && loadedFor.value === record.id) overrides.value = next
      return result
    }))
  }

  function reset(code: string): Promise<SaveResult | null> {
    return save(code, '')
  }

  return { overrides, loadedFor, lookup, effective, open, save, reset }
})

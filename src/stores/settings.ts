import { defineStore } from 'pinia'
import { nextTick, ref, watch } from 'vue'
import { z } from 'zod'
import type { DigitStyle } from '@/domain/thai'
import { usePersistenceStore } from './persistence'

const SettingsSchema = z.object({
  /** Digits on screen; printed reports default to Thai digits on their own. */
  digits: z.enum(['thai', 'arabic']).default('arabic'),
})

/** Display preferences of this browser. */
export const useSettingsStore = defineStore('settings', () => {
  const persistence = usePersistenceStore()
  const digits = ref<DigitStyle>('arabic')

  async function load(): Promise<void> {
    // A choice made while storage is still opening wins over the saved one, and is saved.
    let chosenMeanwhile = false
    let applyingSaved = false
    watch(digits, (value) => {
      if (applyingSaved) return
      chosenMeanwhile = true
      void persistence.setMeta('settings', { digits: value })
    })
    // Storage refused: the in-memory fallback holds the settings for this visit; the message is the workspace's.
    const saved = SettingsSchema.safeParse(await persistence.getMeta('settings') ?? {})
    if (saved.success && !chosenMeanwhile) {
      applyingSaved = true
      digits.value = saved.data.digits
      await nextTick()
      applyingSaved = false
    }
  }

  return { digits, load }
})

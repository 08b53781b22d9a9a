import { defineStore } from 'pinia'
import { ref, watch } from 'vue'
import { z } from 'zod'
import type { DigitStyle } from '@/domain/thai'
import { documentStore } from '@/storage'

const SettingsSchema = z.object({
  /** Digits on screen; printed reports default to Thai digits on their own. */
  digits: z.enum(['thai', 'arabic']).default('arabic'),
})

/** Display preferences of this browser. */
export const useSettingsStore = defineStore('settings', () => {
  const digits = ref<DigitStyle>('arabic')

  async function load(): Promise<void> {
    try {
      const saved = SettingsSchema.safeParse(await (await documentStore()).getMeta('settings') ?? {})
      if (saved.success) digits.value = saved.data.digits
    } catch {
      // Storage refused: the defaults stand; the workspace store reports the problem.
    }
    watch(digits, async (value) => {
      try {
        await (await documentStore()).setMeta('settings', { digits: value })
      } catch {
        // Nothing to add to the workspace's storage message.
      }
    })
  }

  return { digits, load }
})

import { computed } from 'vue'
import { storeToRefs } from 'pinia'
import { formatNumber, formatScore, withDigits } from '@/domain/thai'
import { useSettingsStore } from '@/stores/settings'

/** Number formatting in the digits the user chose (Thai or Arabic). */
export function useFormat() {
  const { digits } = storeToRefs(useSettingsStore())
  return computed(() => ({
    score: (value: number | null | undefined) => formatScore(value, digits.value),
    number: (value: number, decimals = 2) => formatNumber(value, { digits: digits.value, decimals }),
    /** Baht as the plan prints them: `10,000.00`. */
    money: (value: number) => formatNumber(value, { digits: digits.value, decimals: 2, grouping: true }),
    text: (value: string | number) => withDigits(String(value), digits.value),
  }))
}

/** The figure a `data-value` hook carries: Arabic digits, two decimals, whatever the text shows. */
export function dataValue(value: number | null | undefined): string | undefined {
  return value === null || value === undefined ? undefined : formatNumber(value, { digits: 'arabic', decimals: 2 })
}

import { computed, onMounted, ref, watchEffect, type Ref } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import type { DigitStyle } from '@/domain/thai'
import type { Report } from '@/report/model'
import { useReportExport } from './useReportExport'

/** A print route's digits: Thai by default, as official documents print them; `?digits=arabic` for Arabic. */
export function usePrintDigits() {
  const route = useRoute()
  const router = useRouter()
  return computed<DigitStyle>({
    get: () => route.query.digits === 'arabic' ? 'arabic' : 'thai',
    set: (value) => void router.replace({ query: { ...route.query, digits: value } }),
  })
}

/**
 * What every print route does around its report: wait for Sarabun (a page printed before the font is
 * in prints Thai as boxes), name the document after the report ("Save as PDF" offers it as the file
 * name), print through the browser, and export to Word and Excel.
 */
export function usePrintPage(report: Ref<Report | null>) {
  const fontsReady = ref(false)
  onMounted(async () => {
    await document.fonts.load('16pt Sarabun', 'กขค')
    await document.fonts.load('bold 16pt Sarabun', 'กขค')
    fontsReady.value = true
  })
  watchEffect(() => {
    if (report.value) document.title = report.value.title
  })
  function print(): void {
    window.print()
  }
  return { fontsReady, print, ...useReportExport(report) }
}

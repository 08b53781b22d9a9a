import { ref, type Ref } from 'vue'
import type { Report } from '@/report/model'
import { downloadFile, safeFileName } from '@/ui/download'

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** Word and Excel export of a report; the writers load only when asked for. */
export function useReportExport(report: Ref<Report | null>) {
  const busy = ref(false)
  const problem = ref<string | null>(null)

  async function run(task: (value: Report) => Promise<void>): Promise<void> {
    if (!report.value) return
    busy.value = true
    problem.value = null
    try {
      await task(report.value)
    } catch {
      problem.value = 'ส่งออกไฟล์ไม่สำเร็จ กรุณาลองอีกครั้ง หากยังไม่ได้ให้ใช้คำสั่งพิมพ์เป็น PDF แทน'
    } finally {
      busy.value = false
    }
  }

  const exportDocx = () => run(async (value) => {
    const { reportToDocx } = await import('@/export/report-docx')
    downloadFile(await reportToDocx(value), `${safeFileName(value.title)}.docx`, DOCX_TYPE)
  })

  const exportXlsx = () => run(async (value) => {
    const { reportToXlsx } = await import('@/export/report-xlsx')
    downloadFile(reportToXlsx(value), `${safeFileName(value.title)}.xlsx`, XLSX_TYPE)
  })

  return { busy, problem, exportDocx, exportXlsx }
}

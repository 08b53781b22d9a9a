/** The main menu, in the order a committee works: result, analysis, measures, reports, data. */
export interface NavigationEntry {
  /** Route name */
  name: string
  label: string
}

export const NAVIGATION: readonly NavigationEntry[] = [
  { name: 'overview', label: 'ภาพรวม' },
  { name: 'items', label: 'ข้อคำถาม' },
  { name: 'groups', label: '๗ ประเด็น' },
  { name: 'what-if', label: 'What-if' },
  { name: 'compare', label: 'เปรียบเทียบปี' },
  { name: 'measures', label: 'มาตรการ' },
  { name: 'follow-up', label: 'ติดตามผล' },
  { name: 'print-analysis', label: 'พิมพ์รายงานการวิเคราะห์' },
  { name: 'print-follow-up', label: 'พิมพ์รายงานผลการดำเนินการ' },
  { name: 'import', label: 'นำเข้าข้อมูล' },
  { name: 'organizations', label: 'หน่วยงานทั้งหมด' },
  { name: 'catalogue', label: 'รายการข้อคำถาม' },
  { name: 'recommendations', label: 'คลังคำแนะนำ' },
  { name: 'data', label: 'ข้อมูลและการสำรอง' },
]

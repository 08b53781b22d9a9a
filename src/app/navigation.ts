/** One entry of the main menu: the route it opens and its Thai label. */
export interface NavigationEntry {
  /** Route name */
  name: string
  label: string
}

/** The menu in groups, in the order a committee works: the result, the measures, the reports, the data. */
export interface NavigationGroup {
  label: string
  entries: readonly NavigationEntry[]
}

export const NAVIGATION_GROUPS: readonly NavigationGroup[] = [
  {
    label: 'วิเคราะห์ผล',
    entries: [
      { name: 'overview', label: 'ภาพรวม' },
      { name: 'items', label: 'ข้อคำถาม' },
      { name: 'groups', label: '๗ ประเด็น' },
      { name: 'what-if', label: 'What-if' },
      { name: 'compare', label: 'เปรียบเทียบปี' },
    ],
  },
  {
    label: 'มาตรการและการติดตาม',
    entries: [
      { name: 'measures', label: 'มาตรการ' },
      { name: 'follow-up', label: 'ติดตามผล' },
      { name: 'action-plan', label: 'แผนปฏิบัติการฯ' },
      { name: 'action-plan-report', label: 'รายงานผลตามแผนฯ' },
    ],
  },
  {
    label: 'พิมพ์',
    entries: [
      { name: 'print-analysis', label: 'รายงานการวิเคราะห์' },
      { name: 'print-follow-up', label: 'รายงานผลการดำเนินการ' },
      { name: 'print-announcement', label: 'ประกาศใช้แผนฯ' },
      { name: 'print-action-plan', label: 'ตารางแผนปฏิบัติการฯ' },
      { name: 'print-action-plan-report', label: 'รายงานผลแผนฯ รอบ ๑๒ เดือน' },
    ],
  },
  {
    label: 'ข้อมูล',
    entries: [
      { name: 'import', label: 'นำเข้าข้อมูล' },
      { name: 'organizations', label: 'หน่วยงานทั้งหมด' },
      { name: 'catalogue', label: 'รายการข้อคำถาม' },
      { name: 'recommendations', label: 'คลังคำแนะนำ' },
      { name: 'data', label: 'ข้อมูลและการสำรอง' },
    ],
  },
]

/** Every entry of the menu, in order. */
export const NAVIGATION: readonly NavigationEntry[] = NAVIGATION_GROUPS.flatMap((group) => group.entries)

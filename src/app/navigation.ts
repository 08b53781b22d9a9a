/** The main menu, in the order a committee works: result, analysis, measures, reports, data. */
export interface NavigationEntry {
  /** Route name */
  name: string
  label: string
}

export const NAVIGATION: readonly NavigationEntry[] = [
  { name: 'overview', label: 'ภาพรวม' },
  { name: 'organizations', label: 'หน่วยงานทั้งหมด' },
  { name: 'import', label: 'นำเข้าข้อมูล' },
]

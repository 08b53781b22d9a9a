/** A row of the manual entry grid. */
export interface GridRow {
  /** What the score is for, as the import reads it: an item code (i1) or "ตัวชี้วัดที่ 1". */
  key: string
  /** Shown in the first column. */
  label: string
  title: string | null
  indicator: number | null
}
